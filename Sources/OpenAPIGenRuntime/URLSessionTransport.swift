import Foundation
import HTTPTypes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport, on `URLSession` (FoundationNetworking on Linux).
///
/// By default it sends through a session of its own whose delegate sees the body as it arrives, so a body
/// longer than the call's ``RequestContext/maximumResponseBytes`` is cut off there (by its `Content-Length`
/// before any of it is read, else as soon as the bound is passed) and cancelling the calling task cancels
/// the request. A session you pass is used as it is: it reads whole bodies, which the client then checks.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let delegate: SessionDelegate?

    /// Sends through one process-wide session with the default configuration.
    public init() {
        (session, delegate) = (SessionDelegate.shared.session, SessionDelegate.shared)
    }

    /// Sends through a new session with `configuration` (proxies, cookies, caches, TLS settings).
    public init(configuration: URLSessionConfiguration) {
        let delegate = SessionDelegate(configuration: configuration)
        (session, self.delegate) = (delegate.session, delegate)
    }

    /// Sends through `session`, reading whole bodies.
    public init(session: URLSession) {
        (self.session, delegate) = (session, nil)
    }

    public func send(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, Data) {
        let timeout = context.timeout
        let seconds = timeout.inSeconds
        guard seconds < 1 else { return try await send(request, body: body, context: context, timeoutInterval: seconds) }
        // FoundationNetworking counts a timeout in whole seconds, so one under a second fails at once: such a
        // timeout is kept by racing the request against a timer instead.
        return try await raceAgainstTimeout(timeout) { try await send(request, body: body, context: context, timeoutInterval: 1) }
    }

    public func stream(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, ByteStream) {
        guard let delegate else {
            let (response, data) = try await send(request, body: body, context: context)
            return (response, ByteStream(data))
        }
        // A stream gets a session of its own: its delegate callbacks run on one serial queue, and a fast stream
        // would otherwise hold up every other call's behind its own. The session ends with the stream.
        let own = SessionDelegate(configuration: delegate.session.configuration)
        let urlRequest = try Self.urlRequest(request, body: body, timeoutInterval: max(1, context.timeout.inSeconds))
        let (response, stream) = try await own.stream(for: urlRequest, limit: context.maximumResponseBytes, endsSession: true)
        guard let http = response as? HTTPURLResponse else {
            stream.cancel()
            throw TransportError(kind: .other, message: "the response is not an HTTP response")
        }
        return (Self.response(http), stream)
    }

    static func urlRequest(_ request: HTTPRequest, body: Data?, timeoutInterval: Double) throws -> URLRequest {
        guard let url = request.url else {
            throw TransportError(kind: .other, message: "the request has no URL (scheme, authority and path)")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = timeoutInterval
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        urlRequest.httpBody = body
        return urlRequest
    }

    /// The response's head; fields are sorted by name, as Foundation keeps them in a dictionary.
    static func response(_ http: HTTPURLResponse) -> HTTPResponse {
        var fields: [(name: HTTPField.Name, value: String)] = []
        for (name, value) in http.allHeaderFields {
            // Foundation has already parsed the fields: a name it kept that HTTP would refuse is dropped.
            if let fieldName = HTTPField.Name("\(name)") { fields.append((fieldName, "\(value)")) }
        }
        fields.sort { $0.name.canonicalName < $1.name.canonicalName }
        return HTTPResponse(status: .init(code: http.statusCode), headerFields: HTTPFields(fields.map { HTTPField(name: $0.name, value: $0.value) }))
    }

    private func send(_ request: HTTPRequest, body: Data?, context: RequestContext, timeoutInterval: Double) async throws -> (HTTPResponse, Data) {
        let urlRequest = try Self.urlRequest(request, body: body, timeoutInterval: timeoutInterval)
        let (data, response): (Data, URLResponse)
        if let delegate {
            (data, response) = try await delegate.data(for: urlRequest, limit: context.maximumResponseBytes)
        } else {
            do {
                (data, response) = try await session.data(for: urlRequest)
            } catch {
                throw TransportError(error)
            }
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError(kind: .other, message: "the response is not an HTTP response")
        }
        return (Self.response(http), data)
    }
}

/// A session's delegate that collects each task's body as it arrives, holding it to the task's bound.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    static let shared = SessionDelegate(configuration: .default)

    /// What one task has received so far and who waits for it.
    private struct Pending {
        var continuation: CheckedContinuation<(Data, URLResponse), any Error>?
        var limit: Int?
        var data = Data()
        var response: URLResponse?
        var tooLarge = false
        /// A streamed task: who waits for the head, and where the body goes.
        var head: CheckedContinuation<(URLResponse, ByteStream), any Error>?
        var body: ByteStream?
    }

    // The session keeps its delegate alive; the delegate owns the session it was made for.
    private(set) var session: URLSession!
    private let lock = NSLock()
    private var pending: [Int: Pending] = [:]
    /// A stream's own session is invalidated once its task ends, which releases this delegate.
    private var endsSessionWhenIdle = false

    init(configuration: URLSessionConfiguration) {
        super.init()
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func data(for request: URLRequest, limit: Int?) async throws -> (Data, URLResponse) {
        let task = session.dataTask(with: request)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                lock.withLock { pending[task.taskIdentifier] = Pending(continuation: continuation, limit: limit) }
                // Cancelled before it started: the handler found nothing to answer.
                if Task.isCancelled {
                    let state = lock.withLock { pending.removeValue(forKey: task.taskIdentifier) }
                    state?.continuation?.resume(throwing: TransportError(kind: .cancelled, message: "the request was cancelled"))
                    return
                }
                task.resume()
            }
        } onCancel: {
            // FoundationNetworking may report a cancelled task only when the server answers: the caller is
            // answered now, and the task is cancelled for the connection's sake.
            let state = lock.withLock { pending.removeValue(forKey: task.taskIdentifier) }
            state?.continuation?.resume(throwing: TransportError(kind: .cancelled, message: "the request was cancelled"))
            task.cancel()
        }
    }

    /// Starts a task whose body is handed on as it arrives; returns once the status and headers are in.
    func stream(for request: URLRequest, limit: Int, endsSession: Bool = false) async throws -> (URLResponse, ByteStream) {
        if endsSession { endsSessionWhenIdle = true }
        let task = session.dataTask(with: request)
        #if canImport(FoundationNetworking)
        // FoundationNetworking neither pauses a suspended transfer nor resumes it cleanly (a resumed task
        // can deliver bytes out of order), so on Linux the stream is never paused; what the reader has not
        // taken yet is held to the response bound instead.
        let body = ByteStream(maximumBufferedBytes: limit)
        body.setProducerControls(pause: nil, resume: nil, cancel: { task.cancel() })
        #else
        let body = ByteStream()
        body.setProducerControls(pause: { task.suspend() }, resume: { task.resume() }, cancel: { task.cancel() })
        #endif
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                lock.withLock {
                    var state = Pending(continuation: nil, limit: nil)
                    state.head = continuation
                    state.body = body
                    pending[task.taskIdentifier] = state
                }
                if Task.isCancelled {
                    let state = lock.withLock { pending.removeValue(forKey: task.taskIdentifier) }
                    state?.head?.resume(throwing: TransportError(kind: .cancelled, message: "the request was cancelled"))
                    return
                }
                task.resume()
            }
        } onCancel: {
            // Only the wait for the head is cancelled here; the body is the consumer's to cancel.
            let head = lock.withLock { () -> CheckedContinuation<(URLResponse, ByteStream), any Error>? in
                guard let state = pending[task.taskIdentifier], let head = state.head else { return nil }
                pending.removeValue(forKey: task.taskIdentifier)
                return head
            }
            if let head {
                head.resume(throwing: TransportError(kind: .cancelled, message: "the request was cancelled"))
                task.cancel()
            }
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let streamed = lock.withLock { () -> (CheckedContinuation<(URLResponse, ByteStream), any Error>, ByteStream)? in
            guard var state = pending[dataTask.taskIdentifier], let head = state.head, let body = state.body else { return nil }
            state.head = nil
            pending[dataTask.taskIdentifier] = state
            return (head, body)
        }
        if let (head, body) = streamed {
            completionHandler(.allow)
            head.resume(returning: (response, body))
            return
        }
        let allowed = lock.withLock { () -> Bool in
            guard var state = pending[dataTask.taskIdentifier] else { return true }
            state.response = response
            if let limit = state.limit, response.expectedContentLength > Int64(limit) { state.tooLarge = true }
            pending[dataTask.taskIdentifier] = state
            return !state.tooLarge
        }
        completionHandler(allowed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        if let body = lock.withLock({ pending[dataTask.taskIdentifier]?.body }) {
            body.yield(data)
            return
        }
        let overLimit = lock.withLock { () -> Bool in
            guard var state = pending[dataTask.taskIdentifier], !state.tooLarge else { return false }
            if let limit = state.limit, state.data.count + data.count > limit {
                state.tooLarge = true
                state.data = Data()
            } else {
                state.data.append(data)
            }
            pending[dataTask.taskIdentifier] = state
            return state.tooLarge
        }
        if overLimit { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        defer {
            if lock.withLock({ endsSessionWhenIdle && pending.isEmpty }) { session.finishTasksAndInvalidate() }
        }
        guard let state = lock.withLock({ pending.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let body = state.body {
            let failure = error.map { TransportError($0) }
            if let head = state.head {
                head.resume(throwing: failure ?? TransportError(kind: .other, message: "the request ended without a response"))
            }
            body.finish(throwing: failure)
            return
        }
        guard let continuation = state.continuation else { return }
        if state.tooLarge, let limit = state.limit {
            continuation.resume(throwing: TransportError.tooLarge(limit))
        } else if let error {
            continuation.resume(throwing: TransportError(error))
        } else if let response = state.response ?? task.response {
            continuation.resume(returning: (state.data, response))
        } else {
            continuation.resume(throwing: TransportError(kind: .other, message: "the request ended without a response"))
        }
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
