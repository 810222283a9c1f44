import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime

// How close a paced bulk job comes to the fastest time the server's limit allows. A Python server on
// 127.0.0.1 enforces a token bucket (burst B, refilling R a second) on `GET /v2/follow_ups`; N requests
// from 16 tasks take at least (N - B) / R seconds, the baseline. The paced job (RateLimiter with the same
// numbers) is reported as a ratio to it, beside the unpaced job (429s, then retries).
// Usage: PacingBenchmark [requests] [burst] [perSecond]

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let requests = arguments.count > 0 ? arguments[0] : 1_000
let burst = arguments.count > 1 ? arguments[1] : 50
let rate = arguments.count > 2 ? arguments[2] : 100
let tasks = 16

let script = """
    import json, os, sys, threading, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    capacity, rate = float(sys.argv[2]), float(sys.argv[3])
    state = {"tokens": capacity, "at": time.monotonic(), "served": 0, "refused": 0}
    lock = threading.Lock()
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def do_GET(self):
            if self.path.startswith("/reset"):
                with lock:
                    state.update(tokens=capacity, at=time.monotonic(), served=0, refused=0)
                return self.answer(200, b"{}")
            if self.path.startswith("/counts"):
                with lock:
                    return self.answer(200, json.dumps({"served": state["served"], "refused": state["refused"]}).encode())
            with lock:
                now = time.monotonic()
                state["tokens"] = min(capacity, state["tokens"] + (now - state["at"]) * rate)
                state["at"] = now
                allowed = state["tokens"] >= 1
                if allowed:
                    state["tokens"] -= 1
                    state["served"] += 1
                else:
                    state["refused"] += 1
            self.answer(200 if allowed else 429, b'{"follow_ups":[]}' if allowed else b'{"type":"rate_limited"}')
        def answer(self, status, data):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        def log_message(self, *args):
            pass
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()
    """

let portFile = NSTemporaryDirectory() + "pacing-\(UUID().uuidString).port"
let server = Process()
server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
server.arguments = ["python3", "-c", script, portFile, String(burst), String(rate)]
try server.run()
defer { server.terminate() }
var port: String?
for _ in 0..<200 where port == nil {
    port = try? String(contentsOfFile: portFile, encoding: .utf8)
    if port == nil { try await Task.sleep(for: .milliseconds(50)) }
}
guard let port, let url = URL(string: "http://127.0.0.1:\(port)") else { fatalError("the server did not start") }

struct Counts: Decodable { var served: Int, refused: Int }

func get(_ path: String) async throws -> Data {
    try await URLSessionTransport().send(HTTPRequest(method: .get, url: url.appendingPathComponent(path)), body: nil,
                                         context: RequestContext(timeout: .seconds(10))).1
}

/// Runs the job once and returns its wall time and the server's counts.
func job(paced: Bool) async throws -> (seconds: Double, counts: Counts) {
    _ = try await get("reset")
    let retries = RetryPolicy(maximumAttempts: 200, baseDelay: .milliseconds(20), maximumDelay: .milliseconds(200), jitter: 0.5)
    let client = IncidentIOClient(configuration: ClientConfiguration(
        serverURL: url, bearerToken: "benchmark", retryPolicy: retries,
        rateLimiter: paced ? RateLimiter(capacity: burst, refillPerSecond: Double(rate)) : nil))
    let start = ContinuousClock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
        for worker in 0..<tasks {
            group.addTask {
                for _ in stride(from: worker, to: requests, by: tasks) { _ = try await client.followUpsV2.list() }
            }
        }
        try await group.waitForAll()
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (seconds, try JSONDecoder().decode(Counts.self, from: try await get("counts")))
}

let ideal = Double(requests - burst) / Double(rate)
print("== pacing: \(requests) requests from \(tasks) tasks against a bucket of \(burst) refilling \(rate)/s")
func label(_ text: String) -> String { text.padding(toLength: 36, withPad: " ", startingAt: 0) }
print(label("baseline: (requests - burst) / rate") + String(format: "%8.2f s  1.00x (the fastest the limit allows)", ideal))
for paced in [true, false] {
    let (seconds, counts) = try await job(paced: paced)
    print(label(paced ? "paced (RateLimiter)" : "unpaced (429s, then retries)")
        + String(format: "%8.2f s  %.2fx  %d served, %d refused with 429", seconds, seconds / ideal, counts.served, counts.refused))
}
