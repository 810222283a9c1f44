import Foundation

/// The engine behind every generated client: adds authentication and standard headers, sends through
/// the configured transport, and turns responses into values or typed ``ClientError``s.
public struct APIClient: Sendable {
    public let configuration: ClientConfiguration

    public init(configuration: ClientConfiguration) {
        self.configuration = configuration
    }

    /// Sends and decodes a JSON success body.
    public func send<Body: Decodable>(_ request: RequestBuilder, returning type: Body.Type) async throws(ClientError) -> Body {
        let response = try await perform(request)
        do {
            return try JSONDecoder().decode(Body.self, from: response.body)
        } catch {
            throw .decoding(DecodingFailure(status: response.status, error: error))
        }
    }

    /// Sends a request whose success response has no body worth decoding.
    public func send(_ request: RequestBuilder) async throws(ClientError) {
        _ = try await perform(request)
    }

    /// Sends and returns the raw success response.
    public func perform(_ request: RequestBuilder) async throws(ClientError) -> HTTPResponse {
        let httpRequest = try makeRequest(request)
        let response: HTTPResponse
        do {
            response = try await configuration.transport.send(httpRequest, timeout: configuration.timeout)
        } catch let error as TransportError {
            throw .transport(error)
        } catch is CancellationError {
            throw .transport(TransportError(kind: .cancelled, message: "the request was cancelled"))
        } catch {
            throw .transport(TransportError(kind: .other, message: "\(error)"))
        }
        guard (200..<300).contains(response.status) else {
            throw .http(ErrorEnvelope.failure(from: response))
        }
        return response
    }

    func makeRequest(_ request: RequestBuilder) throws(ClientError) -> HTTPRequest {
        guard let url = request.url(relativeTo: configuration.serverURL) else {
            throw .invalidRequest("cannot form a URL from \(configuration.serverURL) and \(request.path)")
        }
        var httpRequest = HTTPRequest(method: request.method, url: url)
        httpRequest.headers.append(("Accept", "application/json"))
        httpRequest.headers.append(("User-Agent", configuration.userAgent))
        if let token = configuration.bearerToken {
            guard !token.isEmpty else { throw .invalidRequest("the API key is empty") }
            httpRequest.headers.append(("Authorization", "Bearer " + token))
        }
        if let contentType = request.contentType {
            httpRequest.headers.append(("Content-Type", contentType))
        }
        for header in request.headers { httpRequest.setHeader(header.name, header.value) }
        httpRequest.body = request.body
        return httpRequest
    }
}

/// The error body incident.io-style APIs send: `type`, `status`, `request_id`, `errors`, `rate_limit`.
enum ErrorEnvelope {
    private struct Body: Decodable {
        struct RateLimit: Decodable {
            var name: String?
            var limit: Int?
            var remaining: Int?
            var retry_after: String?
        }

        var type: String?
        var request_id: String?
        var errors: [APIErrorDetail]?
        var rate_limit: RateLimit?
    }

    static func failure(from response: HTTPResponse) -> HTTPFailure {
        var failure = HTTPFailure(status: response.status, headers: response.headers, type: nil, requestID: nil,
                                  errors: [], rateLimit: nil, bodyText: nil)
        if let body = try? JSONDecoder().decode(Body.self, from: response.body),
           body.type != nil || body.errors != nil || body.request_id != nil {
            failure.type = body.type
            failure.requestID = body.request_id
            failure.errors = body.errors ?? []
            if let limit = body.rate_limit {
                failure.rateLimit = RateLimitInfo(name: limit.name, limit: limit.limit, remaining: limit.remaining,
                                                  retryAfter: limit.retry_after.flatMap(HTTPDate.parse))
            }
        } else {
            failure.bodyText = String(decoding: response.body.prefix(4096), as: UTF8.self)
        }
        return failure
    }
}
