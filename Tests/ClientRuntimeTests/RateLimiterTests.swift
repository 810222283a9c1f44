import Bulk
import FlyingFox
import Foundation
import OpenAPIGenRuntime
import Testing

/// Client-side pacing against a server on 127.0.0.1 that enforces the same token bucket (scaled down so the
/// job takes seconds: a burst of 50, refilling 100 a second, 600 requests from 16 tasks).
@Suite(.serialized) struct RateLimiterTests {
    /// A server answering `GET /events` while its bucket has a token, else `429`.
    final class BucketServer: Sendable {
        actor Bucket {
            let capacity: Double, rate: Double
            var tokens: Double
            var updated = ContinuousClock.now
            private(set) var served = 0, refused = 0

            init(capacity: Double, rate: Double) {
                (self.capacity, self.rate, tokens) = (capacity, rate, capacity)
            }

            func take() -> Int? {
                let now = ContinuousClock.now
                let elapsed = now - updated
                tokens = min(capacity, tokens + (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * rate)
                updated = now
                guard tokens >= 1 else {
                    refused += 1
                    return nil
                }
                tokens -= 1
                served += 1
                return Int(tokens)
            }

            var counts: (served: Int, refused: Int) { (served, refused) }
        }

        let bucket: Bucket
        private let server: HTTPServer
        private let task: Task<Void, any Error>
        let url: URL

        init(capacity: Double, rate: Double) async throws {
            let bucket = Bucket(capacity: capacity, rate: rate)
            let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled)
            await server.appendRoute("GET /events") { _ in
                guard let remaining = await bucket.take() else {
                    return HTTPResponse(statusCode: .tooManyRequests, headers: HTTPHeaders([HTTPHeader("X-RateLimit-Remaining"): "0"]))
                }
                return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json", HTTPHeader("X-RateLimit-Remaining"): String(remaining)]),
                                    body: Data(#"{"events":[],"total":0}"#.utf8))
            }
            self.bucket = bucket
            self.server = server
            self.task = Task { try await server.run() }
            try await server.waitUntilListening(timeout: 60)
            guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
            url = URL(string: "http://127.0.0.1:\(port)")!
        }

        func stop() async {
            await server.stop(timeout: 1)
            task.cancel()
        }
    }

    static func job(_ client: BulkClient, requests: Int, tasks: Int) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<tasks {
                group.addTask {
                    for _ in stride(from: worker, to: requests, by: tasks) { _ = try await client.events.list() }
                }
            }
            try await group.waitForAll()
        }
    }

    static let patientRetries = RetryPolicy(maximumAttempts: 100, baseDelay: .milliseconds(20), maximumDelay: .milliseconds(200), jitter: 0.5)

    @Test func pacedJobMeetsNo429s() async throws {
        let server = try await BucketServer(capacity: 50, rate: 100)
        defer { Task { await server.stop() } }
        // The server runs in this test process beside every other suite: under that load a request can reach it a
        // few hundred milliseconds after the limiter let it go, so the test keeps 20 tokens (200 ms) in reserve
        // rather than the default 2.5 (25 ms), which suffices when the server is elsewhere.
        let client = BulkClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: Self.patientRetries,
                                                                   rateLimiter: RateLimiter(capacity: 50, refillPerSecond: 100, reserve: 20)))
        try await Self.job(client, requests: 600, tasks: 16)
        let counts = await server.bucket.counts
        #expect(counts.served == 600)
        #expect(counts.refused == 0)
    }

    @Test func unpacedJobMeets429sAndStillCompletes() async throws {
        let server = try await BucketServer(capacity: 50, rate: 100)
        defer { Task { await server.stop() } }
        let client = BulkClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: Self.patientRetries))
        try await Self.job(client, requests: 600, tasks: 16)
        let counts = await server.bucket.counts
        #expect(counts.served == 600)
        #expect(counts.refused > 0)
    }

    @Test func aWaitingCallIsCancellable() async throws {
        let limiter = RateLimiter(capacity: 1, refillPerSecond: 0.01, reserve: 0)
        try await limiter.acquire()
        let waiting = Task { try await limiter.acquire() }
        try await Task.sleep(for: .milliseconds(50))
        let cancelledAt = ContinuousClock.now
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(ContinuousClock.now - cancelledAt < .seconds(2))
    }

    @Test func a429EmptiesTheBucketUntilTheServerSays() async throws {
        let limiter = RateLimiter(capacity: 10, refillPerSecond: 1000)
        await limiter.observe(status: 429, headers: [], retryAfter: .milliseconds(300), now: Date())
        let start = ContinuousClock.now
        try await limiter.acquire()
        #expect(ContinuousClock.now - start >= .milliseconds(250))
    }
}
