import BenchmarkSupport
import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime

// Peak memory while the generated client handles a ~50 MB response body, as a ratio to the body's size.
// Each case runs in its own process (peak RSS only grows), started by this program with `--case NAME`:
//
//   valid-list   a 50 MB follow-ups list that decodes
//   wrong-shape  a 50 MB JSON document of the wrong shape (a decoding error naming the path)
//   garbage      50 MB that is not JSON at all
//   error-body   a 50 MB body on a 500 (the typed HTTP error keeps at most 4 KB of it)

/// Answers every request with the same bytes: no network, so only the client's own handling is measured.
struct FixedTransport: HTTPTransport {
    let status: Int
    let body: Data

    func send(_ request: HTTPRequest, body _: Data?, context: RequestContext) async throws -> (HTTPResponse, Data) {
        (HTTPResponse(status: .init(code: status), headerFields: [.contentType: "application/json"]), body)
    }
}

func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
}

func body(for name: String) -> (status: Int, body: Data) {
    let target = 50 * 1024 * 1024
    switch name {
    case "valid-list":
        let one = FollowUpListBody.make(count: 1).utf8.count
        return (200, Data(FollowUpListBody.make(count: target / one).utf8))
    case "wrong-shape":
        return (200, Data(("{\"follow_ups\":[" + String(repeating: "{\"id\":1},", count: target / 9) + "{}]}").utf8))
    case "garbage":
        return (200, Data(repeating: UInt8(ascii: "x"), count: target))
    default:
        return (500, Data(("{\"type\":\"server_error\",\"padding\":\"" + String(repeating: "x", count: target) + "\"}").utf8))
    }
}

func runCase(_ name: String) async {
    let (status, bytes) = body(for: name)
    let before = peakResidentBytes()
    let client = IncidentIOClient(configuration: ClientConfiguration(
        serverURL: URL(string: "http://127.0.0.1")!, bearerToken: "key", transport: FixedTransport(status: status, body: bytes),
        retryPolicy: RetryPolicy(maximumAttempts: 1)))
    var outcome: String
    do {
        let list = try await client.followUpsV2.list()
        outcome = "decoded \(list.followUps.count) follow-ups"
    } catch {
        outcome = String(String(describing: error).prefix(100))
    }
    let growth = Double(peakResidentBytes() - before) / Double(bytes.count)
    print(String(format: "%-12@  body %5.1f MB   peak growth %.2fx the body   (%@)", name as NSString,
                 Double(bytes.count) / 1_048_576, growth, outcome as NSString))
}

let arguments = CommandLine.arguments
if arguments.count == 3, arguments[1] == "--case" {
    await runCase(arguments[2])
} else {
    print("Peak resident memory growth while handling a ~50 MB body, as a multiple of the body's size:")
    fflush(nil)  // before the children write to the same terminal
    for name in ["valid-list", "wrong-shape", "garbage", "error-body"] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = ["--case", name]
        try process.run()
        process.waitUntilExit()
    }
}
