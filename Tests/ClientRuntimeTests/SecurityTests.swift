import Foundation
import HTTPTypes
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
        // What middlewares and transports are handed: swift-http-types never prints header values, and the
        // context's description hides credentials in headers and in the query.
        var request = HTTPRequest(method: .get, url: server.url)
        request.headerFields[.authorization] = "Bearer \(apiKey)"
        texts += [String(describing: request), String(reflecting: request), RequestContext().redactedDescription(of: request)]
        var keyed = HTTPRequest(method: .get, url: server.url.appending(queryItems: [URLQueryItem(name: "api_key", value: apiKey)]))
        keyed.headerFields[HTTPField.Name("X-API-Key")!] = apiKey
        let context = RequestContext(secretNames: ["api_key"])
        texts += [context.redactedDescription(of: keyed), context.redactedTarget(of: keyed)]
        #expect(context.redactedTarget(of: keyed).hasSuffix("?api_key=<redacted>"))
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
            func intercept(_ request: HTTPRequest, body: Data?, context: RequestContext,
                           next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)) async throws -> (HTTPResponse, Data) {
                order.append("\(name) → \(context.attempt)")
                let (response, responseBody) = try await next(request, body)
                order.append("\(name) ← \(response.status.code)")
                return (response, responseBody)
            }
        }
        let recorders = [Recorder(name: "outer", order: order), Recorder(name: "inner", order: order)]
        let client = makeClient(server, middlewares: recorders.map { $0 as any ClientMiddleware } + [HeaderMiddleware([HTTPField.Name("X-Tenant")!: "acme"])])
        _ = try await client.followUpsV2.list()
        #expect(order.all == ["outer → 1", "inner → 1", "inner ← 503", "outer ← 503", "outer → 2", "inner → 2", "inner ← 200", "outer ← 200"])
        #expect(await server.received.map { $0.header("X-Tenant") } == ["acme", "acme"])
    }
}
