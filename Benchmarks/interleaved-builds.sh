# Sourced, not run: the frame of the benchmarks that compare modules built side by side in one package
# (compile-floor.sh, client-layers.sh). Usage, from such a script:
#   source "$(dirname "$0")/interleaved-builds.sh" SPEC NAME
# sets `here` (Benchmarks/), `root` (the package), `spec` (SPEC's absolute path), `rounds` (ROUNDS, default 3)
# and `work` (Benchmarks/.build-NAME/<spec's folder>-<spec's name>, created), and builds openapi-gen for
# release. The script then writes its sources and `$work/Package.swift`, and calls `build_dependencies`
# and `measure_interleaved`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
spec="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
rounds="${ROUNDS:-3}"
work="$here/.build-$2/$(basename "$(dirname "$spec")")-$(basename "${spec%.*}")"
mkdir -p "$work"
swift build --package-path "$root" -c release --product openapi-gen >/dev/null

# build_dependencies TARGET...: builds the targets the measured modules depend on, in debug and release,
# so that each timed build is the module's alone.
build_dependencies() {
    local configuration dependency
    for configuration in debug release; do
        for dependency in "$@"; do
            swift build --package-path "$work" -c "$configuration" --target "$dependency" >/dev/null
        done
    done
}

# build CONFIGURATION TARGET: a clean build of TARGET alone; prints "<seconds> <peak KB>". Its objects are
# deleted (an earlier spec's files would count too) and its sources touched. Deleting the target's whole
# build folder instead leaves SwiftPM without the output file map it wrote there.
build() {
    find "$work/.build/$1/$2.build" -name '*.o' -delete 2>/dev/null || true
    touch "$work/Sources/$2"/*.swift
    /usr/bin/time -o "$work/time.txt" -f "%e %M" swift build --package-path "$work" -c "$1" --target "$2" > "$work/build.log" 2>&1 \
        || { echo "build of $2 ($1) failed; see $work/build.log" >&2; exit 1; }
    cat "$work/time.txt"
}

# measure_interleaved REFERENCE TARGET...: clean debug builds of the targets, ROUNDS times, taking turns so
# that a slow spell of the machine hits all of them (the best of each is kept, and the highest peak memory);
# then one clean release build each and the size of its object code, the one figure that does not move
# with the machine. Prints a table with each figure also as a ratio to REFERENCE's.
measure_interleaved() {
    local reference="$1"; shift
    local target round seconds kb width=8
    declare -A lines debug peak release objects
    for target in "$@"; do
        lines[$target]=$(cat "$work/Sources/$target"/*.swift | wc -l)
        [ "${#target}" -lt "$width" ] || width=$((${#target} + 2))
    done
    for round in $(seq "$rounds"); do
        for target in "$@"; do
            read -r seconds kb < <(build debug "$target")
            echo "round $round: $target debug $seconds s"
            if [ -z "${debug[$target]:-}" ] || awk "BEGIN{exit !($seconds < ${debug[$target]})}"; then debug[$target]=$seconds; fi
            [ "${peak[$target]:-0}" -ge "$kb" ] || peak[$target]=$kb
        done
    done
    for target in "$@"; do
        read -r seconds _ < <(build release "$target")
        release[$target]=$seconds
        objects[$target]=$(find "$work/.build/release/$target.build" -name '*.o' -print0 | xargs -0 size --totals | awk 'END{print $4}')
    done

    printf "\n%-${width}s %8s %9s %8s %10s %12s   %s\n" module lines "debug s" "peak MB" "release s" "object B" \
        "ratios to $reference (lines, debug, peak, release, object)"
    for target in "$@"; do
        printf "%-${width}s %8d %9.1f %8d %10.1f %12d   %s\n" "$target" "${lines[$target]}" "${debug[$target]}" \
            "$((peak[$target] / 1024))" "${release[$target]}" "${objects[$target]}" \
            "$(awk "BEGIN{printf \"%.2f %.2f %.2f %.2f %.2f\", ${lines[$target]} / ${lines[$reference]}, \
                ${debug[$target]} / ${debug[$reference]}, ${peak[$target]} / ${peak[$reference]}, \
                ${release[$target]} / ${release[$reference]}, ${objects[$target]} / ${objects[$reference]}}")"
    done
}
