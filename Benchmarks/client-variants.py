#!/usr/bin/env python3
"""Writes variants of a generated split-layout module with layers of its clients taken away, for
client-layers.sh to measure what each layer costs to compile.

    client-variants.py GENERATED_DIR OUT_DIR

Each variant is a folder OUT_DIR/<Name> holding every file of GENERATED_DIR, with its `…Client.swift` files
changed as follows (the model files are never changed):
  Ours            as generated;
  NoConvenience   without the protocol extension's calls without `options`;
  NoWithResponse  without the `…WithResponse` twins: the plain method builds and sends the request itself;
  NoProtocol      without the tag protocols and their extensions (no convenience calls, no `…All`);
  Bare            NoProtocol and NoWithResponse, and without the per-operation `security` and `errorBodies`
                  literals: one plain method per operation, the least a client can be;
  NoClients       no client files at all (the model types with their initialisers).
The variants remove public API; they exist only to price it. The script reads the generator's output
format (four-space indentation, one declaration per line); it is a benchmark aid, not part of the product.
NoWithResponse does not compile for an API paged by `Link` headers, whose `…All` sequences call
`…WithResponse` for the header (bulk.yaml's `IssuesClient`): measure such an API without that variant.
"""
import os
import re
import sys

VARIANTS = ("Ours", "NoConvenience", "NoWithResponse", "NoProtocol", "Bare", "NoClients")


def members(lines):
    """The file as ("line", text) and ("member", attributes, body) items, a member being a method at
    four-space indentation with its documentation and attributes."""
    items, pending, index = [], [], 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("    ///") or line.startswith("    @"):
            pending.append(line)
            index += 1
            continue
        if re.match(r"^    (public )?func ", line):
            body = [line]
            if line.endswith("{"):
                index += 1
                while lines[index] != "    }":
                    body.append(lines[index])
                    index += 1
                body.append(lines[index])
            items.append(("member", pending, body))
            pending, index = [], index + 1
            continue
        items += [("line", [], [text]) for text in pending + [line]]
        pending, index = [], index + 1
    return items + [("line", [], [text]) for text in pending]


def without_layers(text, convenience, with_response):
    """Drops the convenience calls and/or folds each `…WithResponse` twin into its plain method."""
    items = members(text.split("\n"))
    twins = {}
    for kind, _, body in items:
        match = re.search(r"func (\w+)WithResponse\(", body[0]) if kind == "member" else None
        if match:
            twins[match.group(1)] = body
    out, container = [], None
    for kind, attributes, body in items:
        if kind == "line":
            line = body[0]
            if re.match(r"^nonisolated extension \w+ \{", line):
                container = "extension"
            elif re.match(r"^nonisolated public struct \w+", line):
                container = "client"
            elif line.startswith("}"):
                container = None
            out.append(line)
            continue
        if convenience and container == "extension" and any(a.startswith("    /// Calls ``") for a in attributes):
            continue
        if with_response and container == "client":
            if "WithResponse(" in body[0]:
                continue
            match = re.search(r"func (\w+)\(", body[0])
            twin = twins.get(match.group(1)) if match else None
            if twin and len(body) == 3:
                last = twin[-2]
                last = last.replace("return try await", "_ = try await") if "-> APIResponse<Void>" in twin[0] else last + ".body"
                body = [body[0]] + twin[1:-2] + [last, "    }"]
        out += attributes + body
    return "\n".join(out)


def without_protocol(text):
    out, skipping = [], False
    for line in text.split("\n"):
        if re.match(r"^nonisolated (public )?(protocol \w+|extension \w+ \{)", line):
            while out and out[-1].startswith("///"):
                out.pop()
            skipping = True
            continue
        if skipping:
            skipping = line != "}"
            continue
        out.append(re.sub(r"^(nonisolated public struct \w+): \w+, Sendable", r"\1: Sendable", line))
    return "\n".join(out)


def without_literals(text):
    return "\n".join(line for line in text.split("\n") if not re.match(r"^ +request\.(errorBodies|security) = ", line))


def variant(text, name):
    if name in ("NoConvenience", "NoWithResponse"):
        return without_layers(text, convenience=name == "NoConvenience", with_response=name == "NoWithResponse")
    if name == "NoProtocol":
        return without_protocol(text)
    if name == "Bare":
        return without_literals(without_layers(without_protocol(text), convenience=False, with_response=True))
    return text


def main():
    source, out = sys.argv[1:3]
    for name in VARIANTS:
        directory = os.path.join(out, name)
        os.makedirs(directory, exist_ok=True)
        for file_name in sorted(os.listdir(source)):
            if not file_name.endswith(".swift"):
                continue
            is_client = file_name.endswith("Client.swift")
            if is_client and name == "NoClients":
                continue
            with open(os.path.join(source, file_name)) as file:
                text = file.read()
            with open(os.path.join(directory, file_name), "w") as file:
                file.write(variant(text, name) if is_client else text)


if __name__ == "__main__":
    main()
