import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// Rate limits as incident.io's document describes them ("Rate Limits" in `info.description`): an RFC 3339
/// `rate_limit.retry_after` in the 429 body, a `Retry-After` header in seconds, and `X-RateLimit-*` headers
/// on every response.
@Suite struct RateLimitTests {
    static let documentedHeaders = [
        "X-RateLimit-Limit": "60, 1200;window=60, 60;window=60",
        "X-RateLimit-Remaining": "59",
        "X-RateLimit-Used": "1",
        "X-RateLimit-Reset": "1785173199",
    ]

    @Test func anRFC3339RetryAfterIsWaitedFor() async throws {
        // 4.25 s after fixedNow; the wait rounds up to whole milliseconds.
        let server = try await TestServer(replies: [.json(429, rateLimitJSON(retryAfter: "2025-04-17T11:17:14.25Z"))],
                                          fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        _ = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
        #expect(sleeper.delays == [.milliseconds(4_250)])
        #expect(await server.received.count == 2)
    }

    @Test func theEnvelopeReportsAnRFC3339RetryAfter() async throws {
        for text in ["2025-04-17T11:17:18Z", "2025-04-17T11:17:18.000Z", "2025-04-17T13:17:18+02:00", "Thu, 17 Apr 2025 11:17:18 UTC"] {
            let server = try await TestServer(fallback: .json(429, rateLimitJSON(retryAfter: text)))
            defer { Task { await server.stop() } }
            do {
                _ = try await makeClient(server, retryPolicy: RetryPolicy.none).followUpsV2.list()
                Issue.record("expected the rate-limit error")
            } catch .http(let failure) {
                #expect(failure.rateLimit?.retryAfter == RFC3339.date(from: "2025-04-17T11:17:18Z"), "\(text)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func theRetryAfterHeaderComesBeforeTheEnvelope() async throws {
        // The document: "Prefer Retry-After over X-RateLimit-Reset"; the header is a duration, so it does not
        // depend on the two clocks agreeing.
        let server = try await TestServer(replies: [.json(429, rateLimitJSON(retryAfter: "2025-04-17T11:17:18Z"), headers: ["Retry-After": "1"])],
                                          fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        _ = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
        #expect(sleeper.delays == [.seconds(1)])
    }

    @Test func aMalformedRetryAfterFallsBackToBackoff() async throws {
        let server = try await TestServer(replies: [.json(429, rateLimitJSON(retryAfter: "soon"), headers: ["Retry-After": "later"])],
                                          fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        _ = try await makeClient(server, sleeper: sleeper).followUpsV2.list()
        #expect(sleeper.delays == [.milliseconds(100)])
    }

    @Test func successResponsesCarryTheAllowance() async throws {
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[]}"#, headers: Self.documentedHeaders))
        defer { Task { await server.stop() } }
        let response = try await makeClient(server).followUpsV2.listWithResponse()
        let limits = try #require(response.rateLimitHeaders)
        #expect(limits.limit == 60)
        #expect(limits.policies == [.init(quota: 1200, windowSeconds: 60), .init(quota: 60, windowSeconds: 60)])
        #expect(limits.remaining == 59)
        #expect(limits.used == 1)
        #expect(limits.reset == Date(timeIntervalSince1970: 1_785_173_199))
    }

    @Test func failuresCarryTheAllowance() async throws {
        let headers = ["X-RateLimit-Limit": "1200, 1200;window=60", "X-RateLimit-Remaining": "0",
                       "X-RateLimit-Used": "1200", "X-RateLimit-Reset": "1785173199", "Retry-After": "1"]
        let server = try await TestServer(fallback: .json(429, rateLimitJSON(retryAfter: "2025-04-17T11:17:18Z"), headers: headers))
        defer { Task { await server.stop() } }
        do {
            _ = try await makeClient(server, retryPolicy: RetryPolicy.none).followUpsV2.list()
            Issue.record("expected the rate-limit error")
        } catch .http(let failure) {
            #expect(failure.rateLimitHeaders == RateLimitHeaders(limit: 1200, policies: [.init(quota: 1200, windowSeconds: 60)],
                                                                 remaining: 0, used: 1200,
                                                                 reset: Date(timeIntervalSince1970: 1_785_173_199)))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func absentHeadersAreNil() async throws {
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let response = try await makeClient(server).followUpsV2.listWithResponse()
        #expect(response.rateLimitHeaders == nil)
    }

    @Test func malformedHeadersNeverThrow() async throws {
        let headers = ["X-RateLimit-Limit": "lots;window=x, ;;, -3", "X-RateLimit-Remaining": "-1",
                       "X-RateLimit-Used": "1.5", "X-RateLimit-Reset": "tomorrow"]
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[]}"#, headers: headers))
        defer { Task { await server.stop() } }
        let response = try await makeClient(server).followUpsV2.listWithResponse()
        #expect(response.rateLimitHeaders == RateLimitHeaders())
    }

    @Test(arguments: [
        ("1200", RateLimitHeaders(limit: 1200)),
        ("1200;window=60", RateLimitHeaders(limit: 1200, policies: [.init(quota: 1200, windowSeconds: 60)])),
        (" 60 ,1200; window=\"60\" , 10;burst=5", RateLimitHeaders(limit: 60, policies: [.init(quota: 1200, windowSeconds: 60), .init(quota: 10)])),
    ])
    func limitListsParse(text: String, expected: RateLimitHeaders) {
        #expect(RateLimitHeaders(headers: [("x-ratelimit-limit", text)]) == expected)
    }
}
