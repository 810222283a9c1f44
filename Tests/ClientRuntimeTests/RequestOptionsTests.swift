import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// Per-call options: a timeout, a retry policy, extra headers and query items for one call only, seen by
/// middlewares; the plain call is unchanged.
@Suite struct RequestOptionsTests {
    static let emptyList = TestServer.Reply.json(200, #"{"follow_ups":[]}"#)

    @Test func headersAndQueryItemsGoWithThisCallOnly() async throws {
        let server = try await TestServer(fallback: Self.emptyList)
        defer { Task { await server.stop() } }
        let seen = LockedList<String>()
        struct Spy: ClientMiddleware {
            let seen: LockedList<String>
            func intercept(_ request: HTTPRequest, body: Data?, context: RequestContext,
                           next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)) async throws -> (HTTPResponse, Data) {
                seen.append(context.options?.headers.first?.value ?? "none")
                return try await next(request, body)
            }
        }
        let client = makeClient(server, middlewares: [Spy(seen: seen)])
        let options = RequestOptions(headers: [("X-Trace", "t-1"), ("User-Agent", "mine/2")],
                                     queryItems: [URLQueryItem(name: "debug", value: "a b&c")])
        _ = try await client.followUpsV2.list(incidentID: "inc 1", options: options)
        _ = try await client.followUpsV2.list(incidentID: "inc 1")
        let received = await server.received
        #expect(received[0].header("X-Trace") == "t-1")
        #expect(received[0].header("User-Agent") == "mine/2")
        #expect(received[0].rawQuery == "incident_id=inc%201&debug=a%20b%26c")
        #expect(received[1].header("X-Trace") == nil)
        #expect(received[1].header("User-Agent") == "incident-tests/1")
        #expect(received[1].rawQuery == "incident_id=inc%201")
        #expect(seen.all == ["t-1", "none"])
    }

    @Test func aRetryPolicyAndATimeoutForOneCall() async throws {
        let server = try await TestServer(replies: [.json(503, "{}"), Self.emptyList, .json(503, "{}")], fallback: Self.emptyList)
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        let client = makeClient(server, sleeper: sleeper)
        // The client retries a 503; this call does not.
        _ = try await client.followUpsV2.list()
        do {
            _ = try await client.followUpsV2.list(options: RequestOptions(retryPolicy: RetryPolicy.none))
            Issue.record("expected the 503")
        } catch .http(let failure) {
            #expect(failure.status == 503 && failure.attempts == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(await server.received.count == 3)
        // A slow answer: the client's 10 s timeout would wait, this call's 300 ms does not.
        await server.script([TestServer.Reply(status: 200, headers: [:], body: Data(#"{"follow_ups":[]}"#.utf8), delay: .seconds(3))])
        let start = ContinuousClock.now
        do {
            _ = try await client.followUpsV2.list(options: RequestOptions(timeout: .milliseconds(300), retryPolicy: RetryPolicy.none))
            Issue.record("expected a timeout")
        } catch .transport(let error) {
            #expect(error.kind == .timedOut, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        let elapsed = ContinuousClock.now - start
        #expect(elapsed < .seconds(2) && elapsed >= .milliseconds(250), "waited \(elapsed)")
    }
}
