// Decodes a 10,000-item follow-ups list response with the generated IncidentIO models and with
// hand-written Codable structs (same fast date parsing), interleaved in one run, and prints the ratio.
// Then the same number of single follow-up responses, one body each, as a client decodes them: the
// generated response keeps its large follow-up in a box (one more allocation a body), the hand-written
// one inline.
import BenchmarkSupport
import Foundation
import IncidentIO
import OpenAPIGenRuntime

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000
let iterations = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 15

let body = Data(FollowUpListBody.make(count: count).utf8)

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

let shows = (0..<count).map { Data(FollowUpListBody.show(index: $0).utf8) }
var bestShowGenerated = Duration.seconds(1_000), bestShowHandWritten = Duration.seconds(1_000)
for _ in 0..<iterations {
    var start = clock.now
    for show in shows { _ = try JSONDecoder().decode(HandWritten.ShowResult.self, from: show) }
    bestShowHandWritten = min(bestShowHandWritten, clock.now - start)
    start = clock.now
    for show in shows { _ = try JSONDecoder().decode(FollowUpsShowResultV2.self, from: show) }
    bestShowGenerated = min(bestShowGenerated, clock.now - start)
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}
print("decode \(count) follow-ups (\(body.count) bytes), best of \(iterations) interleaved runs")
print(String(format: "hand-written Codable (baseline)  %8.2f ms  1.00x", milliseconds(bestHandWritten)))
print(String(format: "generated IncidentIO models      %8.2f ms  %.2fx", milliseconds(bestGenerated),
             milliseconds(bestGenerated) / milliseconds(bestHandWritten)))
print("decode \(count) single follow-up responses, one body each, best of \(iterations) interleaved runs")
print(String(format: "hand-written Codable (baseline)  %8.2f ms  1.00x", milliseconds(bestShowHandWritten)))
print(String(format: "generated IncidentIO models      %8.2f ms  %.2fx", milliseconds(bestShowGenerated),
             milliseconds(bestShowGenerated) / milliseconds(bestShowHandWritten)))
