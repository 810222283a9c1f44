import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// Responses a real network can deliver: each is a typed error naming what went wrong, never a crash.
@Suite struct MalformedResponseTests {
    func decodingFailure(_ reply: TestServer.Reply) async throws -> DecodingFailure? {
        let server = try await TestServer(fallback: reply)
        defer { Task { await server.stop() } }
        do {
            _ = try await makeClient(server, retryPolicy: RetryPolicy.none).followUpsV2.show(id: "f1")
            Issue.record("expected a decoding error")
        } catch .decoding(let failure) {
            return failure
        } catch {
            Issue.record("unexpected \(error)")
        }
        return nil
    }

    @Test func nullWhereRequired() async throws {
        let failure = try await decodingFailure(.json(200, #"{"follow_up":null}"#))
        #expect(failure?.path == "follow_up")
    }

    @Test func wrongJSONTypes() async throws {
        let failure = try await decodingFailure(.json(200, #"{"follow_up":[1,2,3]}"#))
        #expect(failure?.path == "follow_up")
    }

    @Test func invalidUTF8() async throws {
        let body = Data(#"{"follow_up":{"id":""#.utf8) + Data([0xC3, 0x28]) + Data(#""}}"#.utf8)
        let failure = try await decodingFailure(TestServer.Reply(status: 200, headers: ["Content-Type": "application/json"], body: body))
        #expect(failure != nil)
    }

    @Test func wrongContentType() async throws {
        let failure = try await decodingFailure(TestServer.Reply(status: 200, headers: ["Content-Type": "text/html"], body: Data("<html>maintenance</html>".utf8)))
        #expect(failure?.message.hasPrefix("the response is 'text/html', not JSON") == true)
    }

    @Test func emptySuccessBody() async throws {
        let failure = try await decodingFailure(.empty(200))
        #expect(failure?.message == "the response body is empty")
    }

    @Test func aFiftyMegabyteBodyDecodes() async throws {
        let title = String(repeating: "x", count: 50 * 1024 * 1024)
        let body = followUpJSON().replacingOccurrences(of: "Cat is stuck in the tree", with: title)
        let server = try await TestServer(fallback: .json(200, #"{"follow_up":\#(body)}"#))
        defer { Task { await server.stop() } }
        let result = try await makeClient(server).followUpsV2.show(id: "f1")
        #expect(result.followUp.title.utf8.count == 50 * 1024 * 1024)
    }
}
