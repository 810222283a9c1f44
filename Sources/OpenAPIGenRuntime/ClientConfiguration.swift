import Foundation

/// How a generated client reaches its API.
public struct ClientConfiguration: Sendable {
    /// The server the spec declares unless you pass another (a staging server, a local test server).
    public var serverURL: URL
    /// Sent as `Authorization: Bearer <token>`. Never printed in errors or descriptions.
    public var bearerToken: String?
    public var userAgent: String
    /// Per-request timeout.
    public var timeout: Duration
    public var transport: any HTTPTransport

    public init(
        serverURL: URL, bearerToken: String? = nil, userAgent: String = "openapi-gen-client/1",
        timeout: Duration = .seconds(60), transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.serverURL = serverURL
        self.bearerToken = bearerToken
        self.userAgent = userAgent
        self.timeout = timeout
        self.transport = transport
    }
}
