import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// Each tag's protocol: app code written against it runs on a fake and on the real client alike.
@Suite struct TagProtocolTests {
    static func followUp(_ id: String, incident: String, status: FollowUpV2.Status, title: String) -> FollowUpV2 {
        FollowUpV2(createdAt: Date(timeIntervalSince1970: 0), creator: ActorV2(), id: id, incidentID: incident,
                   labels: [], status: status, title: title, updatedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func appCodeRunsOnTheReadmeFake() async throws {
        let fake = FakeFollowUps(followUps: [
            Self.followUp("fu_1", incident: "inc_1", status: .outstanding, title: "Fix the runbook"),
            Self.followUp("fu_2", incident: "inc_1", status: .completed, title: "Rotate keys"),
            Self.followUp("fu_3", incident: "inc_2", status: .outstanding, title: "Elsewhere"),
        ])
        #expect(try await OpenFollowUps(api: fake).titles(incidentID: "inc_1") == ["Fix the runbook"])
        // The calls without `options` come with the protocol and reach the fake's requirement.
        let api: any FollowUpsV2API = fake
        #expect(try await api.show(id: "fu_2").followUp.title == "Rotate keys")
        await #expect(throws: ClientError.self) { try await api.delete(id: "fu_1") }
    }

    @Test func theGeneratedClientIsTheProductionConformer() async throws {
        let transport = TestTransport()
        transport.respond(to: "GET", "/v2/follow_ups", json: #"{"follow_ups":[]}"#)
        let client = IncidentIOClient(bearerToken: "k", retryPolicy: .none, transport: transport)
        #expect(try await OpenFollowUps(api: client.followUpsV2).titles(incidentID: "inc_9").isEmpty)
        // Through the protocol, a call's options still reach the request.
        let api: any FollowUpsV2API = client.followUpsV2
        _ = try await api.list(incidentID: nil, incidentMode: .retrospective, assigneeTeamID: nil,
                               options: RequestOptions(headers: [("X-Trace", "t1")]))
        let requests = transport.requests
        #expect(requests.map { $0.url.query ?? "" } == ["incident_id=inc_9", "incident_mode=retrospective"])
        #expect(requests.last?.header("X-Trace") == "t1")
    }
}
