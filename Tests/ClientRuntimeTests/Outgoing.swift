import Foundation
import HTTPTypes
import OpenAPIGenRuntime

/// A request as the tests hand it to a transport directly, written the short way.
struct Outgoing: Sendable {
    var head: HTTPTypes.HTTPRequest
    var body: Data?
    var limit: Int

    init(method: String = "GET", url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil, limit: Int? = nil) {
        var fields = HTTPFields()
        for (name, value) in headers { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        head = HTTPTypes.HTTPRequest(method: HTTPTypes.HTTPRequest.Method(method)!, url: url, headerFields: fields)
        self.body = body
        self.limit = limit ?? 64 << 20
    }
}

/// A transport's answer with its body, read the short way.
struct Received: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

extension HTTPTransport {
    func send(_ request: Outgoing, timeout: Duration) async throws -> Received {
        let context = RequestContext(timeout: timeout, maximumResponseBytes: request.limit)
        let (response, body) = try await send(request.head, body: request.body, context: context)
        return Received(status: response.status.code, headers: response.headerFields.map { ($0.name.rawName, $0.value) }, body: body)
    }
}
