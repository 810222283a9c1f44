import Foundation

/// Observes or changes requests and responses around the transport, for logging, metrics, tracing or
/// custom headers. Middlewares run in the order configured: the first sees the request first and the
/// response last. They run once per attempt, so retries are visible to them.
public protocol ClientMiddleware: Sendable {
    func intercept(
        _ request: HTTPRequest,
        next: (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}

/// Logs one line per request and per response (method, path and query, status, duration). Headers
/// are never logged, so neither is the API key.
public struct LoggingMiddleware: ClientMiddleware {
    private let log: @Sendable (String) -> Void

    public init(log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.log = log
    }

    public func intercept(
        _ request: HTTPRequest, next: (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let target = request.redactedTarget
        log("→ \(request.method) \(target)")
        let start = ContinuousClock.now
        do {
            let response = try await next(request)
            log("← \(response.status) \(request.method) \(target) (\(Self.milliseconds(ContinuousClock.now - start)) ms)")
            return response
        } catch {
            log("✕ \(request.method) \(target): \(error)")
            throw error
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// Adds fixed headers to every request (a tenant ID, a tracing header, …).
public struct HeaderMiddleware: ClientMiddleware {
    public let headers: [(name: String, value: String)]

    public init(_ headers: [(name: String, value: String)]) {
        self.headers = headers
    }

    public func intercept(
        _ request: HTTPRequest, next: (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var request = request
        for (name, value) in headers { request.setHeader(name, value) }
        return try await next(request)
    }
}
