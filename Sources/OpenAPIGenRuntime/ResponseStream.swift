import Foundation
import HTTPTypes

/// A response whose body arrives over time: the status and headers at once, the body as chunks of bytes.
public struct StreamedResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: ByteStream

    public init(status: Int, headers: [(name: String, value: String)], body: ByteStream) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header field (names compare case-insensitively).
    public func header(_ name: String) -> String? {
        HeaderFields.first(name, in: headers)
    }
}

/// A body's bytes as they arrive, with back-pressure: a producer that runs ahead of the consumer by more than
/// ``highWater`` bytes is asked to pause (a transport suspends its connection), and to resume once the
/// consumer has caught up, so memory stays flat however long the stream is.
///
/// One consumer iterates it. Ending the iteration early (or cancelling the consuming task) calls the
/// producer's cancellation, which closes the connection.
public final class ByteStream: AsyncSequence, @unchecked Sendable {
    public typealias Element = Data

    /// Bytes buffered before the producer is paused.
    public let highWater: Int
    /// Bytes buffered past which the stream fails with ``TransportError/Kind/responseTooLarge`` instead of
    /// growing: the bound for producers that cannot pause (FoundationNetworking's transfers); nil for none.
    public let maximumBufferedBytes: Int?
    private let lock = NSLock()
    private var chunks: [Data] = []
    private var head = 0
    private var buffered = 0
    private var peak = 0
    private var finished = false
    private var failure: (any Error)?
    private var waiter: CheckedContinuation<Data?, any Error>?
    private var demandWaiter: CheckedContinuation<Void, Never>?
    private var paused = false
    private var onPause: (@Sendable () -> Void)?
    private var onResume: (@Sendable () -> Void)?
    private var onCancel: (@Sendable () -> Void)?

    public init(highWater: Int = 1 << 20, maximumBufferedBytes: Int? = nil) {
        self.highWater = highWater
        self.maximumBufferedBytes = maximumBufferedBytes
    }

    /// A stream of bytes already in memory (for transports that cannot stream, and for tests).
    public convenience init(_ data: Data) {
        self.init()
        if !data.isEmpty { yield(data) }
        finish()
    }

    /// The most bytes that ever waited for the consumer: how much memory the stream took at its worst.
    public var peakBufferedBytes: Int { lock.withLock { peak } }

    /// What the producer does when asked to pause, resume, or stop for good.
    public func setProducerControls(pause: (@Sendable () -> Void)?, resume: (@Sendable () -> Void)?, cancel: (@Sendable () -> Void)?) {
        lock.withLock { (onPause, onResume, onCancel) = (pause, resume, cancel) }
    }

    /// For producers that can wait (an AsyncHTTPClient body): returns once no more than ``highWater`` bytes
    /// wait for the consumer, or the stream has ended.
    public func waitForDemand() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = lock.withLock { () -> Bool in
                if buffered <= highWater || finished { return true }
                demandWaiter = continuation
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Hands a chunk to the consumer.
    public func yield(_ chunk: Data) {
        guard !chunk.isEmpty else { return }
        var pause: (@Sendable () -> Void)?
        var overflow: (@Sendable () -> Void)?
        let waiting = lock.withLock { () -> CheckedContinuation<Data?, any Error>? in
            guard !finished else { return nil }
            if let waiter {
                self.waiter = nil
                return waiter
            }
            if let limit = maximumBufferedBytes, buffered + chunk.count > limit {
                // The consumer fell further behind than memory may hold: stop the producer, keep what was read
                // for the consumer, then report the overflow.
                finished = true
                failure = TransportError(kind: .responseTooLarge,
                                         message: "the stream's reader fell more than \(limit) bytes behind a transfer that cannot be paused")
                overflow = onCancel
                return nil
            }
            chunks.append(chunk)
            buffered += chunk.count
            peak = Swift.max(peak, buffered)
            if buffered > highWater, !paused {
                paused = true
                pause = onPause
            }
            return nil
        }
        waiting?.resume(returning: chunk)
        pause?()
        overflow?()
    }

    /// Ends the stream, with an error if the body did not arrive whole.
    public func finish(throwing error: (any Error)? = nil) {
        let waiting = lock.withLock { () -> CheckedContinuation<Data?, any Error>? in
            guard !finished else { return nil }
            finished = true
            failure = error
            defer { waiter = nil }
            return head == chunks.count ? waiter : nil
        }
        if let error { waiting?.resume(throwing: error) } else { waiting?.resume(returning: nil) }
    }

    /// The next chunk, waiting for one; nil at the end.
    func next() async throws -> Data? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data?, any Error>) in
                var resume: (@Sendable () -> Void)?
                var demand: CheckedContinuation<Void, Never>?
                let ready = lock.withLock { () -> Result<Data?, any Error>? in
                    if head < chunks.count {
                        let chunk = chunks[head]
                        head += 1
                        buffered -= chunk.count
                        if head == chunks.count { (chunks, head) = ([], 0) }
                        if paused, buffered <= highWater / 2 {
                            paused = false
                            resume = onResume
                        }
                        if buffered <= highWater / 2 {
                            demand = demandWaiter
                            demandWaiter = nil
                        }
                        return .success(chunk)
                    }
                    if finished { return failure.map { .failure($0) } ?? .success(nil) }
                    waiter = continuation
                    return nil
                }
                resume?()
                demand?.resume()
                if let ready { continuation.resume(with: ready) }
            }
        } onCancel: {
            self.cancel()
        }
    }

    /// Stops the producer and ends the stream (the consumer went away).
    func cancel() {
        let (cancel, waiting, demand) = lock.withLock { () -> ((@Sendable () -> Void)?, CheckedContinuation<Data?, any Error>?, CheckedContinuation<Void, Never>?) in
            guard !finished else { return (nil, nil, nil) }
            finished = true
            failure = CancellationError()
            chunks = []
            defer { (waiter, demandWaiter) = (nil, nil) }
            return (onCancel, waiter, demandWaiter)
        }
        demand?.resume()
        cancel?()
        waiting?.resume(throwing: CancellationError())
    }

    deinit {
        onCancel?()
    }

    public func makeAsyncIterator() -> Iterator { Iterator(stream: self) }

    public struct Iterator: AsyncIteratorProtocol, Sendable {
        let stream: ByteStream

        public mutating func next() async throws -> Data? { try await stream.next() }
    }
}

extension HTTPTransport {
    /// Transports that cannot stream deliver the whole body as one chunk.
    public func stream(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, ByteStream) {
        let (response, data) = try await send(request, body: body, context: context)
        return (response, ByteStream(data))
    }
}
