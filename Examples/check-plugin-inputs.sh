#!/usr/bin/env bash
# The build-tool plugin on a document spread over files: editing only a file the spec's `$ref`s reach
# regenerates the client on the next build (every YAML/JSON file of the spec's folder tree is an input).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/Demo/schemas"
cat > "$work/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "PluginInputs",
    dependencies: [.package(name: "openapi-swift", path: "$root")],
    targets: [.target(name: "Demo", dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
                      plugins: [.plugin(name: "OpenAPIGenPlugin", package: "openapi-swift")])])
MANIFEST
cat > "$work/Sources/Demo/openapi.yaml" <<'SPEC'
openapi: 3.0.3
info: {title: Demo, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'schemas/pet.yaml'}
SPEC
printf 'type: object\nproperties:\n  name: {type: string}\n' > "$work/Sources/Demo/schemas/pet.yaml"
echo 'public func name(of pet: Pet) -> String? { pet.name }' > "$work/Sources/Demo/Use.swift"
swift build --package-path "$work" >/dev/null 2>&1 || { swift build --package-path "$work"; exit 1; }
# Only the referenced file changes.
printf 'type: object\nproperties:\n  name: {type: string}\n  color: {type: string}\n' > "$work/Sources/Demo/schemas/pet.yaml"
swift build --package-path "$work" >/dev/null 2>&1 || { swift build --package-path "$work"; exit 1; }
types="$(find "$work/.build" -path '*GeneratedSources/Types.swift' | head -1)"
grep -q "public let color: String?" "$types" || { echo "plugin inputs: editing schemas/pet.yaml did not regenerate the client" >&2; exit 1; }
echo "plugin inputs: a referenced file's edit regenerates the client"
