import Foundation
import HTTPTypes

/// Observes or changes requests and responses around the transport, for logging, metrics, tracing or
/// custom headers. Middlewares run in the order configured: the first sees the request first and the
/// response last. They run once per attempt (``RequestContext/attempt``), so retries are visible to them.
///
/// Requests and responses are swift-http-types' `HTTPRequest` and `HTTPResponse`, so a middleware written
/// for Apple's OpenAPI runtime adapts by passing the body through as `Data`.
public protocol ClientMiddleware: Sendable {
    func intercept(
        _ request: HTTPRequest,
        body: Data?,
        context: RequestContext,
        next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data)
}

/// Logs one line per request and per response (method, path and query, status, duration). Headers
/// are never logged, so neither is the API key.
public struct LoggingMiddleware: ClientMiddleware {
    private let log: @Sendable (String) -> Void

    public init(log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.log = log
    }

    public func intercept(
        _ request: HTTPRequest, body: Data?, context: RequestContext,
        next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        let target = context.redactedTarget(of: request)
        let method = request.method.rawValue
        log("→ \(method) \(target)")
        let start = ContinuousClock.now
        do {
            let (response, responseBody) = try await next(request, body)
            log("← \(response.status.code) \(method) \(target) (\(Self.milliseconds(ContinuousClock.now - start)) ms)")
            return (response, responseBody)
        } catch {
            log("✕ \(method) \(target): \(error)")
            throw error
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// Adds fixed headers to every request (a tenant ID, a tracing header, …), replacing any of the same name.
public struct HeaderMiddleware: ClientMiddleware {
    public let headerFields: HTTPFields

    public init(_ headerFields: HTTPFields) {
        self.headerFields = headerFields
    }

    public func intercept(
        _ request: HTTPRequest, body: Data?, context: RequestContext,
        next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        var request = request
        var replaced: [HTTPField.Name] = []
        for field in headerFields where !replaced.contains(field.name) {
            replaced.append(field.name)
            request.headerFields[fields: field.name] = headerFields[fields: field.name]
        }
        return try await next(request, body)
    }
}
