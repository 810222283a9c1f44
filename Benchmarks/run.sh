#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints each measurement as a ratio to its baseline.
# Usage: Benchmarks/run.sh [SPEC] [ITERATIONS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:-$here/../../shared/specs/incident-io/openapi3.yaml}"
iterations="${2:-20}"
swift build --package-path "$here" -c release --product FrontEndBenchmark >/dev/null
"$here/.build/release/FrontEndBenchmark" "$spec" "$iterations"
