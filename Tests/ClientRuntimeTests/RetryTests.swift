import Foundation
import IncidentIO
@testable import OpenAPIGenRuntime
import Testing

@Suite struct RetryTests {
    @Test func rateLimitedTwiceThenSucceeds() async throws {
        let server = try await TestServer(replies: [
            .json(429, rateLimitJSON(retryAfter: "Thu, 17 Apr 2025 11:17:18 UTC")),   // 8 s after fixedNow
            .json(429, #"{"type":"too_many_requests","status":429}"#, headers: ["Retry-After": "2"]),
            .json(200, #"{"follow_ups":[]}"#),
        ])
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        let result = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
        #expect(result.followUps.isEmpty)
        #expect(await server.received.count == 3)
        // Each wait honours the server: 8 s from `retry_after`, then 2 s from `Retry-After`.
        #expect(sleeper.delays == [.seconds(8), .seconds(2)])
    }

    @Test func backoffGrowsWhenTheServerGivesNoHint() async throws {
        let server = try await TestServer(replies: [.json(429, "{}"), .json(429, "{}")], fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        _ = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
        #expect(sleeper.delays == [.milliseconds(100), .milliseconds(200)])
    }

    @Test func jitterOnlyShortensDelays() {
        let policy = RetryPolicy(baseDelay: .seconds(1), jitter: 0.5, random: { 0.999 })
        let delay: Duration = policy.backoff(after: 2)
        #expect(delay <= Duration.seconds(2) && delay > Duration.milliseconds(999))
    }

    @Test func rateLimitedForeverGivesUpWithTheRateLimitError() async throws {
        let server = try await TestServer(fallback: .json(429, rateLimitJSON(retryAfter: "Thu, 17 Apr 2025 11:17:12 UTC")))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        do {
            _ = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
            Issue.record("expected the rate-limit error")
        } catch .http(let failure) {
            #expect(failure.isRateLimited)
            #expect(failure.attempts == 3)
            #expect(failure.rateLimit?.name == "api_key_name")
            #expect(failure.rateLimit?.limit == 1200)
            #expect(failure.rateLimit?.remaining == 0)
            #expect(failure.rateLimit?.retryAfter == HTTPDate.parse("Thu, 17 Apr 2025 11:17:12 UTC"))
            #expect(failure.requestID == "b839a403-7704-41c1-bf6a-39a2d68caefa")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(await server.received.count == 3)
        #expect(sleeper.delays == [.seconds(2), .seconds(2)])
    }

    @Test func aWaitLongerThanTheMaximumIsNotSlept() async throws {
        let server = try await TestServer(fallback: .json(429, "{}", headers: ["Retry-After": "3600"]))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        do {
            _ = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
            Issue.record("expected the rate-limit error")
        } catch .http(let failure) {
            #expect(failure.status == 429)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(sleeper.delays.isEmpty)
        #expect(await server.received.count == 1)
    }

    @Test func serverErrorsAreRetriedOnlyForIdempotentMethods() async throws {
        let server = try await TestServer(replies: [.json(500, "{}"), .json(503, "{}")], fallback: .json(200, #"{"follow_up":\#(followUpJSON())}"#))
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        _ = try await client.followUpsV2.show(id: "f1")
        #expect(await server.received.count == 3)

        await server.script([.json(500, #"{"type":"internal_error","status":500}"#)], then: .json(201, #"{"follow_up":\#(followUpJSON())}"#))
        do {
            _ = try await client.followUpsV2.create(.init(incidentID: "i", title: "t"))
            Issue.record("a POST must not be retried")
        } catch .http(let failure) {
            #expect(failure.status == 500)
            #expect(failure.attempts == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(await server.received.count == 4)
    }

    @Test func cancellationDuringBackoffStopsAtOnce() async throws {
        let server = try await TestServer(fallback: .json(429, "{}", headers: ["Retry-After": "10"]))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper(blocks: true)
        let client = makeClient(server, sleeper: sleeper)
        let task = Task { try await client.followUpsV2.list() }
        while sleeper.delays.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        let start = ContinuousClock.now
        task.cancel()
        let result = await task.result
        #expect(ContinuousClock.now - start < .seconds(5))
        guard case .failure(let error as ClientError) = result, case .transport(let transport) = error else {
            Issue.record("expected a cancellation, got \(result)")
            return
        }
        #expect(transport.kind == .cancelled)
        #expect(await server.received.count == 1)
    }
}
