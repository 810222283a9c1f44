#!/usr/bin/env bash
# Builds the examples and runs them against the local mock server, checking what a user would see.
# A broken downstream experience (build, output or error messages) makes this script fail.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
swift build --package-path "$here"
bin="$(swift build --package-path "$here" --show-bin-path)"

port_file="$(mktemp)"
python3 "$here/mock-server/mock_incident_server.py" "$port_file" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$port_file"' EXIT
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$port_file")"

fail() { echo "examples: $*" >&2; exit 1; }
expect_output() {  # expect_output PATTERN COMMAND...
    local pattern="$1"; shift
    local output
    output="$("$@" 2>&1)" || fail "'$*' failed: $output"
    grep -q -- "$pattern" <<<"$output" || fail "'$*' printed no '$pattern':"$'\n'"$output"
    echo "$output"
}
expect_failure() {  # expect_failure PATTERN COMMAND...
    local pattern="$1"; shift
    local output
    if output="$("$@" 2>&1)"; then fail "'$*' should have failed: $output"; fi
    grep -q -- "$pattern" <<<"$output" || fail "'$*' printed no '$pattern':"$'\n'"$output"
    echo "$output"
}

export INCIDENT_API_KEY=test-key
expect_output "Write the postmortem" "$bin/followups" list --base-url "$base"
expect_output "archived" "$bin/followups" list --base-url "$base"
shown="$(expect_output '"title" : "Add alerting on replica lag"' "$bin/followups" show 01FU1 --base-url "$base" --json)"
# One follow-up is an object, not a list of one, and URLs are written as they are.
[ "${shown:0:1}" = "{" ] || fail "show --json printed no object: $shown"
grep -q '"issue_permalink" : "https://linear.app/incident-io/issue/INC-123"' <<<"$shown" || fail "show --json escaped the URL: $shown"
expect_output "Restart the database" "$bin/followups" create --incident 01INCIDENT --title "Restart the database" --base-url "$base"
expect_failure "A title is required" "$bin/followups" create --incident 01INCIDENT --title "" --base-url "$base"
expect_failure "title: A title is required" "$bin/followups" create --incident 01INCIDENT --title "" --base-url "$base"
expect_failure "not found" "$bin/followups" show nope --base-url "$base"
expect_failure "rate limited by incident.io (limit 1200 requests)" "$bin/followups" list --incident ratelimited --base-url "$base"
INCIDENT_API_KEY=wrong-key expect_failure "API key was rejected (HTTP 401, request req-401)" "$bin/followups" list --base-url "$base"
missing="$(INCIDENT_API_KEY= expect_failure "^error: set INCIDENT_API_KEY" "$bin/followups" list --base-url "$base")"
# The usage shown is the subcommand's, and every message starts with the same lower-case 'error:'.
grep -q "Usage: followups list" <<<"$missing" || fail "missing key: no usage of 'followups list': $missing"
expect_failure "^error: '.*' is not a URL" "$bin/followups" list --base-url "not a url"
expect_failure "^error: could not reach http://127.0.0.1:9 (connectionRefused)" "$bin/followups" list --base-url "http://127.0.0.1:9"
all="$(INCIDENT_API_KEY= "$bin/followups" list 2>&1 || true; "$bin/followups" show nope --base-url "$base" 2>&1 || true)"
if grep -q "^Error:" <<<"$all"; then fail "a message starts with 'Error:' instead of 'error:': $all"; fi
expect_output "Rex" "$bin/petstore-demo" "$base/v1"
expect_output "loaded 2 follow-ups off the main actor" "$bin/mainactor-app" "$base"
# The command plugin in a downstream package without arguments says what it looked for, and nothing else runs.
expect_failure "looked for the default spec openapi/incident-io-follow-ups.yaml" \
    swift package --package-path "$here" --allow-writing-to-package-directory openapi-generate
bash "$here/check-plugin-inputs.sh"
bash "$here/check-webhook-receiver.sh"
echo "examples: all checks passed"
