// Decodes a 10,000-item follow-ups list three ways in one run, interleaved: hand-written Codable
// (baseline), our generated client end to end, and apple/swift-openapi-generator's generated client
// end to end (configured to accept incident.io's fractional-second dates). Prints ratios.
import BenchmarkSupport
import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime
import OpenAPIRuntime

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000
let iterations = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 10
let body = Data(FollowUpListBody.make(count: count).utf8)

/// Our transport protocol answering every request with the fixed body, in process.
struct OurFixedTransport: OpenAPIGenRuntime.HTTPTransport {
    let body: Data
    func send(_ request: OpenAPIGenRuntime.HTTPRequest, timeout: Duration) async throws -> OpenAPIGenRuntime.HTTPResponse {
        OpenAPIGenRuntime.HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
    }
}

/// Apple's transport protocol answering every request with the fixed body, in process.
struct AppleFixedTransport: ClientTransport {
    let body: Data
    func send(_ request: HTTPTypes.HTTPRequest, body requestBody: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPTypes.HTTPResponse, HTTPBody?) {
        (HTTPTypes.HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(body))
    }
}

let ours = IncidentIOClient(bearerToken: "key", retryPolicy: .none, transport: OurFixedTransport(body: body))
let apple = Client(
    serverURL: URL(string: "https://api.incident.io")!,
    configuration: Configuration(dateTranscoder: .iso8601WithFractionalSeconds),
    transport: AppleFixedTransport(body: body))

func appleList() async throws -> Int {
    let response = try await apple.followUpsV2_num_List(.init())
    return try response.ok.body.json.followUps.count
}

// Check both decode everything before timing.
let ourCount = try await ours.followUpsV2.list().followUps.count
let appleCount = try await appleList()
let handWrittenCount = try JSONDecoder().decode(HandWritten.ListResult.self, from: body).follow_ups.count
precondition(ourCount == count && appleCount == count && handWrittenCount == count)

let clock = ContinuousClock()
var best = [Duration](repeating: .seconds(1_000), count: 3)
for _ in 0..<iterations {
    var start = clock.now
    _ = try JSONDecoder().decode(HandWritten.ListResult.self, from: body)
    best[0] = min(best[0], clock.now - start)
    start = clock.now
    _ = try await ours.followUpsV2.list()
    best[1] = min(best[1], clock.now - start)
    start = clock.now
    _ = try await appleList()
    best[2] = min(best[2], clock.now - start)
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}
print("decode \(count) follow-ups (\(body.count) bytes) through each client, best of \(iterations) interleaved runs")
let names = ["hand-written Codable (baseline)", "openapi-swift IncidentIO client", "swift-openapi-generator client"]
for (name, duration) in zip(names, best) {
    print(String(format: "%-34@ %8.2f ms  %.2fx", name as NSString, milliseconds(duration), milliseconds(duration) / milliseconds(best[0])))
}
print(String(format: "openapi-swift is %.1fx faster than swift-openapi-generator", milliseconds(best[2]) / milliseconds(best[1])))
