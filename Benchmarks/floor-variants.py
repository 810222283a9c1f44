#!/usr/bin/env python3
"""Writes the two "floor" variants of a generated split-layout module that compile-floor.sh measures.

    floor-variants.py GENERATED_DIR TYPES_DIR SYNTHESIZED_DIR

Both keep every model type of the generated module as it is declared (stored properties, nested open
enums, unions, boxes, conformances) and leave out what a client adds on top of the types:
  TYPES_DIR        the model files without the client files and without the structs' memberwise
                   initialisers: the types with the generator's own `init(from:)`/`encode(to:)`;
  SYNTHESIZED_DIR  the same without the structs' `init(from:)`/`encode(to:)` either, so the compiler
                   synthesizes Codable as it would for hand-written `Codable, Hashable` models.
What remains is what any Swift client of the API has to declare, so its cost is a floor under what a
generator can emit for that API. The script reads the generator's output format (four-space indentation,
one declaration per line); it is a benchmark aid, not part of the product.
"""
import os
import re
import sys

DECLARATION = re.compile(r"^( *)(?:nonisolated )?public (?:indirect )?(struct|enum|final class) ")
RAW_STRING_ENUM = re.compile(r"^ *(?:nonisolated )?public enum \w+: String, (?!.*Codable)")

# Synthesized Codable needs the runtime's box to be Codable; the generator codes boxes itself.
BOX_CODING = """public import OpenAPIGenRuntime

// Floor benchmark only: lets synthesized Codable code a boxed property.
extension Indirect: @retroactive Decodable where Value: Decodable {
    public convenience init(from decoder: any Decoder) throws { self.init(try Value(from: decoder)) }
}

extension Indirect: @retroactive Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
"""


def strip(lines, drop_coders):
    out, skip_until, containers = [], None, []
    for line in lines:
        if skip_until is not None:
            if line == skip_until + "}":
                skip_until = None
            continue
        text = line.lstrip()
        indent = line[: len(line) - len(text)]
        match = DECLARATION.match(line)
        if match:
            containers = [c for c in containers if len(c[0]) < len(match.group(1))] + [(match.group(1), match.group(2))]
        enclosing = [c for c in containers if len(c[0]) < len(indent)]
        in_struct = bool(enclosing) and enclosing[-1][1] != "enum"
        coder = text.startswith("public init(from decoder") or text.startswith("public func encode(to encoder")
        memberwise = text.startswith("public init(") and not coder and not text.startswith("public init(rawValue")
        if in_struct and (memberwise or (drop_coders and coder)):
            while out and out[-1].strip().startswith("///"):
                out.pop()
            if not text.endswith("}"):
                skip_until = indent
            continue
        if drop_coders and RAW_STRING_ENUM.match(line):
            # The generator's own coders read these sets of explicit nulls; synthesized ones need them Codable.
            line = line.replace(": String, ", ": String, Codable, ", 1)
        out.append(line)
    return out


def main():
    source, types_dir, synthesized_dir = sys.argv[1:4]
    for directory, drop_coders in ((types_dir, False), (synthesized_dir, True)):
        os.makedirs(directory, exist_ok=True)
        for name in sorted(os.listdir(source)):
            if not name.endswith(".swift") or name.endswith("Client.swift"):
                continue
            with open(os.path.join(source, name)) as file:
                lines = file.read().split("\n")
            with open(os.path.join(directory, name), "w") as file:
                file.write("\n".join(strip(lines, drop_coders)))
        if drop_coders:
            with open(os.path.join(directory, "FloorBoxCoding.swift"), "w") as file:
                file.write(BOX_CODING)


if __name__ == "__main__":
    main()
