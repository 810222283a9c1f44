// Decodes a 10,000-item follow-ups list response with the generated IncidentIO models and with
// hand-written Codable structs (same fast date parsing), interleaved in one run, and prints the ratio.
import Foundation
import IncidentIO
import OpenAPIGenRuntime

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000
let iterations = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 15

func followUp(_ index: Int) -> String {
    let statuses = ["outstanding", "completed", "deleted", "not_doing"]
    return """
        {"assignee":{"email":"lisa@incident.io","id":"01FCNDV6P870EA6S7TK1DSYDG\(index % 10)","name":"Lisa Karlin Curtis","role":"owner","slack_user_id":"U02AYNF2XJM"},\
        "assignee_team":{"id":"abc123","name":"abc123"},\
        "completed_at":"2021-08-17T13:28:57.801578Z","created_at":"2021-08-17T13:28:57.801578Z",\
        "creator":{"alert":{"id":"01GW2G3V0S59R238FAHPDS1R66","title":"*errors.withMessage: PG::Error failed to connect"},\
        "api_key":{"id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"My test API key"},\
        "user":{"email":"lisa@incident.io","id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"Lisa Karlin Curtis","role":"owner","slack_user_id":"U02AYNF2XJM"},\
        "workflow":{"id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"My little workflow"}},\
        "description":"Call the fire brigade","external_issue_reference":{"issue_name":"INC-123",\
        "issue_permalink":"https://linear.app/incident-io/issue/INC-1609/find-copywriter-to-write-up","provider":"asana"},\
        "id":"01FCNDV6P870EA6S7TK1D\(String(format: "%05d", index))","incident_id":"01FCNDV6P870EA6S7TK1DSYDG0",\
        "labels":["bug","urgent"],"priority":{"description":"A follow-up that requires immediate attention.",\
        "id":"01GNW4BAQ7XRMFF6FHKNXDFPRW","name":"Urgent","rank":10},"status":"\(statuses[index % 4])",\
        "title":"Cat is stuck in the tree","updated_at":"2021-08-17T13:28:\(String(format: "%02d", index % 60)).801578Z"}
        """
}

let body = Data(("{\"follow_ups\":[" + (0..<count).map(followUp).joined(separator: ",") + "]}").utf8)

let generated = try JSONDecoder().decode(FollowUpsListResultV2.self, from: body)
let handWritten = try JSONDecoder().decode(HandWritten.ListResult.self, from: body)
precondition(generated.followUps.count == count && handWritten.follow_ups.count == count)
precondition(generated.followUps[5].updatedAt == handWritten.follow_ups[5].updated_at)

let clock = ContinuousClock()
var bestGenerated = Duration.seconds(1_000), bestHandWritten = Duration.seconds(1_000)
for _ in 0..<iterations {
    var start = clock.now
    let a = try JSONDecoder().decode(HandWritten.ListResult.self, from: body)
    bestHandWritten = min(bestHandWritten, clock.now - start)
    start = clock.now
    let b = try JSONDecoder().decode(FollowUpsListResultV2.self, from: body)
    bestGenerated = min(bestGenerated, clock.now - start)
    precondition(a.follow_ups.count == b.followUps.count)
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}
print("decode \(count) follow-ups (\(body.count) bytes), best of \(iterations) interleaved runs")
print(String(format: "hand-written Codable (baseline)  %8.2f ms  1.00x", milliseconds(bestHandWritten)))
print(String(format: "generated IncidentIO models      %8.2f ms  %.2fx", milliseconds(bestGenerated),
             milliseconds(bestGenerated) / milliseconds(bestHandWritten)))
