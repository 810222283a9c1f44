import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
public import OpenAPIGenRuntime

/// A transport on AsyncHTTPClient (SwiftNIO), for server-side Swift: connection pooling, HTTP/2, no
/// FoundationNetworking. Pass it as a generated client's `transport`.
///
/// It reads a body no further than the request's ``HTTPRequest/maximumResponseBytes``, follows redirects
/// as its `HTTPClient` is configured to, and cancels the request when the calling task is cancelled.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient

    /// Sends through `client` (by default the process-wide `HTTPClient.shared`, which is never shut down).
    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    public func send(_ request: OpenAPIGenRuntime.HTTPRequest, timeout: Duration) async throws -> OpenAPIGenRuntime.HTTPResponse {
        let outgoing = Self.outgoing(request)
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
        do {
            let response = try await client.execute(outgoing, deadline: deadline)
            let limit = request.maximumResponseBytes ?? Int.max
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                throw TransportError.tooLarge(limit)
            }
            var collected = ByteBuffer()
            for try await chunk in response.body {
                guard collected.readableBytes + chunk.readableBytes <= limit else { throw TransportError.tooLarge(limit) }
                var chunk = chunk
                collected.writeBuffer(&chunk)
            }
            let headers = response.headers.map { (name: $0.name, value: $0.value) }
            return OpenAPIGenRuntime.HTTPResponse(status: Int(response.status.code), headers: headers,
                                                  body: Data(collected.readableBytesView))
        } catch let error as TransportError {
            throw error
        } catch {
            throw Self.classify(error)
        }
    }

    /// The head within `timeout`; the body as it arrives, read no faster than the consumer takes it (NIO's own
    /// back-pressure), and no longer once the consumer stops.
    public func stream(_ request: OpenAPIGenRuntime.HTTPRequest, timeout: Duration) async throws -> StreamedResponse {
        let outgoing = Self.outgoing(request)
        let (client, prepared) = (self.client, outgoing)
        let response: HTTPClientResponse
        do {
            response = try await withThrowingTaskGroup(of: HTTPClientResponse?.self) { group in
                // A stream may run for hours: the timeout bounds the wait for the head only.
                group.addTask { try await client.execute(prepared, deadline: .distantFuture) }
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
        } catch let error as TransportError {
            throw error
        } catch {
            throw Self.classify(error)
        }
        let body = ByteStream()
        let pump = Task {
            do {
                for try await chunk in response.body {
                    body.yield(Data(chunk.readableBytesView))
                    await body.waitForDemand()
                }
                body.finish()
            } catch {
                body.finish(throwing: Self.classify(error))
            }
        }
        body.setProducerControls(pause: nil, resume: nil, cancel: { pump.cancel() })
        let headers = response.headers.map { (name: $0.name, value: $0.value) }
        return StreamedResponse(status: Int(response.status.code), headers: headers, body: body)
    }

    /// The request as AsyncHTTPClient takes it.
    static func outgoing(_ request: OpenAPIGenRuntime.HTTPRequest) -> HTTPClientRequest {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        return outgoing
    }

    /// Maps AsyncHTTPClient's and SwiftNIO's errors onto the client's kinds.
    static func classify(_ error: any Error) -> TransportError {
        if error is CancellationError { return TransportError(kind: .cancelled, message: "the request was cancelled") }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
                 .getConnectionFromPoolTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout:
                return TransportError(kind: .timedOut, message: error.description)
            case .cancelled, .requestStreamCancelled:
                return TransportError(kind: .cancelled, message: error.description)
            case .remoteConnectionClosed:
                return TransportError(kind: .connectionReset, message: error.description)
            default:
                return TransportError(kind: .other, message: error.description)
            }
        }
        if error is NIOConnectionError { return TransportError(kind: .connectionRefused, message: "\(error)") }
        if let error = error as? IOError, [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode) {
            return TransportError(kind: .connectionRefused, message: "\(error)")
        }
        if let error = error as? IOError, [ECONNRESET, EPIPE].contains(error.errnoCode) {
            return TransportError(kind: .connectionReset, message: "\(error)")
        }
        return TransportError(kind: .other, message: "\(error)")
    }
}
