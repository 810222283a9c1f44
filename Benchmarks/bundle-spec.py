#!/usr/bin/env python3
"""Bundles a document spread over files into one JSON file, for the multi-file load benchmark.

Usage: bundle-spec.py ROOT.yaml OUT.json

Every file a reference reaches (outside `x-` extensions, which the generator does not read) is placed once, whole, under `x-bundled-files/<path relative to the root's
folder>`, and every reference (`$ref` values and discriminator mapping values) is rewritten to a pointer
into the bundle. The bundle therefore holds the same nodes as the files, once each, which makes loading
it the fair baseline for loading the files themselves.
"""
import json
import os
import sys

import yaml


def escape(token):
    return token.replace("~", "~0").replace("/", "~1")


def main():
    root_path, out_path = sys.argv[1], sys.argv[2]
    root_dir = os.path.dirname(os.path.abspath(root_path))
    root_name = os.path.relpath(os.path.abspath(root_path), root_dir)
    loaded = {}
    pending = [root_name]

    def target(current, written):
        file_part, _, fragment = written.partition("#")
        if not file_part:
            name = current
        else:
            name = os.path.normpath(os.path.join(os.path.dirname(current), file_part))
        if name not in loaded and name not in pending:
            pending.append(name)
        pointer = fragment if fragment.startswith("/") or fragment == "" else "/" + fragment
        if name == root_name:
            return "#" + pointer
        return "#/x-bundled-files/" + escape(name) + pointer

    # Maps whose keys are names (a header may be called `x-request-id`), not fields of an object.
    named_maps = {"headers", "properties", "schemas", "responses", "examples", "parameters", "requestBodies",
                  "securitySchemes", "paths", "content", "links", "callbacks", "encoding", "variables"}

    def rewrite(node, current, parent=None):
        if isinstance(node, dict):
            result = {}
            for key, value in node.items():
                if isinstance(key, str) and key.startswith("x-") and parent not in named_maps:
                    # Extensions are not read by the generator (DigitalOcean's code samples): left as written.
                    result[key] = value
                elif key == "$ref" and isinstance(value, str):
                    result[key] = target(current, value)
                elif key == "mapping" and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
                    result[key] = {k: (target(current, v) if ("#" in v or "/" in v or v.endswith((".yml", ".yaml", ".json"))) else v)
                                   for k, v in value.items()}
                else:
                    result[key] = rewrite(value, current, key)
            return result
        if isinstance(node, list):
            return [rewrite(item, current) for item in node]
        return node

    while pending:
        name = pending.pop(0)
        with open(os.path.join(root_dir, name), encoding="utf-8") as handle:
            loaded[name] = rewrite(yaml.safe_load(handle), name)
    bundle = loaded.pop(root_name)
    bundle["x-bundled-files"] = {name: loaded[name] for name in sorted(loaded)}
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(bundle, handle, default=str, ensure_ascii=False)
    print(f"{out_path}: {len(loaded) + 1} files bundled")


if __name__ == "__main__":
    main()
