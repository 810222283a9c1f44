import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

@Suite struct SecurityTests {
    @Test func anEmptyKeyFailsBeforeAnythingIsSent() async throws {
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        do {
            _ = try await makeClient(server, key: "").followUpsV2.list()
            Issue.record("expected an error")
        } catch .invalidRequest(let message) {
            #expect(message == "the API key is empty")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(await server.received.isEmpty)
    }

    @Test func theKeyNeverAppearsInDescriptionsErrorsOrLogs() async throws {
        let server = try await TestServer(fallback: .json(401, unauthorizedJSON))
        defer { Task { await server.stop() } }
        let lines = LockedList<String>()
        let logger = LoggingMiddleware { line in lines.append(line) }
        let client = makeClient(server, middlewares: [logger])
        var texts: [String] = [String(describing: client), String(reflecting: client), "\(client.client.configuration)"]
        var dumped = ""
        dump(client, to: &dumped)
        texts.append(dumped)
        do {
            _ = try await client.followUpsV2.list()
        } catch {
            texts += [String(describing: error), String(reflecting: error), error.localizedDescription]
        }
        var request = HTTPRequest(method: "GET", url: server.url)
        request.setHeader("Authorization", "Bearer \(apiKey)")
        texts += [String(describing: request), String(reflecting: request)]
        texts += lines.all
        #expect(lines.all.count == 2)
        for text in texts {
            #expect(!text.contains(apiKey), "leaked in: \(text)")
            #expect(!text.contains("SECRET"))
        }
    }

    @Test func middlewaresRunInOrderAroundEveryAttempt() async throws {
        let server = try await TestServer(replies: [.json(503, "{}")], fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let order = LockedList<String>()
        struct Recorder: ClientMiddleware {
            let name: String
            let order: LockedList<String>
            func intercept(_ request: HTTPRequest, next: (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
                order.append("\(name) →")
                let response = try await next(request)
                order.append("\(name) ← \(response.status)")
                return response
            }
        }
        let recorders = [Recorder(name: "outer", order: order), Recorder(name: "inner", order: order)]
        let client = makeClient(server, middlewares: recorders.map { $0 as any ClientMiddleware } + [HeaderMiddleware([("X-Tenant", "acme")])])
        _ = try await client.followUpsV2.list()
        #expect(order.all == ["outer →", "inner →", "inner ← 503", "outer ← 503", "outer →", "inner →", "inner ← 200", "outer ← 200"])
        #expect(await server.received.map { $0.header("X-Tenant") } == ["acme", "acme"])
    }
}
