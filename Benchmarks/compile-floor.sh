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
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
spec="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
rounds="${ROUNDS:-3}"
work="$here/.build-compile-floor/$(basename "$(dirname "$spec")")-$(basename "${spec%.*}")"
targets="Ours FloorTypes FloorSynthesized Theirs"
mkdir -p "$work"
swift build --package-path "$root" -c release --product openapi-gen >/dev/null
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

# build CONFIGURATION TARGET: a clean build of TARGET alone (its dependencies are built already);
# prints "<seconds> <peak KB>".
build() {
    touch "$work/Sources/$2"/*.swift
    /usr/bin/time -o "$work/time.txt" -f "%e %M" swift build --package-path "$work" -c "$1" --target "$2" > "$work/build.log" 2>&1 \
        || { echo "build of $2 ($1) failed; see $work/build.log" >&2; exit 1; }
    cat "$work/time.txt"
}
# The runtimes first, so that each timed build is the module's alone.
for configuration in debug release; do
    for runtime in OpenAPIGenRuntime OpenAPIRuntime; do swift build --package-path "$work" -c "$configuration" --target "$runtime" >/dev/null; done
done

declare -A lines debug peak release objects
for target in $targets; do
    lines[$target]=$(cat "$work/Sources/$target"/*.swift | wc -l)
done
for round in $(seq "$rounds"); do
    for target in $targets; do
        read -r seconds kb < <(build debug "$target")
        echo "round $round: $target debug $seconds s"
        if [ -z "${debug[$target]:-}" ] || awk "BEGIN{exit !($seconds < ${debug[$target]})}"; then debug[$target]=$seconds; fi
        [ "${peak[$target]:-0}" -lt "$kb" ] && peak[$target]=$kb
    done
done
for target in $targets; do
    # Objects of files an earlier spec had in this folder would count too.
    rm -rf "$work/.build/release/$target.build"
    read -r seconds _ < <(build release "$target")
    release[$target]=$seconds
    objects[$target]=$(find "$work/.build/release/$target.build" -name '*.o' -print0 | xargs -0 size --totals | awk 'END{print $4}')
done

printf '\n%-17s %8s %9s %8s %10s %12s   %s\n' module lines "debug s" "peak MB" "release s" "object B" "ratios to Theirs (lines, debug, peak, release, object)"
for target in $targets; do
    printf '%-17s %8d %9.1f %8d %10.1f %12d   %s\n' "$target" "${lines[$target]}" "${debug[$target]}" "$((peak[$target] / 1024))" \
        "${release[$target]}" "${objects[$target]}" \
        "$(awk "BEGIN{printf \"%.2f %.2f %.2f %.2f %.2f\", ${lines[$target]} / ${lines[Theirs]}, ${debug[$target]} / ${debug[Theirs]}, ${peak[$target]} / ${peak[Theirs]}, ${release[$target]} / ${release[Theirs]}, ${objects[$target]} / ${objects[Theirs]}}")"
done
