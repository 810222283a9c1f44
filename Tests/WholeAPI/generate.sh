#!/usr/bin/env bash
# Generates the whole incident.io API into Tests/WholeAPI/Generated (git-ignored), from YAML and from
# JSON, and fails unless both give identical files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
specs="$root/Tests/Specs/incident-io"
options=(--module IncidentIOFull --query-object-style deepObject --type-registry)
cd "$root"
swift run openapi-gen generate "$specs/openapi3.yaml" --output "$here/Generated/IncidentIOFull" "${options[@]}"
swift run openapi-gen generate "$specs/openapi3.json" --output "$here/Generated/FromJSON" "${options[@]}"
diff -r "$here/Generated/IncidentIOFull" "$here/Generated/FromJSON"
rm -rf "$here/Generated/FromJSON"
# Every operation has exactly one `…WithResponse` method (the plain method and any `…All` sequence call it).
operations=$(cat "$here/Generated/IncidentIOFull"/*.swift | grep -cE "func [A-Za-z0-9_]+WithResponse\(")
[ "$operations" -eq 218 ] || { echo "expected 218 operations, generated $operations" >&2; exit 1; }
echo "whole API: YAML and JSON generate identical files, with all 218 operations"
