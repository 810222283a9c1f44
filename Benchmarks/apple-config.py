#!/usr/bin/env python3
"""Prints apple/swift-openapi-generator's configuration for a side-by-side build of SPEC: types and
client, public, and, when EXCLUDED names operationIds (comma-separated), a filter keeping every other
operation (those whose output does not compile with theirs).

Usage: apple-config.py SPEC [EXCLUDED]
"""
import json
import sys

import yaml

text = open(sys.argv[1]).read()
spec = json.loads(text) if sys.argv[1].endswith(".json") else yaml.safe_load(text)
excluded = set(filter(None, (sys.argv[2] if len(sys.argv) > 2 else "").split(",")))
print("generate:\n  - types\n  - client\naccessModifier: public")
if excluded:
    ids = [op["operationId"] for item in spec.get("paths", {}).values() for op in item.values()
           if isinstance(op, dict) and "operationId" in op and op["operationId"] not in excluded]
    print("filter:\n  operations:")
    for operation_id in ids:
        print("    - " + json.dumps(operation_id))
