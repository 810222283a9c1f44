import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport, on `URLSession` (FoundationNetworking on Linux).
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        guard seconds < 1 else { return try await send(request, timeoutInterval: seconds) }
        // FoundationNetworking counts a timeout in whole seconds, so one under a second fails at once: such a
        // timeout is kept by racing the request against a timer instead.
        return try await withThrowingTaskGroup(of: HTTPResponse?.self) { group in
            group.addTask { try await send(request, timeoutInterval: 1) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let response = try await group.next() ?? nil else {
                throw TransportError(kind: .timedOut, message: "no response within \(timeout)")
            }
            return response
        }
    }

    private func send(_ request: HTTPRequest, timeoutInterval: Double) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = timeoutInterval
        for (name, value) in request.headers {
            urlRequest.addValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch {
            throw TransportError(error)
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError(kind: .other, message: "the response is not an HTTP response")
        }
        var headers: [(String, String)] = []
        for (name, value) in http.allHeaderFields {
            headers.append(("\(name)", "\(value)"))
        }
        headers.sort { $0.0.lowercased() < $1.0.lowercased() }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}

extension TransportError {
    /// Classifies a URLSession error.
    init(_ error: any Error) {
        if error is CancellationError {
            self.init(kind: .cancelled, message: "the request was cancelled")
            return
        }
        let nsError = error as NSError
        guard nsError.domain == NSURLErrorDomain else {
            self.init(kind: .other, message: nsError.localizedDescription)
            return
        }
        let kind: Kind
        switch nsError.code {
        case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: kind = .connectionRefused
        case NSURLErrorNetworkConnectionLost: kind = .connectionReset
        case NSURLErrorTimedOut: kind = .timedOut
        case NSURLErrorCancelled: kind = .cancelled
        default: kind = .other
        }
        self.init(kind: kind, message: nsError.localizedDescription)
    }
}
