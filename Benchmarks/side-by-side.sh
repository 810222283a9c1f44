#!/usr/bin/env bash
# Side-by-side benchmarks, every figure a ratio to a baseline measured in the same run:
#   1. generating the whole incident.io client (time, peak memory): openapi-gen vs
#      apple/swift-openapi-generator 1.14.3 vs libyaml's raw event parse of the same file;
#   2. clean debug compile time and line count of the generated whole-API module, ours vs theirs;
#   3. decoding a 10,000-item follow-ups list through each client vs hand-written Codable;
#   4. generation time as the spec grows (the slice, the whole document, 4x, 16x).
# Usage: Benchmarks/side-by-side.sh [generate|compile|decode|scale|all]   (first run builds for minutes)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
specs="$root/Tests/Specs/incident-io"
work="$here/.build-side-by-side/work"
which="${1:-all}"
mkdir -p "$work"

swift build --package-path "$root" -c release --product openapi-gen >/dev/null
swift build --package-path "$here" -c release --product libyaml-parse >/dev/null
swift build --package-path "$here/SideBySide" -c release --scratch-path "$here/.build-side-by-side" >/dev/null
ours="$root/.build/release/openapi-gen"
libyaml="$here/.build/release/libyaml-parse"
apple="$here/.build-side-by-side/release/swift-openapi-generator"
[ -x "$apple" ] || swift build --package-path "$here/SideBySide" -c release --scratch-path "$here/.build-side-by-side" --product swift-openapi-generator >/dev/null
printf 'generate:\n  - types\n  - client\naccessModifier: public\n' > "$work/apple-config.yaml"

# best_of N COMMAND...: prints "<best seconds> <peak KB>". Wall time comes from bash's microsecond
# clock (/usr/bin/time rounds to 10 ms, too coarse for a 50 ms baseline); peak memory from one more
# run under /usr/bin/time.
best_of() {
    local runs="$1"; shift
    local best="" start end seconds
    for _ in $(seq "$runs"); do
        start=$EPOCHREALTIME
        "$@" >/dev/null 2>&1
        end=$EPOCHREALTIME
        seconds=$(awk "BEGIN{printf \"%.4f\", $end - $start}")
        if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best="$seconds"; fi
    done
    /usr/bin/time -o "$work/time.txt" -f "%M" "$@" >/dev/null 2>&1
    echo "$best $(cat "$work/time.txt")"
}
ratio() { awk "BEGIN{printf \"%.2f\", $1 / $2}"; }

generate() {
    echo "== 1. generate the whole incident.io client ($(wc -c < "$specs/openapi3.yaml") bytes of YAML), best of 10 (theirs 3), whole process"
    read -r base base_kb < <(best_of 10 "$libyaml" "$specs/openapi3.yaml")
    read -r mine mine_kb < <(best_of 10 "$ours" generate "$specs/openapi3.yaml" --module IncidentIOFull --output "$work/ours")
    read -r theirs theirs_kb < <(best_of 3 "$apple" generate "$specs/openapi3.yaml" --config "$work/apple-config.yaml" --output-directory "$work/apple")
    printf '%-40s %7.3f s %7d KB  %6sx the baseline\n' "libyaml event parse (baseline)" "$base" "$base_kb" "1.00"
    printf '%-40s %7.3f s %7d KB  %6sx the baseline\n' "openapi-gen (writes $(ls "$work/ours" | wc -l) files)" "$mine" "$mine_kb" "$(ratio "$mine" "$base")"
    printf '%-40s %7.3f s %7d KB  %6sx the baseline\n' "swift-openapi-generator 1.14.3" "$theirs" "$theirs_kb" "$(ratio "$theirs" "$base")"
    echo "openapi-gen is $(ratio "$theirs" "$mine")x faster and uses $(ratio "$theirs_kb" "$mine_kb")x less memory than swift-openapi-generator"
}

compile() {
    echo "== 2. full debug compile of the generated whole-API module (every file recompiled; runtime prebuilt)"
    "$ours" generate "$specs/openapi3.yaml" --module IncidentIOFull --output "$work/ours" >/dev/null
    # Its output for `Utilities V1#OpenAPIV3` does not compile (HTTPBody is not Decodable), so for this
    # measurement only, its generator is told to leave that one operation out (217 of 218).
    python3 - "$specs/openapi3.json" > "$work/apple-compile-config.yaml" <<'FILTER'
import json, sys
spec = json.load(open(sys.argv[1]))
ids = [op["operationId"] for item in spec["paths"].values() for op in item.values()
       if isinstance(op, dict) and "operationId" in op and op["operationId"] != "Utilities V1#OpenAPIV3"]
print("generate:\n  - types\n  - client\naccessModifier: public\nfilter:\n  operations:")
for operation_id in ids:
    print("    - " + json.dumps(operation_id))
FILTER
    rm -rf "$work/apple"
    "$apple" generate "$specs/openapi3.yaml" --config "$work/apple-compile-config.yaml" --output-directory "$work/apple" >/dev/null 2>&1
    mkdir -p "$work/compile/Sources"
    rm -rf "$work/compile/Sources/Ours" "$work/compile/Sources/Theirs"
    cp -r "$work/ours" "$work/compile/Sources/Ours"
    cp -r "$work/apple" "$work/compile/Sources/Theirs"
    cat > "$work/compile/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "CompileBench",
    dependencies: [.package(name: "openapi-swift", path: "$root"),
                   .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4")],
    targets: [.target(name: "Ours", dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")]),
              .target(name: "Theirs", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")])])
MANIFEST
    swift build --package-path "$work/compile" --target OpenAPIGenRuntime >/dev/null
    swift build --package-path "$work/compile" --target OpenAPIRuntime >/dev/null
    local times=()
    swift build --package-path "$work/compile" >/dev/null  # plan once; then each module is recompiled in full
    for target in Ours Theirs; do
        touch "$work/compile/Sources/$target"/*.swift
        local start end
        start=$(date +%s.%N)
        swift build --package-path "$work/compile" --target "$target" >/dev/null
        end=$(date +%s.%N)
        times+=("$(awk "BEGIN{print $end - $start}")")
    done
    local our_lines their_lines
    our_lines=$(cat "$work/ours"/*.swift | wc -l)
    their_lines=$(cat "$work/apple"/*.swift | wc -l)
    printf '%-40s %8.1f s %8d lines\n' "openapi-swift output" "${times[0]}" "$our_lines"
    printf '%-40s %8.1f s %8d lines\n' "swift-openapi-generator output" "${times[1]}" "$their_lines"
    echo "ours compiles in $(ratio "${times[0]}" "${times[1]}") of their time"
}

decode() {
    echo "== 3. decode a 10,000-item follow-ups list through each client"
    "$here/.build-side-by-side/release/AppleDecode" 10000 10
}

scale() {
    echo "== 4. generation time as the spec grows (best of 3, whole process)"
    python3 "$here/scale-spec.py" "$specs/openapi3.json" 4 "$work/x4.json"
    python3 "$here/scale-spec.py" "$specs/openapi3.json" 16 "$work/x16.json"
    local first=""
    for spec in "$root/openapi/incident-io-follow-ups.yaml" "$specs/openapi3.json" "$work/x4.json" "$work/x16.json"; do
        read -r seconds kb < <(best_of 3 "$ours" generate "$spec" --module Scaled --output "$work/scaled")
        local bytes
        bytes=$(wc -c < "$spec")
        printf '%-28s %10d bytes %8.3f s %7d KB  %8.1f ms/MB\n' "$(basename "$spec")" "$bytes" "$seconds" "$kb" \
            "$(awk "BEGIN{print $seconds * 1000 / ($bytes / 1048576)}")"
    done
}

case "$which" in
    generate) generate ;;
    compile) compile ;;
    decode) decode ;;
    scale) scale ;;
    all) generate; echo; compile; echo; decode; echo; scale ;;
    *) echo "usage: $0 [generate|compile|decode|scale|all]" >&2; exit 2 ;;
esac
