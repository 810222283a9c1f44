#!/usr/bin/env bash
# Generates each real-world document of Tests/Specs/real into Tests/RealSpecs/Generated/<Module> (git-ignored).
# Generation must succeed; its warnings are printed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
specs="$root/Tests/Specs/real"
cd "$root"
swift build --product openapi-gen >/dev/null
gen="$(swift build --show-bin-path)/openapi-gen"
"$gen" generate "$specs/discord/openapi.json" --output "$here/Generated/Discord" --module Discord --type-registry
"$gen" generate "$specs/spotify/openapi.yml" --output "$here/Generated/Spotify" --module Spotify --type-registry
"$gen" generate "$specs/digitalocean/specification/DigitalOcean-public.v2.yaml" --output "$here/Generated/DigitalOcean" \
    --module DigitalOcean --type-registry
