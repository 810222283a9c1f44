#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints each measurement as a ratio to a baseline measured
# in the same run. Usage: Benchmarks/run.sh [front-end|decode|call|generate|large-body|multi-file|pacing|all]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="$here/../Tests/Specs/incident-io/openapi3.yaml"
which="${1:-all}"
swift build --package-path "$here" -c release >/dev/null
bin="$here/.build/release"
# DigitalOcean's 2,900 files against the same document bundled into one file (made by bundle-spec.py).
multi_file() {
    local root="$here/../Tests/Specs/real/digitalocean/specification/DigitalOcean-public.v2.yaml"
    local bundle
    bundle="$(mktemp -d)/digitalocean-bundled.json"
    python3 "$here/bundle-spec.py" "$root" "$bundle" >/dev/null
    "$bin/MultiFileBenchmark" "$root" "$bundle" 10
    rm -rf "$(dirname "$bundle")"
}

case "$which" in
    front-end) "$bin/FrontEndBenchmark" "$spec" 20 ;;
    decode) "$bin/DecodeBenchmark" 10000 15 ;;
    call) "$bin/CallOverheadBenchmark" 20000 7 ;;
    generate) "$bin/GenerateBenchmark" "$spec" 10 ;;
    large-body) "$bin/LargeBodyBenchmark" ;;
    multi-file) multi_file ;;
    pacing) "$bin/PacingBenchmark" 1000 50 100 ;;
    all)
        "$bin/FrontEndBenchmark" "$spec" 20; echo
        "$bin/DecodeBenchmark" 10000 15; echo
        "$bin/CallOverheadBenchmark" 20000 7; echo
        "$bin/GenerateBenchmark" "$spec" 10; echo
        "$bin/LargeBodyBenchmark"; echo
        multi_file; echo
        "$bin/PacingBenchmark" 1000 50 100 ;;
    *) echo "usage: $0 [front-end|decode|call|generate|large-body|multi-file|pacing|all]" >&2; exit 2 ;;
esac
