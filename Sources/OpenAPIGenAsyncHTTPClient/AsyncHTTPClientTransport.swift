import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
public import HTTPTypes
public import OpenAPIGenRuntime

/// A transport on AsyncHTTPClient (SwiftNIO), for server-side Swift: connection pooling, HTTP/2, no
/// FoundationNetworking. Pass it as a generated client's `transport`.
///
/// It reads a body no further than the call's `RequestContext.maximumResponseBytes`, follows redirects
/// as its `HTTPClient` is configured to, and cancels the request when the calling task is cancelled.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient

    /// Sends through `client` (by default the process-wide `HTTPClient.shared`, which is never shut down).
    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    public func send(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, Data) {
        let outgoing = try Self.outgoing(request, body: body)
        let timeout = context.timeout
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
        do {
            let response = try await client.execute(outgoing, deadline: deadline)
            let limit = context.maximumResponseBytes
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                throw TransportError.tooLarge(limit)
            }
            var collected = ByteBuffer()
            for try await chunk in response.body {
                guard collected.readableBytes + chunk.readableBytes <= limit else { throw TransportError.tooLarge(limit) }
                var chunk = chunk
                collected.writeBuffer(&chunk)
            }
            return (Self.head(response), Data(collected.readableBytesView))
        } catch let error as TransportError {
            throw error
        } catch {
            throw Self.classify(error)
        }
    }

    /// The head within `timeout`; the body as it arrives, read no faster than the consumer takes it (NIO's own
    /// back-pressure), and no longer once the consumer stops.
    public func stream(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, ByteStream) {
        let outgoing = try Self.outgoing(request, body: body)
        let timeout = context.timeout
        let (client, prepared) = (self.client, outgoing)
        let response: HTTPClientResponse
        do {
            // A stream may run for hours: the timeout bounds the wait for the head only.
            response = try await raceAgainstTimeout(timeout) { try await client.execute(prepared, deadline: .distantFuture) }
        } catch let error as TransportError {
            throw error
        } catch {
            throw Self.classify(error)
        }
        let stream = ByteStream()
        let pump = Task {
            do {
                for try await chunk in response.body {
                    stream.yield(Data(chunk.readableBytesView))
                    await stream.waitForDemand()
                }
                stream.finish()
            } catch {
                stream.finish(throwing: Self.classify(error))
            }
        }
        stream.setProducerControls(pause: nil, resume: nil, cancel: { pump.cancel() })
        return (Self.head(response), stream)
    }

    /// The request as AsyncHTTPClient takes it.
    static func outgoing(_ request: HTTPRequest, body: Data?) throws -> HTTPClientRequest {
        guard let url = request.url else {
            throw TransportError(kind: .other, message: "the request has no URL (scheme, authority and path)")
        }
        var outgoing = HTTPClientRequest(url: url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        return outgoing
    }

    /// The response's head as swift-http-types has it; a field name HTTP refuses is dropped.
    static func head(_ response: HTTPClientResponse) -> HTTPResponse {
        var fields = HTTPFields()
        for header in response.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        return HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields)
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
