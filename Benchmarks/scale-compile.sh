#!/usr/bin/env bash
# How compiling our output grows with the document: the whole incident.io document made N times larger by
# scale-spec.py (every schema, path and operation repeated), generated and built in debug (runtime prebuilt).
# Prints lines, time and the peak memory of the build's processes, and memory per thousand lines, so growth
# faster than the output shows. Usage: Benchmarks/scale-compile.sh [N ...]   (default: 1 4)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
work="$here/.build-compile-cost/Scaled"
mkdir -p "$work"
swift build --package-path "$root" -c release --product openapi-gen >/dev/null
ours="$root/.build/release/openapi-gen"
python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], "w"), default=str)' \
    "$root/Tests/Specs/incident-io/openapi3.yaml" "$work/x1.json"
cat > "$work/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "ScaleCompile", dependencies: [.package(name: "openapi-swift", path: "$root")],
                      targets: [.target(name: "Scaled", dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")]),
                                .target(name: "RuntimeOnly", dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")], path: "RuntimeSources/RuntimeOnly")])
MANIFEST
mkdir -p "$work/RuntimeSources/RuntimeOnly" && echo "import OpenAPIGenRuntime" > "$work/RuntimeSources/RuntimeOnly/RuntimeOnly.swift"
for factor in "${@:-1 4}"; do
    for n in $factor; do
        [ "$n" = 1 ] || python3 "$here/scale-spec.py" "$work/x1.json" "$n" "$work/x$n.json"
        rm -rf "$work/Sources" && mkdir -p "$work/Sources"
        "$ours" generate "$work/x$n.json" --module Scaled --output "$work/Sources/Scaled" >/dev/null 2>&1
        lines=$(cat "$work/Sources/Scaled"/*.swift | wc -l)
        # The runtime is built first, and the module's own build folder removed, so the timed build is the
        # module's clean build alone.
        swift build --package-path "$work" -c debug --target RuntimeOnly >/dev/null 2>&1
        rm -rf "$work/.build/debug/Scaled.build"
        /usr/bin/time -o "$work/time.txt" -f "%e %M" swift build --package-path "$work" -c debug --target Scaled > "$work/build.log" 2>&1 \
            || { echo "x$n: build failed; see $work/build.log" >&2; exit 1; }
        read -r seconds kb < "$work/time.txt"
        printf 'x%-3s %8d lines  debug %7.1f s  %6d MB peak  %6.2f MB per 1k lines\n' "$n" "$lines" "$seconds" "$((kb / 1024))" \
            "$(awk "BEGIN{print $kb / 1024 / ($lines / 1000)}")"
    done
done
