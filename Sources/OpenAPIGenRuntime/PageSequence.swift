/// Every item of a cursor-paged list, fetched one page at a time as the sequence is iterated.
///
/// Each page is one call of the generated list method, so retries, middlewares and typed errors apply per
/// page. Iteration stops after the page whose next cursor is absent or empty, or when a cursor repeats (a
/// server bug that would otherwise loop forever). Cancelling the iterating task stops before the next page.
public struct PageSequence<Element: Sendable>: AsyncSequence, Sendable {
    public typealias Failure = ClientError

    /// One page: its items and the cursor of the next page (nil on the last page).
    public typealias Fetch = @Sendable (_ cursor: String?) async throws(ClientError) -> (items: [Element], nextCursor: String?)

    private let fetch: Fetch

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetch: fetch)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let fetch: Fetch
        private var buffer: [Element] = []
        private var position = 0
        private var cursor: String?
        private var seenCursors: Set<String> = []
        private var finished = false

        init(fetch: @escaping Fetch) {
            self.fetch = fetch
        }

        public mutating func next(isolation actor: isolated (any Actor)? = #isolation) async throws(ClientError) -> Element? {
            while position == buffer.count {
                if finished { return nil }
                if Task.isCancelled {
                    finished = true
                    throw .transport(TransportError(kind: .cancelled, message: "the task was cancelled between pages"))
                }
                let page = try await fetch(cursor)
                buffer = page.items
                position = 0
                if let next = page.nextCursor, !next.isEmpty, seenCursors.insert(next).inserted {
                    cursor = next
                } else {
                    finished = true
                }
            }
            defer { position += 1 }
            return buffer[position]
        }

        public mutating func next() async throws(ClientError) -> Element? {
            try await next(isolation: nil)
        }
    }
}
