// What one call through the generated client costs beyond decoding its body: a `list` call with one
// middleware, answered from memory (no network), against decoding the same body with hand-written Codable,
// interleaved in one run. Prints the per-call times and their ratio.
import BenchmarkSupport
import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime

let calls = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20_000
let rounds = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 7
let body = Data(FollowUpListBody.make(count: 1).utf8)

/// Answers every request with the same bytes, so only the client's own work is measured.
struct MemoryTransport: HTTPTransport {
    let body: Data

    func send(_ request: HTTPRequest, body _: Data?, context: RequestContext) async throws -> (HTTPResponse, Data) {
        (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), body)
    }
}

let client = IncidentIOClient(configuration: ClientConfiguration(
    serverURL: IncidentIOClient.defaultServerURL, bearerToken: "benchmark-key", transport: MemoryTransport(body: body),
    middlewares: [HeaderMiddleware([HTTPField.Name("X-Tenant")!: "acme"])]
))

let clock = ContinuousClock()
var bestCall = Duration.seconds(1_000), bestDecode = Duration.seconds(1_000)
for _ in 0..<rounds {
    var start = clock.now
    for _ in 0..<calls {
        let list = try JSONDecoder().decode(HandWritten.ListResult.self, from: body)
        precondition(list.follow_ups.count == 1)
    }
    bestDecode = min(bestDecode, clock.now - start)
    start = clock.now
    for _ in 0..<calls {
        let list = try await client.followUpsV2.list(incidentID: "inc_1")
        precondition(list.followUps.count == 1)
    }
    bestCall = min(bestCall, clock.now - start)
}

func microseconds(_ duration: Duration) -> Double {
    (Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12) / Double(calls)
}
print("one list call answered from memory (\(body.count)-byte body), \(calls) calls, best of \(rounds) interleaved rounds")
print(String(format: "decode only, hand-written Codable (baseline)  %8.2f µs  1.00x", microseconds(bestDecode)))
print(String(format: "generated client call, one middleware        %8.2f µs  %.2fx", microseconds(bestCall),
             microseconds(bestCall) / microseconds(bestDecode)))
