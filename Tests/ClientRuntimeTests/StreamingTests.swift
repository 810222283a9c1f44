import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OpenAPIGenAsyncHTTPClient
import OpenAPIGenRuntime
import Streams32
import Testing

/// Streamed responses against a Python server on 127.0.0.1 that writes slowly, endlessly or wrongly.
@Suite struct StreamingTests {
    static let script = """
        import json, os, socket, sys, threading, time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        state = {"disconnected": 0, "released_in_time": None}
        release = threading.Event()
        class Handler(BaseHTTPRequestHandler):
            def start(self, content_type):
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.end_headers()
            def send(self, text):
                self.wfile.write(text.encode() if isinstance(text, str) else text)
                self.wfile.flush()
            def do_GET(self):
                if self.path.startswith("/events"):
                    # Every line ending, a comment, a multi-line data field, id and retry, a pause, and a last
                    # event without its blank line.
                    self.start("text/event-stream")
                    self.send(': a comment\\r\\nid: 1\\r\\nretry: 1500\\r\\ndata: {"sequence": 1}\\r\\n\\r\\n')
                    self.send('event: tick\\rdata: {"sequence": 2,\\rdata: "note": "two lines"}\\r\\r')
                    # The rest waits until the client, having read event 2, says so: proof the events streamed. The wait
                    # stays under the test client's 180 s timeout and is long: under the full suite on 2 cores, URLSession
                    # streams stall while another URLSession transfer runs (event 2 arrived 18-43 s late).
                    state["released_in_time"] = release.wait(150)
                    self.send('data: {"sequence": 3}\\n\\ndata: {"sequence": 4}')
                elif self.path.startswith("/logs"):
                    megabytes = int(self.path.split("mb=")[1]) if "mb=" in self.path else 1
                    self.start("application/jsonl")
                    line = json.dumps({"level": "info", "message": "x" * 200}) + "\\n"
                    block = (line * 512).encode()
                    sent = 0
                    while sent < megabytes * 1048576:
                        self.send(block)
                        sent += len(block)
                elif self.path.startswith("/records"):
                    self.start("application/json-seq")
                    for index in range(3):
                        self.send('\\x1e{"level": "info", "message": "record %d"}\\n' % index)
                        time.sleep(0.05)
                elif self.path.startswith("/bad"):
                    self.start("application/jsonl")
                    self.send('{"level": "info", "message": "fine"}\\n{"level": "info", "mess')
                    self.send('age": "also fine"}\\nnot json at all\\n{"level": "info", "message": "never read"}\\n')
                elif self.path.startswith("/endless"):
                    self.start("text/event-stream")
                    try:
                        index = 0
                        while True:
                            self.send('data: {"sequence": %d}\\n\\n' % index)
                            index += 1
                            time.sleep(0.01)
                    except (BrokenPipeError, ConnectionResetError):
                        state["disconnected"] += 1
                elif self.path.startswith("/release"):
                    release.set()
                    self.send_response(204)
                    self.end_headers()
                elif self.path.startswith("/state"):
                    data = json.dumps(state).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.send(data)
                elif self.path.startswith("/missing"):
                    data = b'{"error": "no such stream"}'
                    self.send_response(404)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.send(data)
            def log_message(self, *args):
                pass
        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        with open(sys.argv[1] + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(sys.argv[1] + ".tmp", sys.argv[1])
        server.serve_forever()
        """

    static func client(_ server: PythonEchoServer) -> Streams32Client {
        Streams32Client(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
    }

    static func request(_ path: String) -> RequestBuilder {
        RequestBuilder(method: "GET", path: RequestPath(stringLiteral: path))
    }

    @Test func serverSentEventsArriveOneByOne() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        var events: [ServerSentEvent<Tick>] = []
        // The test's own calls go through a session of their own: in the full suite the process-wide session
        // carries other tests' traffic to 127.0.0.1, which could hold the release back.
        let control = URLSessionTransport(configuration: .ephemeral)
        let client = Streams32Client(configuration: ClientConfiguration(serverURL: server.url, timeout: .seconds(180), retryPolicy: .none))
        for try await event in try await client.streams.streamEvents() {
            events.append(event)
            if event.data.sequence == 2 {
                // The server holds the rest of the stream until this arrives.
                _ = try await control.send(Outgoing(url: server.url.appendingPathComponent("release")), timeout: .seconds(10))
            }
        }
        #expect(events.map(\.data.sequence) == [1, 2, 3, 4])
        #expect(events[1].data.note == "two lines")
        #expect(events.map(\.event) == [nil, "tick", nil, nil])
        #expect(events.map(\.id) == ["1", "1", "1", "1"])
        #expect(events[0].retry == 1500)
        // Event 2 reached the client while the server was still holding the rest.
        struct State: Decodable { var releasedInTime: Bool? }
        let answer = try await control.send(Outgoing(url: server.url.appendingPathComponent("state")), timeout: .seconds(5))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(State.self, from: answer.body).releasedInTime == true)
    }

    /// A hundred megabytes through AsyncHTTPClient, whose reads follow the consumer: memory stays flat.
    @Test func aHundredMegabytesOfJSONLinesStayFlat() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        let client = Streams32Client(configuration: ClientConfiguration(serverURL: server.url, transport: AsyncHTTPClientTransport(), retryPolicy: .none))
        let response = try await client.client.streamedResponse(Self.request("/logs?mb=100"))
        let lines = JSONItemStream<LogLine>(body: response.body, format: .lines, status: response.status)
        var count = 0, bytes = 0
        for try await line in lines {
            count += 1
            bytes += line.message.count
        }
        #expect(count >= 100 * 1_048_576 / 240 && count % 512 == 0)
        #expect(bytes == count * 200)
        // The connection was paused whenever decoding fell behind: never more than the high-water mark (plus
        // one chunk) waited in memory, however long the stream.
        #expect(response.body.peakBufferedBytes <= response.body.highWater + 1 << 20)
    }

    /// The same through URLSession: every line arrives. FoundationNetworking on Linux cannot pause a transfer
    /// (a suspended task keeps delivering), so there what waits unread is held to the response bound instead,
    /// set high here so a loaded test machine's slow reader is not cut off.
    @Test func aHundredMegabytesThroughURLSession() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        var request = Self.request("/logs?mb=100")
        request.options = RequestOptions(maximumResponseBytes: 256 << 20)
        let response = try await Self.client(server).client.streamedResponse(request)
        var count = 0
        for try await _ in JSONItemStream<LogLine>(body: response.body, format: .lines) { count += 1 }
        #expect(count >= 100 * 1_048_576 / 240 && count % 512 == 0)
    }

    #if canImport(FoundationNetworking)
    /// A reader that falls further behind an unpausable transfer than the response bound stops the stream with
    /// `.responseTooLarge` after what was buffered, rather than letting memory follow the producer.
    @Test func aReaderFallingBehindAnUnpausableTransferIsStopped() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        var request = Self.request("/logs?mb=20")
        request.options = RequestOptions(maximumResponseBytes: 2 << 20)
        let response = try await Self.client(server).client.streamedResponse(request)
        try await Task.sleep(for: .seconds(2))  // the reader is busy; the transfer runs on
        var received = 0
        do {
            for try await chunk in response.body { received += chunk.count }
            Issue.record("the stream ended without an error after \(received) bytes")
        } catch let error as TransportError {
            #expect(error.kind == .responseTooLarge)
        }
        #expect(received > 0 && received <= 2 << 20)
        #expect(response.body.peakBufferedBytes <= 2 << 20)
    }
    #endif

    @Test func jsonTextSequences() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        var messages: [String] = []
        for try await record in try await Self.client(server).streams.streamRecords() { messages.append(record.message) }
        #expect(messages == ["record 0", "record 1", "record 2"])
    }

    @Test func aMalformedItemIsATypedErrorAfterTheGoodOnes() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        let response = try await Self.client(server).client.streamedResponse(Self.request("/bad"))
        var messages: [String] = []
        do {
            for try await line in JSONItemStream<LogLine>(body: response.body, format: .lines) { messages.append(line.message) }
            Issue.record("expected a decoding error")
        } catch .decoding(let failure) {
            #expect(failure.message.contains("streamed item"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(messages == ["fine", "also fine"])
    }

    @Test func leavingTheLoopClosesTheConnection() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        do {
            let events = try await Self.client(server).client.eventStream(Self.request("/endless"), of: Tick.self).body
            var seen = 0
            for try await _ in events {
                seen += 1
                if seen == 5 { break }
            }
        }
        struct State: Decodable { var disconnected: Int }
        var state = State(disconnected: 0)
        for _ in 0..<50 where state.disconnected == 0 {
            try await Task.sleep(for: .milliseconds(100))
            let answer = try await URLSessionTransport().send(Outgoing(url: server.url.appendingPathComponent("state")), timeout: .seconds(5))
            state = try JSONDecoder().decode(State.self, from: answer.body)
        }
        #expect(state.disconnected == 1)
    }

    @Test func aFailureStatusIsAnHTTPFailure() async throws {
        let server = try PythonEchoServer(script: Self.script, requests: 0)
        defer { server.stop() }
        do {
            _ = try await Self.client(server).client.eventStream(Self.request("/missing"), of: Tick.self)
            Issue.record("expected the 404")
        } catch .http(let failure) {
            #expect(failure.status == 404)
            #expect(failure.body(as: [String: String].self) == ["error": "no such stream"])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
