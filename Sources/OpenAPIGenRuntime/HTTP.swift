import Foundation

/// An HTTP request as the client hands it to a transport.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// Header fields in the order they were added; names compare case-insensitively.
    public var headers: [(name: String, value: String)]
    public var body: Data?

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
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
        return "\(method) \(url.absoluteString) [\(shown)]\(body.map { " (\($0.count) bytes)" } ?? "")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["method": method, "url": url, "headers": redactedHeaders.map { "\($0.name): \($0.value)" },
                                "bodyBytes": body?.count ?? 0])
    }

    private var redactedHeaders: [(name: String, value: String)] {
        headers.map { header in
            let secret = ["authorization", "proxy-authorization", "cookie", "x-api-key"].contains(header.name.lowercased())
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
