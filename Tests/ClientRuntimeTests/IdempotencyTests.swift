import Bulk
import Foundation
import OpenAPIGenRuntime
import Testing

/// Writes that carry an idempotency key are retried with the same key after a dropped connection, and the
/// server creates one resource. The server (Python's `http.server`) records each attempt, then closes the
/// connection without answering the first one.
@Suite struct IdempotencyTests {
    static let script = """
        import json, os, socket, sys
        from http.server import BaseHTTPRequestHandler, HTTPServer
        attempts = []
        resources = {}
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                key = self.headers.get("Idempotency-Key") or json.loads(raw or b"{}").get("idempotency_key")
                attempts.append(key)
                if len(attempts) == 1:
                    # Recorded, then the connection drops before any answer.
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                if key not in resources:
                    resources[key] = "imp_%d" % (len(resources) + 1)
                self.answer(201, {"id": resources[key], "key": key})
            def do_GET(self):
                self.answer(200, {"attempts": attempts, "resources": len(resources)})
            def answer(self, status, value):
                data = json.dumps(value).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            def log_message(self, *args):
                pass
        server = HTTPServer(("127.0.0.1", 0), Handler)
        server.timeout = 60
        with open(sys.argv[1] + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(sys.argv[1] + ".tmp", sys.argv[1])
        for _ in range(int(sys.argv[2])):
            server.handle_request()
        """

    struct State: Decodable {
        var attempts: [String?]
        var resources: Int
    }

    static func client(_ server: PythonEchoServer) -> BulkClient {
        let policy = RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(50), jitter: 0)
        return BulkClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: policy))
    }

    static func state(_ server: PythonEchoServer) async throws -> State {
        let response = try await URLSessionTransport().send(Outgoing(url: server.url.appendingPathComponent("state")), timeout: .seconds(10))
        return try JSONDecoder().decode(State.self, from: response.body)
    }

    @Test func aHeaderKeyIsGeneratedAndKeptAcrossTheRetry() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 3)
        defer { server.stop() }
        let created = try await Self.client(server).imports.create(ImportPayload(rows: ["a", "b"]))
        let state = try await Self.state(server)
        #expect(state.attempts.count == 2)
        let key = try #require(state.attempts.first ?? nil)
        #expect(UUID(uuidString: key) != nil)
        #expect(state.attempts == [key, key])
        #expect(state.resources == 1)
        #expect(created.id == "imp_1" && created.key == key)
    }

    @Test func theCallersOwnKeyIsSent() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 3)
        defer { server.stop() }
        _ = try await Self.client(server).imports.create(ImportPayload(rows: []), idempotencyKey: "import-2026-11-27")
        #expect(try await Self.state(server).attempts == ["import-2026-11-27", "import-2026-11-27"])
    }

    @Test func aBodyKeyLeftEmptyIsFilledAndKeptAcrossTheRetry() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 3)
        defer { server.stop() }
        let created = try await Self.client(server).alerts.create(AlertPayload(title: "Disk full", idempotencyKey: ""))
        let state = try await Self.state(server)
        let key = try #require(state.attempts.first ?? nil)
        #expect(UUID(uuidString: key) != nil && state.attempts == [key, key] && state.resources == 1)
        #expect(created.key == key)
    }

    @Test func aWriteWithoutAKeyIsNotRetried() async throws {
        // The same dropped connection on an operation without a key: a POST may have taken effect, so it fails.
        let server = try await TestServer()
        let url = server.url
        await server.stop()
        let policy = RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(50), jitter: 0)
        let once = RecordingSleeper()
        let client = BulkClient(configuration: ClientConfiguration(serverURL: url, retryPolicy: policy, sleeper: once))
        var request = RequestBuilder(method: "POST", path: "/imports")
        request.body = Data("{}".utf8)
        await #expect(throws: ClientError.self) { try await client.client.send(request) }
        #expect(once.delays.isEmpty)
        // With a key, the same failure is retried (and fails again: nothing listens).
        let sleeper = RecordingSleeper()
        let retrying = BulkClient(configuration: ClientConfiguration(serverURL: url, retryPolicy: policy, sleeper: sleeper))
        await #expect(throws: ClientError.self) { _ = try await retrying.imports.create(ImportPayload(rows: [])) }
        #expect(sleeper.delays.count == 2)
    }
}
