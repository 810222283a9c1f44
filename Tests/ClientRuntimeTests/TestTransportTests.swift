import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// The runtime's `TestTransport`, as an app's unit test would use it: canned answers, recorded requests.
@Suite struct TestTransportTests {
    @Test func cannedAnswersByRouteAndRecordedRequests() async throws {
        let transport = TestTransport()
        transport.respond(to: "GET", "/v2/follow_ups", json: #"{"follow_ups":[]}"#)
        transport.respond(to: "GET", "/v2/follow_ups/{id}", status: 404, json: #"{"type":"not_found","status":404,"request_id":"r1","errors":[]}"#)
        transport.respond(to: "GET", "/v2/follow_ups/{id}", json: Self.followUp)
        let client = IncidentIOClient(bearerToken: "test-key", retryPolicy: .none, transport: transport)
        #expect(try await client.followUpsV2.list(incidentID: "inc_1").followUps.isEmpty)
        do {
            _ = try await client.followUpsV2.show(id: "fu_1")
            Issue.record("expected the 404")
        } catch .http(let failure) {
            #expect(failure.status == 404 && failure.requestID == "r1")
        } catch {
            Issue.record("unexpected \(error)")
        }
        // The last answer of a route repeats.
        let first = try await client.followUpsV2.show(id: "fu_1").followUp
        let second = try await client.followUpsV2.show(id: "fu_2").followUp
        #expect(first == second && !first.id.isEmpty)
        let requests = transport.requests
        #expect(requests.map { "\($0.method) \($0.url.path)" } == [
            "GET /v2/follow_ups", "GET /v2/follow_ups/fu_1", "GET /v2/follow_ups/fu_1", "GET /v2/follow_ups/fu_2",
        ])
        #expect(requests[0].url.query == "incident_id=inc_1")
        #expect(requests[0].header("Authorization") == "Bearer test-key")
    }

    @Test func aRequestWithoutAnAnswerIsATransportError() async throws {
        let client = IncidentIOClient(bearerToken: "k", retryPolicy: .none, transport: TestTransport())
        do {
            _ = try await client.followUpsV2.list()
            Issue.record("expected an error")
        } catch .transport(let error) {
            #expect(error.message == "TestTransport has no response for GET /v2/follow_ups")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The `{"follow_up": …}` example incident.io's documentation prints (Tests/Specs/incident-io-docs).
    static let followUp: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let path = parts.joined(separator: "/") + "/Tests/Specs/incident-io-docs/follow-ups-v2-create-response.json"
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }()
}
