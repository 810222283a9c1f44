import Foundation

/// A success response's decoded body together with what came with it: status, headers and request id.
/// Every generated operation has a `…WithResponse` twin that returns this; the plain method returns `body`.
public struct APIResponse<Body: Sendable>: Sendable {
    public var body: Body
    public var status: Int
    /// Header fields as received, in order; use ``header(_:)`` to look one up.
    public var headers: [(name: String, value: String)]

    public init(body: Body, status: Int, headers: [(name: String, value: String)]) {
        self.body = body
        self.status = status
        self.headers = headers
    }

    /// The first value of a header field (names compare case-insensitively), e.g. `X-RateLimit-Remaining`.
    public func header(_ name: String) -> String? {
        HeaderFields.first(name, in: headers)
    }

    /// The server's id for this request (`X-Request-Id`, or `Request-Id`), for support tickets and logs.
    public var requestID: String? { header("X-Request-Id") ?? header("Request-Id") }

    /// The allowance the `X-RateLimit-*` headers of this response report, if it carries any.
    public var rateLimitHeaders: RateLimitHeaders? { RateLimitHeaders(headers: headers) }

    /// The same response with another body.
    public func map<Other: Sendable>(_ transform: (Body) throws -> Other) rethrows -> APIResponse<Other> {
        APIResponse<Other>(body: try transform(body), status: status, headers: headers)
    }
}
