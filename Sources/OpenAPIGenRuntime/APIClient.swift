import Foundation
import HTTPTypes

/// The engine behind every generated client: adds authentication and standard headers, sends through
/// the configured middlewares and transport, retries per ``RetryPolicy``, and turns responses into
/// values or typed ``ClientError``s.
public struct APIClient: Sendable, CustomReflectable {
    public let configuration: ClientConfiguration

    public init(configuration: ClientConfiguration) {
        self.configuration = configuration
    }

    public var customMirror: Mirror { Mirror(self, children: ["configuration": configuration]) }

    /// Sends and decodes a JSON success body.
    public func send<Body: Decodable & Sendable>(_ request: RequestBuilder, returning type: Body.Type) async throws(ClientError) -> Body {
        try await response(request, returning: type).body
    }

    /// Sends and decodes a JSON success body, returning it with the response's status and headers.
    public func response<Body: Decodable & Sendable>(_ request: RequestBuilder, returning type: Body.Type) async throws(ClientError) -> APIResponse<Body> {
        let response = try await perform(request)
        do {
            let body = try JSONDecoder().decode(Body.self, from: response.body)
            return APIResponse(body: body, status: response.status, headers: response.headers)
        } catch {
            var failure = DecodingFailure(status: response.status, error: error)
            if response.body.isEmpty {
                failure.message = "the response body is empty"
            } else if let type = response.header("Content-Type"), !Self.isJSON(type) {
                failure.message = "the response is '\(type)', not JSON (\(failure.message))"
            }
            throw .decoding(failure)
        }
    }

    static func isJSON(_ contentType: String) -> Bool {
        let base = contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }

    /// Sends a request whose success response has no body worth decoding.
    public func send(_ request: RequestBuilder) async throws(ClientError) {
        _ = try await perform(request)
    }

    /// Sends a request whose success response has no body worth decoding, returning its status and headers.
    public func response(_ request: RequestBuilder) async throws(ClientError) -> APIResponse<Void> {
        let response = try await perform(request)
        return APIResponse(body: (), status: response.status, headers: response.headers)
    }

    /// Sends a request whose success body is not JSON, returning the bytes with the status and headers.
    public func dataResponse(_ request: RequestBuilder) async throws(ClientError) -> APIResponse<Data> {
        let response = try await perform(request)
        return APIResponse(body: response.body, status: response.status, headers: response.headers)
    }

    /// Sends and returns the raw success response, retrying as ``RetryPolicy`` says.
    func perform(_ call: RequestBuilder) async throws(ClientError) -> ReceivedResponse {
        let unauthorized = try prepare(call)
        let authorization = try Authorization(for: call, configuration: configuration)
        var request = unauthorized
        var secrets = try await authorization.apply(to: &request, refresh: false)
        var refreshed = false
        let policy = call.options?.retryPolicy ?? configuration.retryPolicy
        // A write carrying an idempotency key is as safe to repeat as a GET.
        let idempotent = RetryPolicy.isIdempotent(request.head.method.rawValue) || call.idempotencyKey != nil
        var attempt = 1
        while true {
            if Task.isCancelled { throw .transport(TransportError(kind: .cancelled, message: "the task was cancelled")) }
            try await acquirePermit()
            request.context.attempt = attempt
            let response: ReceivedResponse
            do {
                response = try await send(request)
            } catch {
                // A transport's message may quote the URL, and with it an API key sent in the query.
                let error = TransportError(kind: error.kind, message: Self.scrub(error.message, secrets))
                if attempt < policy.maximumAttempts, idempotent, policy.retriesTransportErrors,
                   error.kind != .cancelled, error.kind != .responseTooLarge {
                    try await wait(policy.backoff(after: attempt))
                    attempt += 1
                    continue
                }
                throw .transport(error)
            }
            // An access token may have expired: one fresh token and one more try, outside the retry policy.
            if response.status == 401, authorization.refreshable, !refreshed {
                refreshed = true
                request = unauthorized
                secrets = try await authorization.apply(to: &request, refresh: true)
                continue
            }
            if let limiter = configuration.rateLimiter {
                await limiter.observe(status: response.status, headers: response.headers,
                                      retryAfter: Self.retryAfterHeader(response), now: configuration.now())
            }
            if (200..<300).contains(response.status) { return response }
            var failure = failure(from: response, documented: call.errorBodies)
            failure.attempts = attempt
            if attempt < policy.maximumAttempts {
                if response.status == 429 {
                    var delay = policy.backoff(after: attempt)
                    if let requested = requestedDelay(failure, response), requested > delay { delay = requested }
                    // Waiting longer than the policy allows is giving up: report the limit now.
                    if delay <= policy.maximumDelay {
                        try await wait(delay)
                        attempt += 1
                        continue
                    }
                } else if response.status >= 500, idempotent, policy.retriesServerErrors {
                    try await wait(policy.backoff(after: attempt))
                    attempt += 1
                    continue
                }
            }
            throw .http(failure)
        }
    }

    /// One attempt through the middlewares and the transport.
    private func send(_ request: PreparedRequest) async throws(TransportError) -> ReceivedResponse {
        let middlewares = configuration.middlewares
        let transport = configuration.transport
        let context = request.context
        func call(_ index: Int, _ head: HTTPRequest, _ body: Data?) async throws -> (HTTPResponse, Data) {
            guard index < middlewares.count else { return try await transport.send(head, body: body, context: context) }
            return try await middlewares[index].intercept(head, body: body, context: context) { try await call(index + 1, $0, $1) }
        }
        do {
            let (response, body) = try await call(0, request.head, request.body)
            // Transports that cannot stop early are held to the bound here.
            guard body.count <= context.maximumResponseBytes else { throw TransportError.tooLarge(context.maximumResponseBytes) }
            return ReceivedResponse(response, body: body)
        } catch let error as TransportError {
            throw error
        } catch is CancellationError {
            throw TransportError(kind: .cancelled, message: "the request was cancelled")
        } catch {
            throw TransportError(kind: .other, message: "\(error)")
        }
    }

    private func wait(_ delay: Duration) async throws(ClientError) {
        do {
            try await configuration.sleeper.sleep(for: delay)
        } catch {
            throw .transport(TransportError(kind: .cancelled, message: "cancelled while waiting to retry"))
        }
    }

    /// How long the server asked to wait: the `Retry-After` header, else the envelope's `retry_after`.
    /// The header comes first because a number of seconds does not depend on the two clocks agreeing.
    private func requestedDelay(_ failure: HTTPFailure, _ response: ReceivedResponse) -> Duration? {
        let now = configuration.now()
        func delay(until date: Date) -> Duration {
            .milliseconds(max(0, Int64((date.timeIntervalSince(now) * 1_000).rounded(.up))))
        }
        if let header = response.header("Retry-After")?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Int64(header) { return .seconds(max(0, seconds)) }
            if let date = HTTPDate.parse(header) { return delay(until: date) }
        }
        return failure.rateLimit?.retryAfter.map(delay(until:))
    }

    /// `Retry-After` as a number of seconds.
    private static func retryAfterHeader(_ response: ReceivedResponse) -> Duration? {
        response.header("Retry-After").flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }.map { .seconds(max(0, $0)) }
    }

    static func scrub(_ message: String, _ secrets: [String]) -> String {
        secrets.reduce(message) { text, secret in
            secret.isEmpty ? text : text.replacingOccurrences(of: secret, with: "<redacted>")
                .replacingOccurrences(of: PercentEncoding.encode(secret), with: "<redacted>")
        }
    }
}
