import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// All 11 operations of the shipped client through `URLSessionTransport` against a real server.
@Suite struct OperationTests {
    @Test func followUpOperations() async throws {
        let server = try await TestServer()
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let oddID = "a/b c%d é"

        await server.script([
            .json(200, #"{"follow_ups":[\#(followUpJSON())]}"#),
            .json(201, #"{"follow_up":\#(followUpJSON())}"#),
            .json(200, #"{"follow_up":\#(followUpJSON(id: oddID))}"#),
            .json(200, #"{"follow_up":\#(followUpJSON(status: "completed"))}"#),
            .empty(204),
            .json(200, #"{"follow_up":\#(followUpJSON())}"#),
        ])

        let list = try await client.followUpsV2.list(incidentID: "01FCNDV6P870EA6S7TK1DSYDG0", incidentMode: .retrospective)
        #expect(list.followUps.first?.title == "Cat is stuck in the tree")
        let created = try await client.followUpsV2.create(.init(incidentID: "inc_1", labels: ["bug", "urgent"], title: "Add alerting"))
        #expect(created.followUp.status == .outstanding)
        let shown = try await client.followUpsV2.show(id: oddID)
        #expect(shown.followUp.id == oddID)
        let updated = try await client.followUpsV2.update(id: "f1", .init(status: .completed, title: "Done"))
        #expect(updated.followUp.status == .completed)
        try await client.followUpsV2.delete(id: "f1")
        _ = try await client.followUpsV2.connectExternalIssue(id: "f1", .init(provider: .linear, url: "https://linear.app/x/INC-1"))

        let received = await server.received
        #expect(received.map(\.method) == ["GET", "POST", "GET", "PUT", "DELETE", "POST"])
        #expect(received.map(\.rawPath) == [
            "/v2/follow_ups", "/v2/follow_ups", "/v2/follow_ups/a%2Fb%20c%25d%20%C3%A9", "/v2/follow_ups/f1",
            "/v2/follow_ups/f1", "/v2/follow_ups/f1/actions/connect_external_issue",
        ])
        #expect(received[0].rawQuery == "incident_id=01FCNDV6P870EA6S7TK1DSYDG0&incident_mode=retrospective")
        for request in received {
            #expect(request.header("Authorization") == "Bearer \(apiKey)")
            #expect(request.header("Accept") == "application/json")
            #expect(request.header("User-Agent") == "incident-tests/1")
        }
        #expect(received[1].header("Content-Type") == "application/json")
        #expect(received[0].header("Content-Type") == nil)
        let createBody = try #require(received[1].json)
        #expect(createBody["incident_id"] as? String == "inc_1")
        #expect(createBody["labels"] as? [String] == ["bug", "urgent"])
        #expect(createBody["title"] as? String == "Add alerting")
        #expect(createBody.keys.sorted() == ["incident_id", "labels", "title"])  // nil optionals are left out
        #expect(received[3].json?["status"] as? String == "completed")
        #expect(received[5].json?["provider"] as? String == "linear")
        #expect(received[4].body.isEmpty)
    }

    @Test func actionOperations() async throws {
        let server = try await TestServer()
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        await server.script([
            .json(200, #"{"actions":[\#(actionJSON()),\#(actionJSON(id: "a2"))]}"#),
            .json(201, #"{"action":\#(actionJSON())}"#),
            .json(200, #"{"action":\#(actionJSON())}"#),
            .json(200, #"{"action":\#(actionJSON())}"#),
            .empty(204),
        ])
        let list = try await client.actionsV2.list(incidentID: "inc_1", incidentMode: .test)
        #expect(list.actions.map(\.id) == ["01FCNDV6P870EA6S7TK1DSYDG0", "a2"])
        _ = try await client.actionsV2.create(.init(assigneeID: "u1", description: "Restart the database", incidentID: "inc_1"))
        _ = try await client.actionsV2.show(id: "a1")
        _ = try await client.actionsV2.update(id: "a1", .init(description: "Done", status: .notDoing))
        try await client.actionsV2.delete(id: "a1")

        let received = await server.received
        #expect(received.map(\.method) == ["GET", "POST", "GET", "PUT", "DELETE"])
        #expect(received.map(\.rawPath) == ["/v2/actions", "/v2/actions", "/v2/actions/a1", "/v2/actions/a1", "/v2/actions/a1"])
        #expect(received[0].rawQuery == "incident_id=inc_1&incident_mode=test")
        #expect(received[1].json?["assignee_id"] as? String == "u1")
        #expect(received[3].json?["status"] as? String == "not_doing")
    }

    @Test func emptyValuesAreSentAndMissingOnesLeftOut() async throws {
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        _ = try await client.followUpsV2.list(incidentID: "")
        _ = try await client.followUpsV2.list()
        _ = try await client.followUpsV2.list(incidentMode: .unknown("brand new"))
        let queries = await server.received.map(\.rawQuery)
        #expect(queries == ["incident_id=", "", "incident_mode=brand%20new"])
    }

    @Test func unknownEnumValuesAndPropertiesSurviveTheRoundTrip() async throws {
        let server = try await TestServer()
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        await server.script([
            .json(200, #"{"follow_ups":[\#(followUpJSON(status: "archived", extra: #","new_field":{"a":1}"#))],"pagination":{"after":"x"}}"#),
        ])
        let list = try await client.followUpsV2.list()
        let followUp = try #require(list.followUps.first)
        #expect(followUp.status == .unknown("archived"))
        #expect(followUp.status.rawValue == "archived")
        let reencoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(followUp)) as? [String: Any]
        #expect(reencoded?["status"] as? String == "archived")
        #expect(reencoded?["updated_at"] as? String == "2021-08-17T13:28:57.000000Z")
    }

    @Test func requestBodiesCarryRFC3339Dates() async throws {
        let server = try await TestServer(fallback: .empty(204))
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let model = try JSONDecoder().decode(FollowUpV2.self, from: Data(followUpJSON().utf8))
        var request = RequestBuilder(method: "POST", path: "/echo")
        try request.setJSONBody(model)
        try await client.client.send(request)
        let body = try #require(await server.received.first?.json)
        #expect(body["created_at"] as? String == "2021-08-17T13:28:57.801578Z")
        #expect(body["incident_id"] as? String == "01FCNDV6P870EA6S7TK1DSYDG0")
    }
}
