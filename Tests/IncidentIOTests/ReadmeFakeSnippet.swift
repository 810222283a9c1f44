import Foundation
import IncidentIO
import OpenAPIGenRuntime

// The TestingWithFakes article's example, compiled here. `ReadmeTests` checks the article shows exactly this code.
// README-FAKE-START
/// App code depends on the tag's protocol, not on the network.
struct OpenFollowUps {
    let api: any FollowUpsV2API

    func titles(incidentID: String) async throws(ClientError) -> [String] {
        try await api.list(incidentID: incidentID).followUps
            .filter { $0.status == .outstanding }
            .map(\.title)
    }
}

/// The app passes `client.followUpsV2`; its tests pass a fake answering from memory.
struct FakeFollowUps: FollowUpsV2API {
    var followUps: [FollowUpV2]

    func list(incidentID: String?, incidentMode: FollowUpsV2ListIncidentMode?, assigneeTeamID: String?,
              options: RequestOptions?) async throws(ClientError) -> FollowUpsListResultV2 {
        FollowUpsListResultV2(followUps: followUps.filter { incidentID == nil || $0.incidentID == incidentID })
    }

    func show(id: String, options: RequestOptions?) async throws(ClientError) -> FollowUpsShowResultV2 {
        guard let followUp = followUps.first(where: { $0.id == id }) else { throw .invalidRequest("no follow-up \(id)") }
        return FollowUpsShowResultV2(followUp: followUp)
    }

    // What these tests never call.
    func create(_ body: FollowUpsCreatePayloadV2, options: RequestOptions?) async throws(ClientError) -> FollowUpsCreateResultV2 {
        throw .invalidRequest("not faked")
    }
    func delete(id: String, options: RequestOptions?) async throws(ClientError) { throw .invalidRequest("not faked") }
    func update(id: String, _ body: FollowUpsUpdatePayloadV2, options: RequestOptions?) async throws(ClientError) -> FollowUpsUpdateResultV2 {
        throw .invalidRequest("not faked")
    }
    func connectExternalIssue(id: String, _ body: FollowUpsConnectExternalIssuePayloadV2,
                              options: RequestOptions?) async throws(ClientError) -> FollowUpsConnectExternalIssueResultV2 {
        throw .invalidRequest("not faked")
    }
}
// README-FAKE-END
