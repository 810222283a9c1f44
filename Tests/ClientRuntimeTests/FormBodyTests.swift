import Foundation
import OpenAPIGenRuntime
import PathsAndParameters
import Synchronization
import Testing

/// Form bodies (`application/x-www-form-urlencoded`) parsed back by a real parser: Python's
/// `urllib.parse.parse_qsl` behind a loopback HTTP server, not our own encoder's inverse.
@Suite struct FormBodyTests {
    /// A Python server on 127.0.0.1 that answers every POST with the pairs `parse_qsl` reads from the body.
    final class PythonFormServer: Sendable {
        let process: Process
        let url: URL

        /// - Parameter requests: how many requests it answers before it exits.
        init(requests: Int) throws {
            let portFile = NSTemporaryDirectory() + "form-server-\(UUID().uuidString).port"
            let script = """
                import json, sys
                from http.server import BaseHTTPRequestHandler, HTTPServer
                from urllib.parse import parse_qsl
                class Handler(BaseHTTPRequestHandler):
                    def do_POST(self):
                        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
                        pairs = parse_qsl(body, keep_blank_values=True, strict_parsing=True)
                        data = json.dumps({"content_type": self.headers.get("Content-Type"), "pairs": pairs}).encode()
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Content-Length", str(len(data)))
                        self.end_headers()
                        self.wfile.write(data)
                    def log_message(self, *args):
                        pass
                server = HTTPServer(("127.0.0.1", 0), Handler)
                server.timeout = 30
                with open(sys.argv[1] + ".tmp", "w") as f:
                    f.write(str(server.server_address[1]))
                import os
                os.rename(sys.argv[1] + ".tmp", sys.argv[1])
                for _ in range(int(sys.argv[2])):
                    server.handle_request()
                """
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            child.arguments = ["python3", "-c", script, portFile, String(requests)]
            // Its output must not hold the test runner's pipes open.
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            self.process = child
            var port: String?
            for _ in 0..<100 where port == nil {
                port = try? String(contentsOfFile: portFile, encoding: .utf8)
                if port == nil { Thread.sleep(forTimeInterval: 0.05) }
            }
            try? FileManager.default.removeItem(atPath: portFile)
            guard let port else { throw CancellationError() }
            self.url = URL(string: "http://127.0.0.1:\(port)")!
        }

        func stop() {
            if process.isRunning { process.terminate() }
        }
    }

    @Test func aTypedPayloadIsEncodedAsTheFormRulesSay() async throws {
        let server = try PythonFormServer(requests: 1)
        defer { server.stop() }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        let payload = CreateChargeRequestBody(
            amount: 2000, currency: "eur", capture: false, description: "Tea & cake for 2 (café) 100%+",
            ratio: 0.25, tags: ["a b", "c"], metadata: ["order_id": "6735", "note": "x=y&z"],
            items: [.init(price: "price_1", quantity: 2), .init(price: "price 2", quantity: nil)])
        let echo = try await client.charges.createCharge(payload)
        #expect(echo.contentType == "application/x-www-form-urlencoded")
        let pairs = try #require(echo.pairs).map { $0.joined(separator: "=") }
        #expect(pairs == [
            "amount=2000", "capture=false", "currency=eur", "description=Tea & cake for 2 (café) 100%+",
            "items[0][price]=price_1", "items[0][quantity]=2", "items[1][price]=price 2",
            "metadata[note]=x=y&z", "metadata[order_id]=6735", "ratio=0.25", "tags=a b", "tags=c",
        ])
    }

    @Test func optionalFieldsLeftOutAreNotSent() async throws {
        let server = try PythonFormServer(requests: 1)
        defer { server.stop() }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        let echo = try await client.charges.createCharge(CreateChargeRequestBody(amount: 5, currency: "usd"))
        #expect(try #require(echo.pairs).map { $0.joined(separator: "=") } == ["amount=5", "currency=usd"])
    }
}
