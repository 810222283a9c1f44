import Foundation
import OpenAPIGenRuntime
import Streams32
import Testing

/// What OpenAPI 3.2 adds, end to end against a real server on 127.0.0.1 (fixture `streams-32.yaml`).
@Suite struct OpenAPI32Tests {
    static func client(_ server: TestServer) -> Streams32Client {
        client(server.url)
    }

    static func client(_ server: PythonEchoServer) -> Streams32Client {
        client(server.url)
    }

    static func client(_ url: URL) -> Streams32Client {
        Streams32Client(configuration: ClientConfiguration(serverURL: url, retryPolicy: .none))
    }

    /// Python's server answers QUERY and PURGE (the Swift test server routes the classic methods only), echoing
    /// what it got, and reads a POSTed multipart body back with Python's `email` parser: the body's type, then
    /// each part's type and text, in order.
    static let echo = """
        import json, os, sys
        from email.parser import BytesParser
        from email import policy
        from http.server import BaseHTTPRequestHandler, HTTPServer
        class Handler(BaseHTTPRequestHandler):
            def do_QUERY(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                data = json.dumps([{"level": self.command, "message": body["text"]}]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                head = ("Content-Type: " + self.headers["Content-Type"] + "\\r\\n\\r\\n").encode()
                message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
                parts = [part.get_content_type() + " " + part.get_payload(decode=True).decode() for part in message.iter_parts()]
                data = json.dumps([message.get_content_type()] + parts).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            def do_PURGE(self):
                self.send_response(204)
                self.send_header("X-Method", self.command + " " + self.path)
                self.end_headers()
            def log_message(self, *args):
                pass
        server = HTTPServer(("127.0.0.1", 0), Handler)
        with open(sys.argv[1] + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(sys.argv[1] + ".tmp", sys.argv[1])
        for _ in range(int(sys.argv[2])):
            server.handle_request()
        """

    @Test func theQueryMethodSendsItsBody() async throws {
        let server = try PythonEchoServer(script: Self.echo, requests: 1)
        defer { server.stop() }
        let client = Streams32Client(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        let found = try await client.streams.search(SearchRequestBody(text: "disk full"))
        #expect(found.map(\.level) == ["QUERY"])
        #expect(found.map(\.message) == ["disk full"])
    }

    @Test func anAdditionalOperationSendsItsOwnMethod() async throws {
        let server = try PythonEchoServer(script: Self.echo, requests: 1)
        defer { server.stop() }
        let response = try await Self.client(server).alerts.routes.purgeRoutesWithResponse()
        #expect(response.status == 204)
        #expect(response.header("X-Method") == "PURGE /alerts/routes")
    }

    @Test func aMultipartListSendsEachItemAsItsOwnPart() async throws {
        let server = try PythonEchoServer(script: Self.echo, requests: 1)
        defer { server.stop() }
        let parts = try await Self.client(server).streams.uploadBatch([Tick(sequence: 1), Tick(sequence: 2), Tick(sequence: 3)])
        #expect(parts == [
            "multipart/mixed",
            #"application/vnd.manifest+json {"sequence":1}"#,
            #"application/json {"sequence":2}"#,
            #"application/json {"sequence":3}"#,
        ])
    }

    @Test func aQuerystringParameterIsTheWholeQuery() async throws {
        let server = try await TestServer(replies: [.json(200, "[]")])
        defer { Task { await server.stop() } }
        _ = try await Self.client(server).streams.filter(criteria: FilterCriteria(level: "error", limit: 5))
        #expect(await server.received.first?.rawQuery == "level=error&limit=5")
    }

    @Test func nestedTagsAreNestedClients() async throws {
        let server = try await TestServer(replies: [.json(200, #"["r1","r2"]"#)])
        defer { Task { await server.stop() } }
        #expect(try await Self.client(server).alerts.routes.listRoutes() == ["r1", "r2"])
    }

    @Test func defaultMappingDecodesUnlistedValues() throws {
        let json = #"[{"kind":"page","id":"a","urgency":"high"},{"kind":"email","id":"b"}]"#
        let alerts = try JSONDecoder().decode([Alert].self, from: Data(json.utf8))
        guard case .pageAlert(let page) = alerts[0], case .genericAlert(let generic) = alerts[1] else {
            Issue.record("unexpected \(alerts)")
            return
        }
        #expect(page.urgency == "high" && generic.kind == "email")
    }
}
