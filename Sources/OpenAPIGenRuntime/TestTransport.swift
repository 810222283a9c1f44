import Foundation
import HTTPTypes

/// A transport for an app's unit tests: it answers from canned responses by method and path, with no server,
/// and records every request it is given.
///
/// ```swift
/// let transport = TestTransport()
/// transport.respond(to: "GET", "/v2/follow_ups", json: #"{"follow_ups":[]}"#)
/// let client = IncidentIOClient(bearerToken: "test", transport: transport)
/// ```
///
/// A path matches when it is equal to the stub's, where a stub segment written `{name}` matches any one
/// segment. Of several responses for one route, each request takes the next and the last is repeated. A
/// request no stub matches fails as a ``TransportError`` naming it.
public final class TestTransport: HTTPTransport, @unchecked Sendable {
    /// A request as the transport received it.
    public struct RecordedRequest: Sendable {
        public let request: HTTPRequest
        public let body: Data?

        /// The method, as `GET`.
        public var method: String { request.method.rawValue }
        /// The whole URL, with the query.
        public var url: URL { request.url ?? URL(string: "about:blank")! }

        /// The header field's values joined as HTTP joins them (names compare case-insensitively).
        public func header(_ name: String) -> String? {
            HTTPField.Name(name).flatMap { request.headerFields[$0] }
        }
    }

    private struct Stub {
        let method: String
        let path: [Substring]
        var responses: [(HTTPResponse, Data)]
    }

    // Guarded by `lock`: tests call from any task.
    private let lock = NSLock()
    private var stubs: [Stub] = []
    private var recorded: [RecordedRequest] = []

    public init() {}

    /// Answers `method` `path` with `response` and `body` (after any earlier responses given for the same route).
    public func respond(to method: String, _ path: String, with response: HTTPResponse, body: Data = Data()) {
        let segments = Self.segments(path)
        lock.withLock {
            if let index = stubs.firstIndex(where: { $0.method == method.uppercased() && $0.path == segments }) {
                stubs[index].responses.append((response, body))
            } else {
                stubs.append(Stub(method: method.uppercased(), path: segments, responses: [(response, body)]))
            }
        }
    }

    /// Answers `method` `path` with a JSON body.
    public func respond(to method: String, _ path: String, status: Int = 200, json: String, headerFields: HTTPFields = [:]) {
        var fields: HTTPFields = [.contentType: "application/json"]
        fields.append(contentsOf: headerFields)
        respond(to: method, path, with: HTTPResponse(status: .init(code: status), headerFields: fields), body: Data(json.utf8))
    }

    /// Every request sent so far, in order, with its credentials as the client added them.
    public var requests: [RecordedRequest] { lock.withLock { recorded } }

    public func send(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, Data) {
        let target = request.path ?? ""
        let path = Self.segments(target)
        let method = request.method.rawValue
        return try lock.withLock {
            recorded.append(RecordedRequest(request: request, body: body))
            guard let index = stubs.firstIndex(where: { $0.method == method && Self.matches($0.path, path) }) else {
                throw TransportError(kind: .other, message: "TestTransport has no response for \(method) \(target)")
            }
            let response = stubs[index].responses[0]
            if stubs[index].responses.count > 1 { stubs[index].responses.removeFirst() }
            return response
        }
    }

    private static func segments(_ path: String) -> [Substring] {
        let bare = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return bare.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func matches(_ pattern: [Substring], _ path: [Substring]) -> Bool {
        guard pattern.count == path.count else { return false }
        return zip(pattern, path).allSatisfy { stub, actual in
            (stub.hasPrefix("{") && stub.hasSuffix("}")) || stub == actual || stub.removingPercentEncoding == actual.removingPercentEncoding
        }
    }
}
