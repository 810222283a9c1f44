import Foundation
import HTTPTypes

/// Held by an iterator: when the consumer drops it (a `break`, a thrown error, the task ending) before the
/// stream ends, the connection is closed rather than left delivering into a buffer nobody reads.
final class StreamLease: Sendable {
    let body: ByteStream

    init(_ body: ByteStream) {
        self.body = body
    }

    deinit {
        body.cancel()
    }
}

/// Decodes one streamed item: text as it is when the item type is `String`, else JSON.
enum StreamItemDecoder {
    static func decode<Item: Decodable>(_ bytes: Data, as type: Item.Type, status: Int) throws(ClientError) -> Item {
        if Item.self == String.self, let text = String(decoding: bytes, as: UTF8.self) as? Item { return text }
        do {
            return try JSONDecoder().decode(Item.self, from: bytes)
        } catch {
            var failure = DecodingFailure(status: status, error: error)
            failure.message = "a streamed item did not decode: " + failure.message
            throw .decoding(failure)
        }
    }

    static func transportError(_ error: any Error) -> ClientError {
        if let error = error as? TransportError { return .transport(error) }
        if error is CancellationError { return .transport(TransportError(kind: .cancelled, message: "the stream was cancelled")) }
        return .transport(TransportError(kind: .other, message: "\(error)"))
    }
}

/// The events of a `text/event-stream` response, each `data` decoded as `Item`, as they arrive.
///
/// Memory stays flat however long the stream runs: the body is read as the sequence is iterated, and the
/// connection is paused while the consumer falls behind. Breaking out of the loop or cancelling the task
/// closes the connection. A broken connection or an event whose data does not decode is a ``ClientError``.
public struct ServerSentEventStream<Item: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = ServerSentEvent<Item>
    public typealias Failure = ClientError

    private let body: ByteStream
    private let status: Int

    public init(body: ByteStream, status: Int = 200) {
        self.body = body
        self.status = status
    }

    public func makeAsyncIterator() -> Iterator { Iterator(body: body, status: status) }

    public struct Iterator: AsyncIteratorProtocol {
        private var reader: RecordReader<EventStreamParser>
        private let status: Int

        init(body: ByteStream, status: Int) {
            reader = RecordReader(body: body, splitter: EventStreamParser())
            self.status = status
        }

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(ClientError) -> ServerSentEvent<Item>? {
            guard let event = try await reader.next() else { return nil }
            let data = try StreamItemDecoder.decode(Data(event.data.utf8), as: Item.self, status: status)
            return ServerSentEvent(event: event.event, id: event.id, retry: event.retry, data: data)
        }

        public mutating func next() async throws(ClientError) -> ServerSentEvent<Item>? {
            try await next(isolation: nil)
        }
    }
}

/// The values of a JSON Lines (`application/jsonl`, `application/x-ndjson`) or JSON text sequence
/// (`application/json-seq`) response, decoded as `Item` as they arrive, with the same memory, cancellation
/// and error behaviour as ``ServerSentEventStream``.
public struct JSONItemStream<Item: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    public typealias Failure = ClientError

    /// How values are separated.
    public enum Format: Sendable {
        /// One value per line.
        case lines
        /// Each value after an ASCII record separator (RFC 7464).
        case sequence
    }

    private let body: ByteStream
    private let format: Format
    private let status: Int

    public init(body: ByteStream, format: Format, status: Int = 200) {
        self.body = body
        self.format = format
        self.status = status
    }

    public func makeAsyncIterator() -> Iterator { Iterator(body: body, format: format, status: status) }

    public struct Iterator: AsyncIteratorProtocol {
        private var reader: RecordReader<JSONRecordSplitter>
        private let status: Int

        init(body: ByteStream, format: Format, status: Int) {
            reader = RecordReader(body: body, splitter: JSONRecordSplitter(format: format == .lines ? .lines : .sequence))
            self.status = status
        }

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(ClientError) -> Item? {
            guard let record = try await reader.next() else { return nil }
            return try StreamItemDecoder.decode(record, as: Item.self, status: status)
        }

        public mutating func next() async throws(ClientError) -> Item? {
            try await next(isolation: nil)
        }
    }
}

/// How a stream's bytes become records: fed chunk by chunk, then told the stream ended.
protocol RecordSplitting: Sendable {
    associatedtype Record: Sendable
    mutating func feed(_ bytes: Data) -> [Record]
    mutating func finish() -> [Record]
}

extension EventStreamParser: RecordSplitting {}
extension JSONRecordSplitter: RecordSplitting {}

/// Reads a body chunk by chunk, handing out the records its splitter finds, one at a time.
struct RecordReader<Splitter: RecordSplitting>: Sendable {
    private let body: ByteStream
    private let lease: StreamLease
    private var splitter: Splitter
    private var ready: [Splitter.Record] = []
    private var position = 0
    private var ended = false

    init(body: ByteStream, splitter: Splitter) {
        self.body = body
        lease = StreamLease(body)
        self.splitter = splitter
    }

    mutating func next() async throws(ClientError) -> Splitter.Record? {
        while position == ready.count {
            if ended { return nil }
            let chunk: Data?
            do {
                chunk = try await body.next()
            } catch {
                ended = true
                throw StreamItemDecoder.transportError(error)
            }
            ready = chunk.map { splitter.feed($0) } ?? splitter.finish()
            position = 0
            if chunk == nil { ended = true }
        }
        defer { position += 1 }
        return ready[position]
    }
}

extension APIClient {
    /// Sends a request whose success body is a stream, returning once the status and headers are in. A
    /// failure status reads the (bounded) body and throws ``ClientError/http(_:)`` as other calls do.
    /// Streams are sent once: a retry could repeat what the stream already delivered.
    public func streamedResponse(_ call: RequestBuilder) async throws(ClientError) -> StreamedResponse {
        var request = try prepare(call)
        let authorization = try Authorization(for: call, configuration: configuration)
        _ = try await authorization.apply(to: &request, refresh: false)
        try await acquirePermit()
        let head: HTTPResponse
        let stream: ByteStream
        do {
            (head, stream) = try await configuration.transport.stream(request.head, body: request.body, context: request.context)
        } catch {
            throw StreamItemDecoder.transportError(error)
        }
        let headers = head.headerFields.pairs
        guard (200..<300).contains(head.status.code) else {
            var body = Data()
            let limit = request.context.maximumResponseBytes
            do {
                for try await chunk in stream {
                    body.append(chunk.prefix(limit - body.count))
                    if body.count >= limit { break }
                }
            } catch {}
            throw .http(failure(from: ReceivedResponse(status: head.status.code, headers: headers, body: body), documented: call.errorBodies))
        }
        return StreamedResponse(status: head.status.code, headers: headers, body: stream)
    }

    /// A `text/event-stream` response's events, with the response's status and headers.
    public func eventStream<Item: Decodable & Sendable>(_ request: RequestBuilder, of type: Item.Type) async throws(ClientError) -> APIResponse<ServerSentEventStream<Item>> {
        let response = try await streamedResponse(request)
        return APIResponse(body: ServerSentEventStream(body: response.body, status: response.status), status: response.status, headers: response.headers)
    }

    /// A JSON Lines or JSON text sequence response's values, with the response's status and headers.
    public func jsonStream<Item: Decodable & Sendable>(_ request: RequestBuilder, of type: Item.Type,
                                                       format: JSONItemStream<Item>.Format) async throws(ClientError) -> APIResponse<JSONItemStream<Item>> {
        let response = try await streamedResponse(request)
        return APIResponse(body: JSONItemStream(body: response.body, format: format, status: response.status), status: response.status, headers: response.headers)
    }
}
