#!/usr/bin/env bash
# Starts the webhook-receiver example and sends it deliveries signed by an independent signer (Python's hmac),
# checking it accepts exactly the valid ones: a follow-up created and updated, an event it does not know (still
# signed), and refuses a tampered body, a wrong secret, a replayed old delivery and a delivery without a signature.
# Run by run-against-mock.sh after the examples are built.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(swift build --package-path "$here" --show-bin-path)"
secret="whsec_$(printf 'the endpoint signing secret 32 b' | base64)"
port_file="$(mktemp)"; log="$(mktemp)"
rm -f "$port_file"
WEBHOOK_SECRET="$secret" "$bin/webhook-receiver" --port 0 --port-file "$port_file" > "$log" 2>&1 &
receiver=$!
trap 'kill $receiver 2>/dev/null || true; rm -f "$port_file" "$log"' EXIT
for _ in $(seq 100); do [ -s "$port_file" ] && break; sleep 0.1; done
[ -s "$port_file" ] || { echo "webhook-receiver did not start: $(cat "$log")" >&2; exit 1; }

python3 - "http://127.0.0.1:$(cat "$port_file")/webhooks" "$secret" "$here/../openapi/incident-io-follow-ups.yaml" <<'SENDER'
import base64, hashlib, hmac, json, sys, time, urllib.request, yaml
url, secret, spec = sys.argv[1], sys.argv[2], sys.argv[3]
events = yaml.safe_load(open(spec))["x-webhooks"]
def example(name):
    return json.dumps(events["/x-webhooks/" + name]["get"]["responses"]["200"]["content"]["application/json"]["example"]).encode()
def sign(key, message_id, timestamp, body):
    mac = hmac.new(base64.b64decode(key[len("whsec_"):]), f"{message_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()
def send(body, key=secret, age=0, signed=True, tamper=False):
    timestamp = str(int(time.time()) - age)
    headers = {"Content-Type": "application/json", "webhook-id": "msg_%d" % id(body), "webhook-timestamp": timestamp}
    if signed:
        headers["webhook-signature"] = sign(key, headers["webhook-id"], timestamp, body)
    if tamper:
        body = body.replace(b'"title"', b'"title" ', 1)
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        return urllib.request.urlopen(request).status
    except urllib.error.HTTPError as error:
        return error.code
created = example("public_incident.follow_up_created_v2")
updated = example("public_incident.follow_up_updated_v2")
unknown = json.dumps({"event_type": "public_incident.something_new_v9", "public_incident.something_new_v9": {"id": "x"}}).encode()
wrong = "whsec_" + base64.b64encode(b"some other endpoint's secret....").decode()
cases = [
    ("valid follow-up created", send(created), 204),
    ("valid follow-up updated", send(updated), 204),
    ("valid unknown event", send(unknown), 204),
    ("tampered body", send(created, tamper=True), 400),
    ("wrong secret", send(created, key=wrong), 400),
    ("replayed after an hour", send(created, age=3600), 400),
    ("no signature", send(created, signed=False), 400),
]
failed = [f"{name}: got {got}, expected {expected}" for name, got, expected in cases if got != expected]
for line in failed: print("webhook-receiver: " + line, file=sys.stderr)
sys.exit(1 if failed else 0)
SENDER
sleep 0.2
grep -q "^follow-up created: " "$log" || { echo "webhook-receiver printed no created follow-up: $(cat "$log")" >&2; exit 1; }
grep -q "^follow-up updated: " "$log" || { echo "webhook-receiver printed no updated follow-up: $(cat "$log")" >&2; exit 1; }
grep -q "^event not known to this version: public_incident.something_new_v9" "$log" || { echo "no unknown event: $(cat "$log")" >&2; exit 1; }
[ "$(grep -c '^refused: ' "$log")" -eq 4 ] || { echo "expected 4 refusals: $(cat "$log")" >&2; exit 1; }
echo "webhook-receiver: accepted the 3 valid deliveries, refused the 4 others"
