import Foundation

/// How a generated client reaches its API. Its descriptions and reflection never show a credential.
public struct ClientConfiguration: Sendable {
    /// The server the spec declares unless you pass another (a staging server, a local test server).
    public var serverURL: URL
    /// Sent as `Authorization: Bearer <token>`: for every request when the document declares no security
    /// scheme, else for its `bearer`, OAuth 2 and OpenID Connect schemes that ``credentials`` has nothing
    /// for. An empty token fails before anything is sent.
    public var bearerToken: String?
    /// Credentials by the name of the security scheme each is for.
    public var credentials: Credentials
    /// The document's security schemes by name; the generated client's own unless you set others.
    public var securitySchemes: [String: SecurityScheme]
    /// The document's default security requirements (operations may declare their own).
    public var security: SecurityRequirements
    public var userAgent: String
    /// Per-attempt timeout.
    public var timeout: Duration
    public var transport: any HTTPTransport
    public var retryPolicy: RetryPolicy
    /// Applied in order around every attempt.
    public var middlewares: [any ClientMiddleware]
    /// Waits between attempts.
    public var sleeper: any RetrySleeper
    /// The current time, for turning a `retry_after` date into a delay.
    public var now: @Sendable () -> Date
    /// Where the API's error bodies keep their fields; nil for the generated client's own (from its
    /// generator configuration), ``ErrorEnvelope/none`` to read none.
    public var errorEnvelope: ErrorEnvelope?
    /// The largest response body accepted, in bytes (64 MiB unless set; ``RequestOptions`` can set it per
    /// call): a longer one fails as ``TransportError/Kind/responseTooLarge``, read no further than the bound
    /// by ``URLSessionTransport``, so a broken or hostile server cannot exhaust the app's memory.
    public var maximumResponseBytes: Int
    /// Paces every attempt of every call through this configuration (the limiter is shared by its copies);
    /// nil sends at once.
    public var rateLimiter: RateLimiter?

    /// 64 MiB: far above any JSON page of a real API, well below what a phone can spare.
    public static let defaultMaximumResponseBytes = 64 << 20

    public init(
        serverURL: URL, bearerToken: String? = nil, credentials: Credentials = Credentials(),
        securitySchemes: [String: SecurityScheme] = [:], security: SecurityRequirements = [],
        userAgent: String = "openapi-gen-client/1",
        timeout: Duration = .seconds(60), transport: any HTTPTransport = URLSessionTransport(),
        retryPolicy: RetryPolicy = .default, middlewares: [any ClientMiddleware] = [],
        sleeper: any RetrySleeper = TaskSleeper(), now: @escaping @Sendable () -> Date = { Date() },
        errorEnvelope: ErrorEnvelope? = nil, maximumResponseBytes: Int = ClientConfiguration.defaultMaximumResponseBytes,
        rateLimiter: RateLimiter? = nil
    ) {
        self.serverURL = serverURL
        self.bearerToken = bearerToken
        self.credentials = credentials
        self.securitySchemes = securitySchemes
        self.security = security
        self.userAgent = userAgent
        self.timeout = timeout
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.middlewares = middlewares
        self.sleeper = sleeper
        self.now = now
        self.errorEnvelope = errorEnvelope
        self.maximumResponseBytes = maximumResponseBytes
        self.rateLimiter = rateLimiter
    }
}

extension ClientConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "ClientConfiguration(serverURL: \(serverURL), bearerToken: \(bearerToken == nil ? "nil" : "<redacted>"), credentials: \(credentials), userAgent: \(userAgent), timeout: \(timeout), retries: \(retryPolicy.maximumAttempts - 1), middlewares: \(middlewares.count))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: [
            "serverURL": serverURL, "bearerToken": bearerToken == nil ? "nil" : "<redacted>", "credentials": credentials,
            "userAgent": userAgent,
            "timeout": timeout, "maximumAttempts": retryPolicy.maximumAttempts, "middlewares": middlewares.count,
        ])
    }
}
