#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints each measurement as a ratio to a baseline measured
# in the same run. Usage: Benchmarks/run.sh [front-end|decode|generate|large-body|all]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="$here/../Tests/Specs/incident-io/openapi3.yaml"
which="${1:-all}"
swift build --package-path "$here" -c release >/dev/null
bin="$here/.build/release"
case "$which" in
    front-end) "$bin/FrontEndBenchmark" "$spec" 20 ;;
    decode) "$bin/DecodeBenchmark" 10000 15 ;;
    generate) "$bin/GenerateBenchmark" "$spec" 10 ;;
    large-body) "$bin/LargeBodyBenchmark" ;;
    all)
        "$bin/FrontEndBenchmark" "$spec" 20; echo
        "$bin/DecodeBenchmark" 10000 15; echo
        "$bin/GenerateBenchmark" "$spec" 10; echo
        "$bin/LargeBodyBenchmark" ;;
    *) echo "usage: $0 [front-end|decode|generate|large-body|all]" >&2; exit 2 ;;
esac
