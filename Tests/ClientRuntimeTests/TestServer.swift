import FlyingFox
import Foundation
import OpenAPIGenRuntime
import Synchronization

/// A real HTTP server on 127.0.0.1 with an ephemeral port. Tests script its answers and read back
/// what it received, exactly as it arrived on the socket.
final class TestServer: Sendable {
    struct Received: Sendable {
        let method: String
        /// The request target's path, still percent-encoded as sent.
        let rawPath: String
        /// The raw query string.
        let rawQuery: String
        let headers: [String: String]
        let body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var delay: Duration?
        /// Fields sent as well, a name repeated as often as it appears.
        var repeatedHeaders: [(name: String, value: String)] = []

        static func json(_ status: Int, _ text: String, headers: [String: String] = [:]) -> Reply {
            Reply(status: status, headers: ["Content-Type": "application/json"].merging(headers) { $1 }, body: Data(text.utf8))
        }

        static func empty(_ status: Int) -> Reply { Reply(status: status, headers: [:], body: Data()) }
    }

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let log = Log()
    let port: UInt16

    private actor Log {
        var received: [Received] = []
        var replies: [Reply] = []
        var fallback = Reply.json(500, #"{"type":"unscripted"}"#)

        func record(_ request: Received) -> Reply {
            received.append(request)
            return replies.isEmpty ? fallback : replies.removeFirst()
        }

        func script(_ replies: [Reply], then fallback: Reply?) {
            self.replies = replies
            if let fallback { self.fallback = fallback }
        }
    }

    /// Starts a server that answers with the scripted replies in order, then with `fallback`.
    init(replies: [Reply] = [], fallback: Reply? = nil) async throws {
        let log = self.log
        await log.script(replies, then: fallback)
        // Generous limits: with the whole suite on 2 loaded cores, starting a server has stalled for over 30 s
        // (FlyingFox's default 5 s then failed a dozen unrelated tests at once).
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled)
        await server.appendRoute("*") { request in
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue] = value }
            let received = Received(
                method: request.method.rawValue, rawPath: request.target.path(), rawQuery: request.target.query(),
                headers: headers, body: try await request.bodyData)
            let reply = await log.record(received)
            if let delay = reply.delay { try await Task.sleep(for: delay) }
            var responseHeaders: [HTTPHeader: String] = [:]
            for (name, value) in reply.headers { responseHeaders[HTTPHeader(name)] = value }
            var allHeaders = HTTPHeaders(responseHeaders)
            for (name, value) in reply.repeatedHeaders { allHeaders.addValue(value, for: HTTPHeader(name)) }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: "Scripted"), headers: allHeaders, body: reply.body)
        }
        self.server = server
        self.task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 60)
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        self.port = port
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    var received: [Received] { get async { await log.received } }

    func script(_ replies: [Reply], then fallback: Reply? = nil) async {
        await log.script(replies, then: fallback)
    }

    func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }
}

/// Records requested delays instead of sleeping; with `blocks`, waits until cancelled like a real sleep.
final class RecordingSleeper: RetrySleeper {
    private let recorded = Mutex<[Duration]>([])
    let blocks: Bool

    init(blocks: Bool = false) {
        self.blocks = blocks
    }

    var delays: [Duration] { recorded.withLock { $0 } }

    func sleep(for duration: Duration) async throws {
        recorded.withLock { $0.append(duration) }
        if blocks { try await Task.sleep(for: .seconds(3_600)) }
        try Task.checkCancellation()
    }
}

/// A list shared between tasks.
final class LockedList<Element: Sendable>: Sendable {
    private let storage = Mutex<[Element]>([])

    func append(_ element: Element) { storage.withLock { $0.append(element) } }

    var all: [Element] { storage.withLock { $0 } }
}
