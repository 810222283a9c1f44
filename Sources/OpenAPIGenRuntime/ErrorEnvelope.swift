import Foundation

/// Where an API's error bodies keep what ``HTTPFailure`` reports: dotted paths of JSON keys
/// (`rate_limit.retry_after`). Facts about one API: a generated client gets them from its generator
/// configuration (`errorEnvelope:`), and a path left nil is not read.
public struct ErrorEnvelope: Sendable, Hashable {
    /// The error's kind (``HTTPFailure/type``), e.g. `type`.
    public var type: String?
    /// The request's id (``HTTPFailure/requestID``), e.g. `request_id`.
    public var requestID: String?
    /// The list of individual errors (``HTTPFailure/errors``), e.g. `errors`; within each item, its code,
    /// message and the request field it concerns.
    public var errors: String?
    public var errorCode: String?
    public var errorMessage: String?
    public var errorField: String?
    /// The rate-limit object (``HTTPFailure/rateLimit``), e.g. `rate_limit`; within it, the limit's name, its
    /// size, what remains, and when requests may resume (an RFC 3339 timestamp or an HTTP date).
    public var rateLimit: String?
    public var rateLimitName: String?
    public var rateLimitLimit: String?
    public var rateLimitRemaining: String?
    public var rateLimitRetryAfter: String?

    public init(type: String? = nil, requestID: String? = nil, errors: String? = nil, errorCode: String? = nil,
                errorMessage: String? = nil, errorField: String? = nil, rateLimit: String? = nil, rateLimitName: String? = nil,
                rateLimitLimit: String? = nil, rateLimitRemaining: String? = nil, rateLimitRetryAfter: String? = nil) {
        self.type = type
        self.requestID = requestID
        self.errors = errors
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.errorField = errorField
        self.rateLimit = rateLimit
        self.rateLimitName = rateLimitName
        self.rateLimitLimit = rateLimitLimit
        self.rateLimitRemaining = rateLimitRemaining
        self.rateLimitRetryAfter = rateLimitRetryAfter
    }

    /// Reads nothing: every error body is kept as text.
    public static let none = ErrorEnvelope()

    /// The failure a response is, with what the envelope finds in its body. A body that is not a JSON
    /// object with at least one of the envelope's top-level fields is kept as text (at most 4 KiB).
    func failure(from response: ReceivedResponse) -> HTTPFailure {
        var failure = HTTPFailure(status: response.status, headers: response.headers, type: nil, requestID: nil,
                                  errors: [], rateLimit: nil, bodyText: nil, attempts: 1, body: response.body)
        let topLevel = [type, requestID, errors].compactMap { $0 }
        guard !topLevel.isEmpty, let body = try? JSONDecoder().decode(JSONValue.self, from: response.body), case .object = body,
              topLevel.contains(where: { Self.value(at: $0, in: body) != nil }) else {
            failure.bodyText = String(decoding: response.body.prefix(4096), as: UTF8.self)
            return failure
        }
        failure.type = type.flatMap { Self.string(at: $0, in: body) }
        failure.requestID = requestID.flatMap { Self.string(at: $0, in: body) }
        if let errors, case .array(let items)? = Self.value(at: errors, in: body) {
            failure.errors = items.map { item in
                APIErrorDetail(code: errorCode.flatMap { Self.string(at: $0, in: item) },
                               message: errorMessage.flatMap { Self.string(at: $0, in: item) },
                               source: errorField.flatMap { Self.string(at: $0, in: item) }.map { APIErrorDetail.Source(field: $0) })
            }
        }
        if let rateLimit, let limit = Self.value(at: rateLimit, in: body), case .object = limit {
            failure.rateLimit = RateLimitInfo(
                name: rateLimitName.flatMap { Self.string(at: $0, in: limit) },
                limit: rateLimitLimit.flatMap { Self.integer(at: $0, in: limit) },
                remaining: rateLimitRemaining.flatMap { Self.integer(at: $0, in: limit) },
                retryAfter: rateLimitRetryAfter.flatMap { Self.string(at: $0, in: limit) }.flatMap(RateLimitInfo.parseRetryAfter))
        }
        return failure
    }

    private static func value(at path: String, in value: JSONValue) -> JSONValue? {
        var current = value
        for key in path.split(separator: ".") {
            guard case .object(let members) = current, let next = members[String(key)] else { return nil }
            current = next
        }
        return current == .null ? nil : current
    }

    private static func string(at path: String, in value: JSONValue) -> String? {
        if case .string(let text)? = self.value(at: path, in: value) { return text }
        return nil
    }

    private static func integer(at path: String, in value: JSONValue) -> Int? {
        switch self.value(at: path, in: value) {
        case .integer(let number)?: return Int(exactly: number)
        case .number(let number)?: return Int(exactly: number)
        default: return nil
        }
    }
}
