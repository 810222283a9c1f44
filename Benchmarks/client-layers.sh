#!/usr/bin/env bash
# What each layer of our generated clients costs to compile: the module as generated beside variants
# with one layer taken away at a time (client-variants.py says which), down to no clients at all.
# Clean debug builds run ROUNDS times (default 3), the variants taking turns so that a slow spell of the
# machine hits all of them; the best of each is reported. Then one clean release build each, with the
# size of its object code (the one figure here that does not move with the machine). Every figure is also
# given as a ratio to Ours. Usage: [ROUNDS=3] Benchmarks/client-layers.sh SPEC
source "$(dirname "$0")/interleaved-builds.sh" "$1" client-layers
targets="Ours NoConvenience NoWithResponse NoProtocol Bare NoClients"

rm -rf "$work/Sources" "$work/Generated" && mkdir -p "$work/Sources"
"$root/.build/release/openapi-gen" generate "$spec" --module Ours --output "$work/Generated" >/dev/null
python3 "$here/client-variants.py" "$work/Generated" "$work/Sources"
cat > "$work/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "ClientLayers",
    dependencies: [.package(name: "openapi-swift", path: "$root")],
    targets: "$targets".split(separator: " ").map {
        .target(name: String(\$0), dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")])
    }
)
MANIFEST

build_dependencies OpenAPIGenRuntime
# shellcheck disable=SC2086 # the targets are words
measure_interleaved Ours $targets
