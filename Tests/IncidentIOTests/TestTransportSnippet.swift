import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// A follow-up as incident.io's documentation prints one (`Tests/Specs/incident-io-docs`), wrapped as `show` returns it.
let followUpJSON: String = {
    let path = Paths.repository + "/Tests/Specs/incident-io-docs/follow-ups-v2-create-response.json"
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}()

// The TestingWithFakes article's test-transport example, compiled and run here. `ReadmeTests` checks the
// article shows exactly this code.
// README-TESTTRANSPORT-START
@Test func showsAFollowUpWithoutAServer() async throws {
    let transport = TestTransport()
    transport.respond(to: "GET", "/v2/follow_ups/{id}", json: followUpJSON)
    let client = IncidentIOClient(bearerToken: "test", transport: transport)
    let followUp = try await client.followUpsV2.show(id: "fu_1").followUp
    #expect(!followUp.title.isEmpty)
    #expect(transport.requests.first?.url.path == "/v2/follow_ups/fu_1")
}
// README-TESTTRANSPORT-END
