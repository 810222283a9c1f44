#!/usr/bin/env python3
"""Writes Fuzz/Corpus: the seed inputs both fuzz targets start from.

spec/: the shipped spec, the test fixtures, and small self-contained pieces of the whole incident.io document
(each: a few operations plus every schema they reach). decode/: every JSON example in the incident.io document
that belongs to a Follow-ups V2 or Actions V2 schema, plus the shipped spec's response examples.
Run it again after changing the spec or fixtures; output is deterministic.
"""
import glob
import hashlib
import json
import os
import re
import shutil

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
whole_path = os.path.join(root, "Tests", "Specs", "incident-io", "openapi3.json")


def write(folder, data):
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def without_prose(node):
    """Descriptions and examples make pieces large without reaching new code."""
    if isinstance(node, dict):
        return {k: without_prose(v) for k, v in node.items() if k not in ("description", "example", "examples")}
    if isinstance(node, list):
        return [without_prose(v) for v in node]
    return node


def piece(whole, path, method):
    """One operation and the schemas it reaches, as a spec of its own."""
    paths = {path: {method: without_prose(whole["paths"][path][method])}}
    schemas, pending = {}, list(refs(paths))
    while pending:
        name = pending.pop().split("/")[-1]
        if name not in schemas and name in whole["components"]["schemas"]:
            schemas[name] = without_prose(whole["components"]["schemas"][name])
            pending.extend(refs(schemas[name]))
    return {"openapi": whole["openapi"], "info": without_prose(whole["info"]), "paths": paths,
            "components": {"schemas": dict(sorted(schemas.items()))}}


def main():
    for folder in ("spec", "decode"):
        shutil.rmtree(os.path.join(here, "Corpus", folder), ignore_errors=True)
        os.makedirs(os.path.join(here, "Corpus", folder))
    spec_dir = os.path.join(here, "Corpus", "spec")
    decode_dir = os.path.join(here, "Corpus", "decode")

    for path in [os.path.join(root, "openapi", "incident-io-follow-ups.yaml")] + sorted(
            p for p in glob.glob(os.path.join(root, "Tests", "Fixtures", "*.yaml"))
            if os.path.basename(p) != "openapi-gen-config.yaml"):
        with open(path, "rb") as f:
            write(spec_dir, f.read())

    with open(whole_path) as f:
        whole = json.load(f)
    # Every operation small enough to mutate quickly (at most 4 KB without prose), as compact JSON.
    for path, item in sorted(whole["paths"].items()):
        for method in sorted(m for m in item if m in ("get", "post", "put", "patch", "delete")):
            text = json.dumps(piece(whole, path, method), separators=(",", ":")).encode()
            if len(text) <= 4096:
                write(spec_dir, text)

    wanted = re.compile(r"^(FollowUp|Actions?|ActorV2|UserV2|APIKeyActor|AlertActor|WorkflowActor|TeamSlim|"
                        r"ExternalIssueReference|ErrorResponse)")
    for name, schema in sorted(whole["components"]["schemas"].items()):
        if wanted.match(name) and "example" in schema:
            write(decode_dir, json.dumps(schema["example"], indent=2).encode())
    # Edge shapes the runtime must tolerate.
    for text in ['{"follow_ups": []}', '{"actions": []}', "null", "[]", "{}", '{"follow_up": {}}']:
        write(decode_dir, text.encode())


main()
