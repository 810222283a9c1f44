#!/usr/bin/env python3
"""A small stand-in for api.incident.io (and the petstore), for running the examples in CI.

Usage: mock_incident_server.py PORT_FILE
Listens on 127.0.0.1 with an ephemeral port, writes the port to PORT_FILE, and serves until killed
(or for at most 10 minutes). Expects `Authorization: Bearer test-key`.
"""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs, unquote

USER = {"id": "01FCNDV6P870EA6S7TK1DSYDG0", "name": "Lisa Karlin Curtis", "role": "owner"}


def follow_up(ident, title, status="outstanding"):
    return {"id": ident, "incident_id": "01INCIDENT", "creator": {"user": USER}, "title": title,
            "status": status, "labels": [], "created_at": "2021-08-17T13:28:57.801578Z",
            "updated_at": "2021-08-17T13:28:57.801578Z"}


FOLLOW_UPS = [dict(follow_up("01FU1", "Add alerting on replica lag"),
                   external_issue_reference={"issue_name": "INC-123", "issue_permalink": "https://linear.app/incident-io/issue/INC-123",
                                             "provider": "linear"}),
              follow_up("01FU2", "Write the postmortem", status="archived")]


def envelope(kind, status, errors, **extra):
    return dict({"type": kind, "status": status, "request_id": "req-%d" % status, "errors": errors}, **extra)


class Handler(BaseHTTPRequestHandler):
    def reply(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

    def handle_any(self):
        url = urlsplit(self.path)
        if url.path.startswith("/v1/pets"):
            return self.reply(200, [{"id": 1, "name": "Rex", "tag": "dog"}, {"id": 2, "name": "Tom"}])
        if self.headers.get("Authorization") != "Bearer test-key":
            return self.reply(401, envelope("authentication_error", 401, [
                {"code": "missing_authorization_material", "message": "No authorization material provided in request"}]))
        query = parse_qs(url.query, keep_blank_values=True)
        if query.get("incident_id") == ["ratelimited"]:
            return self.reply(429, envelope("too_many_requests", 429, [
                {"code": "too_many_requests", "message": "Too many requests"}],
                rate_limit={"name": "key", "limit": 1200, "remaining": 0, "retry_after": "Thu, 17 Apr 2099 11:17:18 UTC"}))
        if url.path == "/v2/follow_ups" and self.command == "GET":
            return self.reply(200, {"follow_ups": FOLLOW_UPS})
        if url.path == "/v2/follow_ups" and self.command == "POST":
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
            if not body.get("title"):
                return self.reply(422, envelope("validation_error", 422, [
                    {"code": "is_required", "message": "A title is required", "source": {"field": "title"}}]))
            return self.reply(201, {"follow_up": follow_up("01FU3", body["title"])})
        if url.path.startswith("/v2/follow_ups/") and self.command == "GET":
            ident = unquote(url.path[len("/v2/follow_ups/"):])
            for item in FOLLOW_UPS:
                if item["id"] == ident:
                    return self.reply(200, {"follow_up": item})
            return self.reply(404, envelope("not_found", 404, [{"code": "not_found", "message": "Not found"}]))
        return self.reply(404, envelope("not_found", 404, []))

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(sys.argv[1], "w") as handle:
        handle.write(str(server.server_address[1]))
    threading.Timer(600, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
