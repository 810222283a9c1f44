#!/usr/bin/env bash
# How close our generated module is to the floor, the cost of the API's model types alone, beside
# apple/swift-openapi-generator 1.14.3's output for the same spec. Four modules are built in one package:
#   Ours              our split-layout output (models and clients);
#   FloorTypes        its model files only, without the structs' memberwise initialisers;
#   FloorSynthesized  the same, with compiler-synthesized Codable instead of ours (floor-variants.py);
#   Theirs            apple's types and client, leaving out the operations in THEIRS_EXCLUDE.
# Clean debug builds run ROUNDS times (default 3), the four modules taking turns so that a slow spell of
# the machine hits all of them; the best of each is reported. Then one clean release build each, with the
# size of its object code. Every figure is also given as a ratio to Theirs.
# THEIRS_SPEC names the document apple's generator reads instead of SPEC: for a document spread over
# files, which it cannot read, its single-file bundle (Benchmarks/bundle-components.py ROOT OUT.yaml).
# Usage: [THEIRS_EXCLUDE=op,...] [THEIRS_SPEC=FILE] [ROUNDS=3] Benchmarks/compile-floor.sh SPEC
source "$(dirname "$0")/interleaved-builds.sh" "$1" compile-floor
apple="$here/.build-side-by-side/release/swift-openapi-generator"
[ -x "$apple" ] || swift build --package-path "$here/SideBySide" -c release --scratch-path "$here/.build-side-by-side" --product swift-openapi-generator >/dev/null

rm -rf "$work/Sources" && mkdir -p "$work/Sources"
"$root/.build/release/openapi-gen" generate "$spec" --module Ours --output "$work/Sources/Ours" >/dev/null
python3 "$here/floor-variants.py" "$work/Sources/Ours" "$work/Sources/FloorTypes" "$work/Sources/FloorSynthesized"
python3 "$here/apple-config.py" "${THEIRS_SPEC:-$spec}" "${THEIRS_EXCLUDE:-}" > "$work/apple-config.yaml"
"$apple" generate "${THEIRS_SPEC:-$spec}" --config "$work/apple-config.yaml" --output-directory "$work/Sources/Theirs" >/dev/null 2>&1
ours_runtime='[.product(name: "OpenAPIGenRuntime", package: "openapi-swift")]'
cat > "$work/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "CompileFloor",
    dependencies: [
        .package(name: "openapi-swift", path: "$root"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
    ],
    targets: [
        .target(name: "Ours", dependencies: $ours_runtime),
        .target(name: "FloorTypes", dependencies: $ours_runtime),
        .target(name: "FloorSynthesized", dependencies: $ours_runtime),
        .target(name: "Theirs", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
    ]
)
MANIFEST

build_dependencies OpenAPIGenRuntime OpenAPIRuntime
measure_interleaved Theirs Ours FloorTypes FloorSynthesized Theirs
