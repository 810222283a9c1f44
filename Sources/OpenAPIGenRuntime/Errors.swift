import Foundation

/// No HTTP response was received.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case connectionRefused, connectionReset, timedOut, cancelled
        /// The body was longer than ``ClientConfiguration/maximumResponseBytes``.
        case responseTooLarge
        case other
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "transport error (\(kind)): \(message)" }

    /// A body longer than `limit` bytes.
    public static func tooLarge(_ limit: Int) -> TransportError {
        TransportError(kind: .responseTooLarge, message: "the response body is longer than the limit of \(limit) bytes")
    }
}

/// One entry of an API error envelope's `errors` list.
public struct APIErrorDetail: Codable, Hashable, Sendable {
    public struct Source: Codable, Hashable, Sendable {
        public var field: String?

        public init(field: String?) {
            self.field = field
        }
    }

    public var code: String?
    public var message: String?
    public var source: Source?

    public init(code: String?, message: String?, source: Source?) {
        self.code = code
        self.message = message
        self.source = source
    }
}

/// The rate-limit block of an error body (see ``ErrorEnvelope``).
public struct RateLimitInfo: Hashable, Sendable {
    public var name: String?
    public var limit: Int?
    public var remaining: Int?
    /// When requests may resume (`retry_after`: an RFC 3339 timestamp such as `2025-04-17T11:17:18Z`, or an
    /// HTTP date such as `Thu, 17 Apr 2025 11:17:18 UTC`).
    public var retryAfter: Date?

    public init(name: String?, limit: Int?, remaining: Int?, retryAfter: Date?) {
        self.name = name
        self.limit = limit
        self.remaining = remaining
        self.retryAfter = retryAfter
    }

    /// Reads `retry_after` in either of the forms APIs write it; `nil` for anything else.
    static func parseRetryAfter(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return RFC3339.date(from: trimmed) ?? HTTPDate.parse(trimmed)
    }
}

/// Why a generated client call failed.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The server answered with a status the operation does not document as success.
    case http(HTTPFailure)
    /// A success response whose body does not match the schema.
    case decoding(DecodingFailure)
    /// No response arrived.
    case transport(TransportError)
    /// The request could not be built (e.g. an empty API key); nothing was sent.
    case invalidRequest(String)

    public var description: String {
        switch self {
        case .http(let failure): return failure.description
        case .decoding(let failure): return failure.description
        case .transport(let error): return error.description
        case .invalidRequest(let message): return "invalid request: \(message)"
        }
    }
}

/// A response with a non-success status, with what the API's ``ErrorEnvelope`` finds in its body.
public struct HTTPFailure: Sendable, CustomStringConvertible {
    public var status: Int
    public var headers: [(name: String, value: String)]
    /// The envelope's `type`, e.g. `validation_error`.
    public var type: String?
    public var requestID: String?
    public var errors: [APIErrorDetail]
    public var rateLimit: RateLimitInfo?
    /// The body as text when it is not an error envelope (truncated to 4 KiB).
    public var bodyText: String?
    /// How many attempts were made before giving up (more than 1 after retries).
    public var attempts: Int
    /// The response body, whole (as bounded by ``ClientConfiguration/maximumResponseBytes``).
    public var body: Data = Data()
    /// The body decoded as the type the operation documents for this status (its `4XX`, `default` or exact
    /// response schema); nil when it documents none or the body does not match it. ``body(as:)`` reads it.
    public var documentedBody: (any Sendable)?

    /// The body as `type`: the documented body when it is one, else the body decoded as JSON; nil when it
    /// is neither (`failure.body(as: ErrorResponse.self)?.message`).
    public func body<Body: Decodable>(as type: Body.Type) -> Body? {
        if let documented = documentedBody as? Body { return documented }
        return try? JSONDecoder().decode(Body.self, from: body)
    }

    /// True for `429 Too Many Requests`.
    public var isRateLimited: Bool { status == 429 }

    /// The first value of a response header (names compare case-insensitively).
    public func header(_ name: String) -> String? {
        HeaderFields.first(name, in: headers)
    }

    /// The allowance the `X-RateLimit-*` headers of this response report, if it carries any.
    public var rateLimitHeaders: RateLimitHeaders? { RateLimitHeaders(headers: headers) }

    public var description: String {
        var text = "HTTP \(status)"
        if let type { text += " \(type)" }
        if let requestID { text += " (request \(requestID))" }
        if attempts > 1 { text += " after \(attempts) attempts" }
        let messages = errors.compactMap { detail -> String? in
            guard let message = detail.message else { return detail.code }
            if let field = detail.source?.field { return "\(field): \(message)" }
            return message
        }
        if !messages.isEmpty { text += ": " + messages.joined(separator: "; ") }
        else if let bodyText, !bodyText.isEmpty { text += ": " + bodyText }
        return text
    }
}

/// A success body that did not decode, with the JSON path where decoding stopped.
public struct DecodingFailure: Sendable, CustomStringConvertible {
    public var status: Int
    /// The JSON path of the value that failed, e.g. `follow_ups[3].status`.
    public var path: String
    public var message: String

    public var description: String { "HTTP \(status) body did not decode at \(path.isEmpty ? "<root>" : path): \(message)" }

    init(status: Int, error: any Error) {
        self.status = status
        switch error as? DecodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = Self.render(context.codingPath)
            message = context.debugDescription
        case .keyNotFound(let key, let context):
            path = Self.render(context.codingPath + [key])
            message = "required key '\(key.stringValue)' is missing"
        default:
            path = ""
            message = "\(error)"
        }
    }

    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
