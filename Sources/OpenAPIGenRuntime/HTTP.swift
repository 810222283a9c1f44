import Foundation
import HTTPTypes

/// What the client knows of one attempt beside the request message: the settings a transport honours and what
/// middlewares may read. Requests and responses themselves are swift-http-types' `HTTPRequest` and
/// `HTTPResponse`, the currency types Apple's OpenAPI runtime, AsyncHTTPClient and Hummingbird share.
public struct RequestContext: Sendable {
    /// The longest wait for a response (for a stream: for its next bytes).
    public var timeout: Duration
    /// The largest response body accepted, in bytes: a transport stops reading beyond it and throws
    /// ``TransportError/Kind/responseTooLarge`` (the client checks again whatever the transport does).
    public var maximumResponseBytes: Int
    /// The caller's settings for this call.
    public var options: RequestOptions?
    /// Names of header fields and query parameters that carry credentials (API keys): their values never
    /// appear in ``redactedDescription(of:body:)`` or ``redactedTarget(of:)``.
    public var secretNames: Set<String>
    /// Which attempt this is, from 1: retries are visible to middlewares.
    public var attempt: Int

    public init(timeout: Duration = .seconds(60), maximumResponseBytes: Int = ClientConfiguration.defaultMaximumResponseBytes, options: RequestOptions? = nil,
                secretNames: Set<String> = [], attempt: Int = 1) {
        self.timeout = timeout
        self.maximumResponseBytes = maximumResponseBytes
        self.options = options
        self.secretNames = secretNames
        self.attempt = attempt
    }

    /// The path and query of `request`, with the values of query parameters that carry credentials redacted.
    public func redactedTarget(of request: HTTPRequest) -> String {
        let target = request.path ?? ""
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !secretNames.isEmpty else { return target }
        let secrets = Set(secretNames.map { $0.lowercased() })
        let pairs = parts[1].split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let decoded = (String(name).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(name)).lowercased()
            return secrets.contains(decoded) ? name + "=<redacted>" : String(pair)
        }
        return parts[0] + "?" + pairs.joined(separator: "&")
    }

    /// A one-line description of `request` for logs: `Authorization`, cookies, API keys and credentials in the
    /// query are shown as `<redacted>`.
    public func redactedDescription(of request: HTTPRequest, body: Data? = nil) -> String {
        let shown = request.headerFields.map { field in
            let name = field.name.canonicalName
            let secret = Self.secretFields.contains(name) || secretNames.contains { $0.lowercased() == name }
            return "\(field.name.rawName): \(secret ? "<redacted>" : field.value)"
        }.joined(separator: ", ")
        let origin = (request.scheme.map { $0 + "://" } ?? "") + (request.authority ?? "")
        return "\(request.method.rawValue) \(origin)\(redactedTarget(of: request)) [\(shown)]\(body.map { " (\($0.count) bytes)" } ?? "")"
    }

    private static let secretFields: Set<String> = ["authorization", "proxy-authorization", "cookie", "x-api-key"]
}

/// Sends requests. The generated client depends only on this protocol: tests, other HTTP stacks and
/// custom behaviour plug in here.
public protocol HTTPTransport: Sendable {
    /// Sends `request` with `body`, returning the response and its body whatever the status; throws
    /// ``TransportError`` when no response was received. `context` gives the timeout and the body's bound.
    func send(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, Data)

    /// Sends `request`, returning the response as soon as its head arrives and the body as it arrives
    /// (server-sent events, JSON Lines). `context.timeout` is the longest wait for the next bytes. The default
    /// sends and delivers the whole body as one chunk.
    func stream(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, ByteStream)
}

/// A response as the client works with it once a transport has read it.
struct ReceivedResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: Data

    init(status: Int, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    init(_ head: HTTPResponse, body: Data) {
        self.init(status: head.status.code, headers: head.headerFields.pairs, body: body)
    }

    /// The first value of a header field (names compare case-insensitively).
    func header(_ name: String) -> String? {
        HeaderFields.first(name, in: headers)
    }
}

extension HTTPFields {
    /// The fields as the client's public types carry them: in order, with each name as it was sent.
    var pairs: [(name: String, value: String)] {
        map { ($0.name.rawName, $0.value) }
    }
}

/// Header fields as messages carry them: in order, names compared case-insensitively.
enum HeaderFields {
    static func matches(_ field: String, _ name: String) -> Bool {
        field.caseInsensitiveCompare(name) == .orderedSame
    }

    /// The first value of the field `name`.
    static func first(_ name: String, in headers: [(name: String, value: String)]) -> String? {
        headers.first { matches($0.name, name) }?.value
    }
}
