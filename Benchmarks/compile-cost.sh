#!/usr/bin/env bash
# What compiling a generated module costs a user, for one spec: clean debug build (time, peak memory of the
# build's processes, lines), clean release build (time, size of the object code), and an incremental
# rebuild after one operation's response schema changes (files rewritten, files recompiled), as a ratio to a
# clean debug build of the same minutes (best of three rounds). With --theirs, the same for
# apple/swift-openapi-generator 1.14.3's output (built by side-by-side.sh first), leaving out the
# operations named in THEIRS_EXCLUDE (comma-separated operationIds) whose output does not compile there.
# With LAYOUT=modules, ours is generated in the modules layout (a package of modules) and built as that
# package; the figures then cover all of its modules. MINIMUM_MODULE_LINES passes --minimum-module-lines.
# THEIRS_SPEC names the document apple's generator reads instead of SPEC: for a document spread over
# files, which it cannot read, its single-file bundle (Benchmarks/bundle-components.py ROOT OUT.yaml).
# INCREMENTAL_ONLY=1 measures the incremental rebuild alone.
# Usage: [INCREMENTAL_ONLY=1] [THEIRS_EXCLUDE=op,...] [THEIRS_SPEC=FILE] [LAYOUT=modules [MINIMUM_MODULE_LINES=N]] Benchmarks/compile-cost.sh SPEC MODULE [--theirs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
spec="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
module="$2"
theirs="${3:-}"
work="$here/.build-compile-cost/$module"
mkdir -p "$work"
swift build --package-path "$root" -c release --product openapi-gen >/dev/null
ours="$root/.build/release/openapi-gen"

layout="${LAYOUT:-split}"
rm -rf "$work/Sources" && mkdir -p "$work/Sources"
# generate SPEC: our output for SPEC, in the benchmark's layout.
generate() {
    if [ "$layout" = modules ]; then
        "$ours" generate "$1" --module "$module" --output "$work/Modules" --layout modules --runtime-package "$root" \
            ${MINIMUM_MODULE_LINES:+--minimum-module-lines "$MINIMUM_MODULE_LINES"}
    else
        "$ours" generate "$1" --module "$module" --output "$work/Sources/$module"
    fi
}
generate "$spec" >/dev/null 2>&1
targets=".target(name: \"$module\", dependencies: [.product(name: \"OpenAPIGenRuntime\", package: \"openapi-swift\")])"
# The modules layout's output is a package of its own; this one then holds theirs alone.
[ "$layout" = modules ] && targets=""

dependencies=".package(name: \"openapi-swift\", path: \"$root\")"
if [ "$theirs" = "--theirs" ]; then
    apple="$here/.build-side-by-side/release/swift-openapi-generator"
    python3 "$here/apple-config.py" "${THEIRS_SPEC:-$spec}" "${THEIRS_EXCLUDE:-}" > "$work/apple-config.yaml"
    "$apple" generate "${THEIRS_SPEC:-$spec}" --config "$work/apple-config.yaml" --output-directory "$work/Sources/Theirs" >/dev/null 2>&1
    targets="${targets:+$targets, }.target(name: \"Theirs\", dependencies: [.product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\")])"
    dependencies="$dependencies, .package(url: \"https://github.com/apple/swift-openapi-runtime\", exact: \"1.13.4\")"
fi
cat > "$work/Package.swift" <<MANIFEST
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "CompileCost", dependencies: [$dependencies], targets: [$targets])
MANIFEST

# The package a target is built in, and its source files.
package_of() { if [ "$layout" = modules ] && [ "$1" = "$module" ]; then echo "$work/Modules"; else echo "$work"; fi; }
sources_of() { if [ "$layout" = modules ] && [ "$1" = "$module" ]; then find "$work/Modules" -path "$work/Modules/.build" -prune -o -name '*.swift' ! -name Package.swift -print; else ls "$work/Sources/$1"/*.swift; fi; }

# build CONFIGURATION TARGET: prints "<seconds> <peak KB of the build and its compilers>".
build() {
    /usr/bin/time -o "$work/time.txt" -f "%e %M" swift build --package-path "$(package_of "$2")" -c "$1" --target "$2" > "$work/build.log" 2>&1 \
        || { echo "build of $2 ($1) failed; see $work/build.log" >&2; return 1; }
    cat "$work/time.txt"
}
object_bytes() {
    if [ "$layout" = modules ] && [ "$2" = "$module" ]; then
        # Every module of the package as generated now (the build folder also keeps the objects of modules
        # an earlier run's sizes named otherwise).
        local folder
        for folder in "$work/Modules"/*/; do
            find "$work/Modules/.build/$1/$(basename "$folder").build" -name '*.o' -print0
        done | xargs -0 size --totals | awk 'END{print $4}'
    else
        find "$work/.build/$1/$2.build" -name '*.o' -print0 | xargs -0 size --totals | awk 'END{print $4}'
    fi
}

measure() {
    local target="$1"
    local lines
    lines=$(sources_of "$target" | xargs cat | wc -l)
    for configuration in debug release; do
        swift build --package-path "$(package_of "$target")" -c "$configuration" --target "$target" >/dev/null 2>&1 || true
    done
    sources_of "$target" | xargs touch
    read -r debug_s debug_kb < <(build debug "$target")
    sources_of "$target" | xargs touch
    read -r release_s release_kb < <(build release "$target")
    local bytes
    bytes=$(object_bytes release "$target")
    printf '%-10s %8d lines  debug %7.1f s %6d MB peak  release %7.1f s %6d MB peak  object code %9d bytes\n' \
        "$target" "$lines" "$debug_s" "$((debug_kb / 1024))" "$release_s" "$((release_kb / 1024))" "$bytes"
    echo "$debug_s $release_s $bytes $debug_kb" > "$work/$target.figures"
}

incremental() {
    # One operation's response schema changes: a property is added to the first object schema of the
    # document's components that a success response names.
    # The copy keeps the spec's name, which every file's header records.
    # The release measurement touched every file: settle the debug build first.
    swift build --package-path "$(package_of "$module")" -c debug --target "$module" >/dev/null 2>&1
    local changed_spec
    changed_spec="$work/changed/$(basename "${spec%.*}").json"
    mkdir -p "$work/changed"
    # The configuration beside the spec applies to its copy too.
    [ -f "$(dirname "$spec")/openapi-gen-config.yaml" ] && cp "$(dirname "$spec")/openapi-gen-config.yaml" "$work/changed/"
    python3 - "$spec" "$changed_spec" <<'CHANGE' || { echo "incremental: not measured (no response schema in the root file to change)"; return 0; }
import json, sys, yaml
text = open(sys.argv[1]).read()
spec = json.loads(text) if sys.argv[1].endswith(".json") else yaml.safe_load(text)
schemas = spec.get("components", {}).get("schemas", {})
def named(ref):
    return ref.split("/")[-1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None
for item in spec.get("paths", {}).values():
    for operation in item.values():
        if not isinstance(operation, dict):
            continue
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            if isinstance(response, dict) and str(response.get("$ref", "")).startswith("#/components/responses/"):
                response = spec.get("components", {}).get("responses", {}).get(response["$ref"].split("/")[-1], {})
            schema = response.get("content", {}).get("application/json", {}).get("schema", {}) if isinstance(response, dict) else {}
            name = named(schema.get("$ref"))
            if name and schemas.get(name, {}).get("type") == "object":
                schemas[name].setdefault("properties", {})["benchmark_extra"] = {"type": "string"}
                json.dump(spec, open(sys.argv[2], "w"), default=str)
                print(name)
                sys.exit(0)
sys.exit("no success response names an object schema")
CHANGE
    # Three rounds, each a clean debug build (every source touched) beside the rebuild after the change, so
    # that each ratio compares builds of the same minutes (this machine's speed moves by up to 5x within
    # minutes); the best ratio is reported, every round printed.
    local changed ratio="" best="" round clean_s incremental_s rounds=""
    for round in 1 2 3; do
        generate "$spec" >/dev/null 2>&1
        swift build --package-path "$(package_of "$module")" -c debug --target "$module" >/dev/null 2>&1
        sources_of "$module" | xargs touch
        read -r clean_s _ < <(build debug "$module")
        changed=$(generate "$changed_spec" | sed -n 's/.*files, \([0-9]*\) changed.*/\1/p')
        read -r incremental_s _ < <(build debug "$module")
        rounds="$rounds $incremental_s/$clean_s"
        if [ -z "$ratio" ] || awk "BEGIN{exit !($incremental_s / $clean_s < $ratio)}"; then
            ratio=$(awk "BEGIN{print $incremental_s / $clean_s}"); best="$incremental_s s of a $clean_s s clean build"
        fi
    done
    echo "incremental rebuild / clean debug build, per round (s):$rounds"
    local recompiled
    recompiled=$(grep -c "Compiling $module" "$work/build.log" || true)
    [ "$layout" = modules ] && echo "recompiled: $(grep -o "Compiling $module[A-Za-z0-9]* [^ ]*" "$work/build.log" | cut -d' ' -f2- | tr '\n' ' ')"
    printf 'incremental: %s files rewritten, %s recompiled, best round %s = %.0f %%\n' \
        "$changed" "$recompiled" "$best" "$(awk "BEGIN{print 100 * $ratio}")"
    generate "$spec" >/dev/null 2>&1
}

echo "== $module: $(basename "$spec")"
if [ -n "${INCREMENTAL_ONLY:-}" ]; then incremental; exit 0; fi
measure "$module"
if [ "$theirs" = "--theirs" ]; then
    measure Theirs
    read -r od orl ob okb < "$work/$module.figures"
    read -r td trl tb tkb < "$work/Theirs.figures"
    echo "ours/theirs: debug $(awk "BEGIN{printf \"%.2f\", $od / $td}"), release $(awk "BEGIN{printf \"%.2f\", $orl / $trl}"), object code $(awk "BEGIN{printf \"%.2f\", $ob / $tb}"), peak memory $(awk "BEGIN{printf \"%.2f\", $okb / $tkb}")"
fi
incremental
