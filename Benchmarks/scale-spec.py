#!/usr/bin/env python3
"""Writes a spec N times the size of the input: every schema, path, operationId and tag is repeated
with a copy number, and every $ref follows its copy. Usage: scale-spec.py IN.json N OUT.json"""
import json
import sys


def renamed(value, suffix):
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str) and item.startswith("#/components/schemas/"):
                result[key] = item + suffix
            else:
                result[key] = renamed(item, suffix)
        return result
    if isinstance(value, list):
        return [renamed(item, suffix) for item in value]
    return value


def main():
    source, copies, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    spec = json.load(open(source))
    schemas, paths, tags = {}, {}, []
    for copy in range(copies):
        suffix = "" if copy == 0 else "Copy%d" % copy
        for name, schema in spec["components"]["schemas"].items():
            schemas[name + suffix] = renamed(schema, suffix)
        for path, item in spec["paths"].items():
            item = renamed(item, suffix)
            for operation in item.values():
                if isinstance(operation, dict) and "operationId" in operation:
                    operation["operationId"] += suffix
                    operation["tags"] = [tag + suffix for tag in operation.get("tags", [])]
            paths[("/copy%d" % copy if copy else "") + path] = item
        tags += [dict(tag, name=tag["name"] + suffix) for tag in spec.get("tags", [])]
    spec["components"]["schemas"] = schemas
    spec["paths"] = paths
    spec["tags"] = tags
    spec.pop("x-webhooks", None)
    json.dump(spec, open(target, "w"), indent=2)


if __name__ == "__main__":
    main()
