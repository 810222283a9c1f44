import Foundation

/// An HTTP request as the client hands it to a transport.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// Header fields in the order they were added; names compare case-insensitively.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    /// Names of header fields and query parameters that carry credentials (API keys): their values never
    /// appear in descriptions, dumps or logs built from the request.
    public var secretNames: Set<String> = []
    /// The caller's settings for this call, for middlewares to read.
    public var options: RequestOptions?
    /// The largest response body the client accepts, in bytes: a transport stops reading beyond it and
    /// throws ``TransportError/Kind/responseTooLarge`` (the client checks again whatever the transport does).
    public var maximumResponseBytes: Int?

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The path and query, with the values of query parameters that carry credentials redacted.
    public var redactedTarget: String {
        let path = url.path
        guard let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedQuery else { return path }
        guard !secretNames.isEmpty else { return path + "?" + query }
        let secrets = Set(secretNames.map { $0.lowercased() })
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let decoded = (String(name).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(name)).lowercased()
            return secrets.contains(decoded) ? name + "=<redacted>" : String(pair)
        }
        return path + "?" + pairs.joined(separator: "&")
    }

    /// The first value of a header field.
    public func header(_ name: String) -> String? {
        HeaderFields.first(name, in: headers)
    }

    /// Replaces every value of a header field with one value.
    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { HeaderFields.matches($0.name, name) }
        headers.append((name, value))
    }
}

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `Authorization` values never appear in descriptions, dumps or logs built from them.
    public var description: String {
        let shown = redactedHeaders.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
        let origin = url.scheme.map { $0 + "://" } ?? ""
        let host = (url.host ?? "") + (url.port.map { ":\($0)" } ?? "")
        return "\(method) \(origin)\(host)\(redactedTarget) [\(shown)]\(body.map { " (\($0.count) bytes)" } ?? "")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["method": method, "url": redactedTarget, "headers": redactedHeaders.map { "\($0.name): \($0.value)" },
                                "bodyBytes": body?.count ?? 0])
    }

    private var redactedHeaders: [(name: String, value: String)] {
        headers.map { header in
            let name = header.name.lowercased()
            let secret = ["authorization", "proxy-authorization", "cookie", "x-api-key"].contains(name)
                || secretNames.contains { $0.lowercased() == name }
            return (header.name, secret ? "<redacted>" : header.value)
        }
    }
}

/// An HTTP response as a transport returns it.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header field (names compare case-insensitively).
    public func header(_ name: String) -> String? {
        HeaderFields.first(name, in: headers)
    }
}

/// Sends requests. The generated client depends only on this protocol: tests, other HTTP stacks and
/// custom behaviour plug in here.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, returning the response whatever its status; throws ``TransportError`` when no
    /// response was received.
    func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse

    /// Sends `request`, returning the status and headers as soon as they arrive and the body as it arrives
    /// (server-sent events, JSON Lines). `timeout` is the longest wait for the next bytes. The default sends
    /// and delivers the whole body as one chunk.
    func stream(_ request: HTTPRequest, timeout: Duration) async throws -> StreamedResponse
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
