import Foundation

/// Settings for one call only: every generated operation takes them as its last, optional argument
/// (`try await client.followUpsV2.list(incidentID: id, options: .init(timeout: .seconds(5), retryPolicy: RetryPolicy.none))`).
/// Middlewares see them in the attempt's context (``RequestContext/options``).
public struct RequestOptions: Sendable {
    /// The per-attempt timeout, instead of the client's.
    public var timeout: Duration?
    /// The retry policy, instead of the client's.
    public var retryPolicy: RetryPolicy?
    /// Header fields to send as well; one named like a generated header replaces it.
    public var headers: [(name: String, value: String)]
    /// Query items to send as well, after the operation's own.
    public var queryItems: [URLQueryItem]
    /// The largest response body accepted, instead of the client's (a large download).
    public var maximumResponseBytes: Int?

    public init(timeout: Duration? = nil, retryPolicy: RetryPolicy? = nil, headers: [(name: String, value: String)] = [],
                queryItems: [URLQueryItem] = [], maximumResponseBytes: Int? = nil) {
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.headers = headers
        self.queryItems = queryItems
        self.maximumResponseBytes = maximumResponseBytes
    }
}
