#!/usr/bin/env bash
# Builds the libFuzzer targets with -sanitize=fuzzer,address and runs each for a given time.
#
#   [FUZZ_CONFIGURATION=debug] Fuzz/run.sh [seconds-per-target] [target ...]
#                                    (default: 300 seconds; FuzzSpec and FuzzDecode; a release build)
#
# CI's short run builds for debug (53 s here against 141 s for release), for a run that only proves the
# targets build and survive their seeds.
#
# Starts from the committed seed corpus (Fuzz/Corpus/<spec|decode>) and keeps what it learns in
# .build-fuzz/corpus/ (not committed). Crashes, leaks and timeouts land in .build-fuzz/artifacts/ and fail the run;
# each one found becomes a regression test before it is fixed. The last line of each target's log
# (`Done N runs in S second(s)`) is what the issue notes report.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzSpec FuzzDecode)

build=.build-fuzz
configuration="${FUZZ_CONFIGURATION:-release}"
# gold cannot link the sanitizer runtime with Swift's debug info; lld can.
swift build --package-path Fuzz --build-path "$build" -c "$configuration" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | grep -v "Cannot export local symbol" | tail -3
bin="$build/$configuration"

status=0
for target in "${targets[@]}"; do
    case "$target" in
        FuzzSpec) seeds=Fuzz/Corpus/spec; dict=Fuzz/yaml.dict ;;
        FuzzDecode) seeds=Fuzz/Corpus/decode; dict=Fuzz/json.dict ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
    esac
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target/"
    mkdir -p "$corpus" "$artifacts"
    echo "== $target for ${seconds}s"
    # -rss_limit_mb: a bounded parser keeps memory bounded; -timeout: anything slower than 10 s per input is a hang.
    if ! "$bin/$target" "$corpus" "$seeds" -dict="$dict" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 -artifact_prefix="$artifacts" \
        2>"$build/$target.log"; then
        echo "$target found a problem: see $build/$target.log and $artifacts" >&2
        status=1
    fi
    grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$build/$target.log" | tail -4
done
exit $status
