import Foundation
import HTTPTypes

/// One call's request as the transport will see it, before credentials are added (they are added per attempt,
/// as a provider's token may change).
struct PreparedRequest: Sendable {
    var head: HTTPRequest
    var body: Data?
    var context: RequestContext

    /// Replaces every value of a header field with one value.
    mutating func setHeader(_ name: String, _ value: String) throws(ClientError) {
        guard let fieldName = HTTPField.Name(name) else {
            throw .invalidRequest("'\(name)' is not a valid header field name")
        }
        head.headerFields[fieldName] = value
    }

    /// The header field's values joined as HTTP joins them.
    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { head.headerFields[$0] }
    }

    /// Appends a percent-encoded `name=value` pair to the query.
    mutating func appendQueryItem(_ item: String) {
        let path = head.path ?? "/"
        head.path = path + (path.contains("?") ? "&" : "?") + item
    }
}

extension APIClient {
    /// The request `call` describes, with the client's standard headers and the call's own options.
    func prepare(_ call: RequestBuilder) throws(ClientError) -> PreparedRequest {
        // The call's own headers and query items go through the builder like the operation's.
        var request = call
        if let options = call.options {
            request.headers += options.headers
            for item in options.queryItems { request.addQuery(item.name, item.value ?? "") }
        }
        guard let url = request.url(relativeTo: configuration.serverURL) else {
            if let link = request.link {
                throw .invalidRequest("refusing to follow '\(link)': it is not on \(configuration.serverURL)")
            }
            throw .invalidRequest("cannot form a URL from \(configuration.serverURL) and \(request.path)")
        }
        guard let method = HTTPRequest.Method(request.method) else {
            throw .invalidRequest("'\(request.method)' is not a valid HTTP method")
        }
        let context = RequestContext(timeout: call.options?.timeout ?? configuration.timeout,
                                     maximumResponseBytes: call.options?.maximumResponseBytes ?? configuration.maximumResponseBytes,
                                     options: call.options)
        var prepared = PreparedRequest(head: HTTPRequest(method: method, url: url), body: request.body, context: context)
        try prepared.setHeader("Accept", request.accept ?? "application/json")
        try prepared.setHeader("User-Agent", configuration.userAgent)
        if let contentType = request.contentType {
            try prepared.setHeader("Content-Type", contentType)
        }
        for header in request.headers { try prepared.setHeader(header.name, header.value) }
        return prepared
    }

    /// Waits for the rate limiter's permission, when the client has one.
    func acquirePermit() async throws(ClientError) {
        guard let limiter = configuration.rateLimiter else { return }
        do {
            try await limiter.acquire()
        } catch {
            throw .transport(TransportError(kind: .cancelled, message: "cancelled while waiting for the rate limiter"))
        }
    }

    /// The failure a non-2xx response stands for, with the operation's documented error body decoded.
    func failure(from response: ReceivedResponse, documented bodies: [DocumentedErrorBody]) -> HTTPFailure {
        var failure = (configuration.errorEnvelope ?? .none).failure(from: response)
        failure.documentedBody = DocumentedErrorBody.decode(response, with: bodies)
        return failure
    }
}
