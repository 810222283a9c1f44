import Foundation

/// A Python HTTP server on 127.0.0.1 that answers every POST with what real parsers read from the body:
/// `urllib.parse.parse_qsl` for forms (`pairs`), the `email` package for multipart bodies (`parts`: name,
/// file name, content type, size, SHA-256 and short text of each, and the parser's `defects`). Not our own
/// encoder's inverse.
final class PythonEchoServer: Sendable {
    let process: Process
    let url: URL

    static let script = """
        import email, email.policy, hashlib, json, os, sys
        from http.server import BaseHTTPRequestHandler, HTTPServer
        from urllib.parse import parse_qsl
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                content_type = self.headers.get("Content-Type", "")
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                result = {"content_type": content_type}
                if content_type.startswith("multipart/"):
                    message = email.message_from_bytes(b"Content-Type: " + content_type.encode() + b"\\r\\n\\r\\n" + raw, policy=email.policy.HTTP)
                    parts = []
                    for part in message.iter_parts():
                        payload = part.get_payload(decode=True) or b""
                        try:
                            text = payload.decode("utf-8") if len(payload) < 4096 else None
                        except UnicodeDecodeError:
                            text = None
                        parts.append({"name": part.get_param("name", header="content-disposition"), "filename": part.get_filename(),
                                      "content_type": part.get_content_type(), "size": len(payload),
                                      "sha256": hashlib.sha256(payload).hexdigest(), "text": text})
                    result["parts"] = parts
                    result["defects"] = [type(d).__name__ for d in message.defects] + [type(d).__name__ for p in message.iter_parts() for d in p.defects]
                else:
                    result["pairs"] = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
                data = json.dumps(result).encode()
                self.send_response(200)
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

    /// Answers every GET with the request's header fields as a JSON list of `[name, value]` pairs, in the
    /// order and with the repetitions they arrived in (Python's `http.server` keeps both).
    static let headerEchoScript = """
        import json, os, sys
        from http.server import BaseHTTPRequestHandler, HTTPServer
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                data = json.dumps([[name, value] for name, value in self.headers.items()]).encode()
                self.send_response(200)
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

    /// - Parameters:
    ///   - script: the server's Python source (``script`` unless another is given).
    ///   - requests: how many requests it answers before it exits.
    init(script: String = PythonEchoServer.script, requests: Int) throws {
        let portFile = NSTemporaryDirectory() + "echo-server-\(UUID().uuidString).port"
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        child.arguments = ["python3", "-c", script, portFile, String(requests)]
        // Its output must not hold the test runner's pipes open.
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        self.process = child
        var port: String?
        for _ in 0..<200 where port == nil {
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
