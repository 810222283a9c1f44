#!/usr/bin/env python3
"""Bundles a document spread over files into one JSON or YAML document whose only references are local
`#/components/...` ones, for generators that read nothing else (apple/swift-openapi-generator).

Usage: bundle-components.py ROOT.yaml OUT.(json|yaml)

A reference to another file (or to a part of one) is replaced by a reference to a component: the node
it reaches is placed once under `components/<kind>` (schemas, parameters, responses, requestBodies,
headers, examples), the kind read from where the reference stands, named after the last token of the
reference (its pointer's last token, else its file name without the extension), with `_2`, `_3`, … when
that name is taken. A reference where no component can stand (a path item, a link) is replaced by the
node itself. Discriminator mappings follow their schemas. Integer bounds past 64 bits are clamped
(see `clamped`). The output is deterministic: the same files give the same bundle. It is a benchmark aid (side by side on DigitalOcean), not part of the product.
"""
import json
import os
import re
import sys

import yaml

# Where each kind of node keeps nodes of which kind: field → ("one" node, a "map" or a "list" of them, kind).
CHILDREN = {
    "document": {"paths": ("map", "pathItem"), "components": ("one", "components"), "webhooks": ("map", "pathItem")},
    "components": {"schemas": ("map", "schema"), "parameters": ("map", "parameter"), "responses": ("map", "response"),
                   "requestBodies": ("map", "requestBody"), "headers": ("map", "header"), "examples": ("map", "example"),
                   "pathItems": ("map", "pathItem"), "callbacks": ("map", "callback")},
    "pathItem": {"parameters": ("list", "parameter"), **{method: ("one", "operation") for method in
                 ("get", "put", "post", "delete", "options", "head", "patch", "trace")}},
    "operation": {"parameters": ("list", "parameter"), "requestBody": ("one", "requestBody"),
                  "responses": ("map", "response"), "callbacks": ("map", "callback")},
    "callback": {},
    "parameter": {"schema": ("one", "schema"), "content": ("map", "mediaType"), "examples": ("map", "example")},
    "header": {"schema": ("one", "schema"), "content": ("map", "mediaType"), "examples": ("map", "example")},
    "requestBody": {"content": ("map", "mediaType")},
    "response": {"content": ("map", "mediaType"), "headers": ("map", "header")},
    "mediaType": {"schema": ("one", "schema"), "examples": ("map", "example"), "encoding": ("map", "encoding")},
    "encoding": {"headers": ("map", "header")},
    "schema": {"properties": ("map", "schema"), "patternProperties": ("map", "schema"), "items": ("one", "schema"),
               "additionalProperties": ("one", "schema"), "not": ("one", "schema"), "allOf": ("list", "schema"),
               "anyOf": ("list", "schema"), "oneOf": ("list", "schema"), "prefixItems": ("list", "schema"),
               "contains": ("one", "schema"), "if": ("one", "schema"), "then": ("one", "schema"),
               "else": ("one", "schema"), "$defs": ("map", "schema")},
}
COMPONENT_SECTION = {"schema": "schemas", "parameter": "parameters", "response": "responses",
                     "requestBody": "requestBodies", "header": "headers", "example": "examples"}


INT64 = (-(1 << 63), (1 << 63) - 1)


def clamped(schema):
    """An integer schema's bounds past 64 bits (DigitalOcean's `maximum: 9223372036854776000`) clamped
    to them: apple's parser reads such a bound as a floating-point number and rejects the document."""
    if schema.get("type") != "integer":
        return schema
    result = dict(schema)
    for field in ("minimum", "maximum"):
        value = result.get(field)
        if isinstance(value, int) and not isinstance(value, bool):
            result[field] = min(max(value, INT64[0]), INT64[1])
    return result


def unescape(token):
    return token.replace("~1", "/").replace("~0", "~")


class Bundler:
    def __init__(self, root_path):
        self.root_dir = os.path.dirname(os.path.abspath(root_path))
        self.root_name = os.path.relpath(os.path.abspath(root_path), self.root_dir)
        self.files = {}
        self.names = {}      # (file, pointer) → (section, name)
        self.taken = {}      # section → set of names
        self.sections = {}   # section → {name: node}

    def load(self, name):
        if name not in self.files:
            with open(os.path.join(self.root_dir, name), encoding="utf-8") as handle:
                self.files[name] = yaml.safe_load(handle)
        return self.files[name]

    def resolve(self, current, reference):
        file_part, _, fragment = reference.partition("#")
        name = current if not file_part else os.path.normpath(os.path.join(os.path.dirname(current), file_part))
        node = self.load(name)
        for token in [unescape(t) for t in fragment.split("/") if t]:
            node = node[int(token)] if isinstance(node, list) else node[token]
        return name, fragment, node

    def component(self, current, reference, kind):
        name, fragment, node = self.resolve(current, reference)
        key = (name, fragment)
        if key not in self.names:
            section = COMPONENT_SECTION[kind]
            tokens = [t for t in fragment.split("/") if t]
            base = unescape(tokens[-1]) if tokens else os.path.splitext(os.path.basename(name))[0]
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", base)
            taken = self.taken.setdefault(section, set())
            chosen, suffix = base, 2
            while chosen in taken:
                chosen, suffix = f"{base}_{suffix}", suffix + 1
            taken.add(chosen)
            self.names[key] = (section, chosen)
            self.sections.setdefault(section, {})[chosen] = None  # reserved before recursing (cycles)
            self.sections[section][chosen] = self.walk(node, name, kind)
        section, chosen = self.names[key]
        return {"$ref": f"#/components/{section}/{chosen}"}

    def walk(self, node, current, kind):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            local_component = reference.startswith("#/components/") and current == self.root_name
            if local_component:
                return dict(node)
            if kind in COMPONENT_SECTION:
                return self.component(current, reference, kind)
            name, _, target = self.resolve(current, reference)
            return self.walk(target, name, kind)
        if not isinstance(node, dict):
            return node
        children = CHILDREN.get(kind, {})
        result = {}
        if kind == "schema":
            node = clamped(node)
        for field, value in node.items():
            rule = children.get(field)
            where = current
            if rule is not None and rule[0] != "one" and isinstance(value, dict) and isinstance(value.get("$ref"), str):
                # A whole map or list behind a reference (`properties: {$ref: …}`).
                where, _, value = self.resolve(current, value["$ref"])
            if isinstance(field, str) and field.startswith("x-"):
                result[field] = value
            elif kind == "callback":
                result[field] = self.walk(value, current, "pathItem")
            elif kind == "schema" and field == "discriminator" and isinstance(value, dict):
                result[field] = self.discriminator(value, current)
            elif rule is None or isinstance(value, bool):
                result[field] = self.inline(value, current)
            elif rule[0] == "one":
                result[field] = self.walk(value, where, rule[1])
            elif rule[0] == "list" and isinstance(value, list):
                result[field] = [self.walk(item, where, rule[1]) for item in value]
            elif rule[0] == "map" and isinstance(value, dict):
                result[field] = {key: self.walk(item, where, rule[1]) for key, item in value.items()}
            else:
                result[field] = value
        return result

    def inline(self, node, current):
        """A node where no component stands (a description, an example, a link): references replaced by
        what they reach; extensions left as written."""
        if isinstance(node, list):
            return [self.inline(item, current) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#/components/"):
            name, _, target = self.resolve(current, node["$ref"])
            return self.inline(target, name)
        return {key: value if isinstance(key, str) and key.startswith("x-") else self.inline(value, current)
                for key, value in node.items()}

    def discriminator(self, value, current):
        mapping = value.get("mapping")
        if not isinstance(mapping, dict):
            return value
        rewritten = {}
        for key, target in mapping.items():
            if isinstance(target, str) and ("#" in target or target.endswith((".yml", ".yaml", ".json"))) \
                    and not (target.startswith("#/components/") and current == self.root_name):
                rewritten[key] = self.component(current, target, "schema")["$ref"]
            else:
                rewritten[key] = target
        return {**value, "mapping": rewritten}

    def bundle(self):
        root = self.load(self.root_name)
        # The root's own components keep their names.
        for section, entries in (root.get("components") or {}).items():
            if isinstance(entries, dict):
                self.taken.setdefault(section, set()).update(entries)
        document = self.walk(root, self.root_name, "document")
        components = dict(document.get("components") or {})
        for section in sorted(self.sections):
            merged = dict(components.get(section) or {})
            for name in sorted(self.sections[section]):
                merged[name] = self.sections[section][name]
            components[section] = merged
        document["components"] = components
        return document


def main():
    root_path, out_path = sys.argv[1], sys.argv[2]
    bundler = Bundler(root_path)
    document = bundler.bundle()
    with open(out_path, "w", encoding="utf-8") as handle:
        if out_path.endswith((".yaml", ".yml")):
            # YAML keeps integers past 2^53 (DigitalOcean's `maximum: 9223372036854775807`) integers for
            # readers whose JSON parser makes them floating-point numbers.
            yaml.safe_dump(document, handle, sort_keys=False, allow_unicode=True, width=1 << 20)
        else:
            json.dump(document, handle, default=str, ensure_ascii=False, indent=1)
    hoisted = sum(len(names) for names in bundler.sections.values())
    print(f"{out_path}: {len(bundler.files)} files, {hoisted} components hoisted")


if __name__ == "__main__":
    main()
