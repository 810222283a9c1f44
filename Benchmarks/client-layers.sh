#!/usr/bin/env bash
# What each layer of our generated clients costs to compile: the module as generated beside variants
# with one layer taken away at a time (client-variants.py says which), down to no clients at all.
# Clean debug builds run ROUNDS times (default 3), the variants taking turns so that a slow spell of the
# machine hits all of them; the best of each is reported. Then one clean release build each, with the
# size of its object code (the one figure here that does not move with the machine). Every figure is also
# given as a ratio to Ours. Usage: [ROUNDS=3] Benchmarks/client-layers.sh SPEC
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
spec="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
rounds="${ROUNDS:-3}"
work="$here/.build-client-layers/$(basename "$(dirname "$spec")")-$(basename "${spec%.*}")"
targets="Ours NoConvenience NoWithResponse NoProtocol Bare NoClients"
mkdir -p "$work"
swift build --package-path "$root" -c release --product openapi-gen >/dev/null

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

# build CONFIGURATION TARGET: a clean build of TARGET alone (the runtime is built already): its objects
# are removed and its sources touched. Prints "<seconds>".
build() {
    find "$work/.build/$1/$2.build" -name '*.o' -delete 2>/dev/null || true
    touch "$work/Sources/$2"/*.swift
    /usr/bin/time -o "$work/time.txt" -f "%e" swift build --package-path "$work" -c "$1" --target "$2" > "$work/build.log" 2>&1 \
        || { echo "build of $2 ($1) failed; see $work/build.log" >&2; exit 1; }
    cat "$work/time.txt"
}
for configuration in debug release; do
    swift build --package-path "$work" -c "$configuration" --target OpenAPIGenRuntime >/dev/null
done

declare -A lines debug release objects
for target in $targets; do
    lines[$target]=$(cat "$work/Sources/$target"/*.swift | wc -l)
done
for round in $(seq "$rounds"); do
    for target in $targets; do
        seconds=$(build debug "$target")
        echo "round $round: $target debug $seconds s"
        if [ -z "${debug[$target]:-}" ] || awk "BEGIN{exit !($seconds < ${debug[$target]})}"; then debug[$target]=$seconds; fi
    done
done
for target in $targets; do
    release[$target]=$(build release "$target")
    objects[$target]=$(find "$work/.build/release/$target.build" -name '*.o' -print0 | xargs -0 size --totals | awk 'END{print $4}')
done

printf '\n%-15s %8s %9s %10s %12s   %s\n' module lines "debug s" "release s" "object B" "ratios to Ours (lines, debug, release, object)"
for target in $targets; do
    printf '%-15s %8d %9.1f %10.1f %12d   %s\n' "$target" "${lines[$target]}" "${debug[$target]}" "${release[$target]}" "${objects[$target]}" \
        "$(awk "BEGIN{printf \"%.2f %.2f %.2f %.2f\", ${lines[$target]} / ${lines[Ours]}, ${debug[$target]} / ${debug[Ours]}, ${release[$target]} / ${release[Ours]}, ${objects[$target]} / ${objects[Ours]}}")"
done
