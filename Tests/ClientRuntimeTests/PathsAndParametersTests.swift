import Foundation
import OpenAPIGenRuntime
import PathsAndParameters
import Testing

/// What `Tests/Fixtures/paths-and-parameters.yaml`'s client sends, as the loopback server receives it.
@Suite struct PathsAndParametersTests {
    @Test func aPathFragmentIsNeverSentAndTheQueryGoesWhereTheServerSeesIt() async throws {
        let server = try await TestServer(replies: [.empty(204), .empty(204)])
        defer { Task { await server.stop() } }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        try await client.files.removeSharedLink(fileID: "f 1", fields: "shared_link")
        try await client.files.addSharedLink(fileID: "f2", fields: "shared_link")
        let received = await server.received
        #expect(received.map(\.rawPath) == ["/files/f%201", "/files/f2"])
        #expect(received.map(\.rawQuery) == ["fields=shared_link", "fields=shared_link"])
    }

    @Test func parametersWithJSONContentAreSentAsJSON() async throws {
        let server = try await TestServer(replies: [.empty(204)])
        defer { Task { await server.stop() } }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        try await client.files.search(filter: SearchFilter(status: "open", ids: [1, 2]), xContext: SearchXContext(tenant: "acme/eu"))
        let request = try #require(await server.received.first)
        let query = try #require(URLComponents(string: "http://x/?" + request.rawQuery)?.queryItems)
        #expect(query.map(\.name) == ["filter"])
        #expect(query.first?.value == #"{"ids":[1,2],"status":"open"}"#)
        #expect(request.header("X-Context") == #"{"tenant":"acme/eu"}"#)
    }

    @Test func aResultThatIsNotJSONIsTheBytesAskedForByItsMediaType() async throws {
        let server = try await TestServer(replies: [TestServer.Reply(status: 200, headers: ["Content-Type": "text/plain"], body: Data("all good\n".utf8))])
        defer { Task { await server.stop() } }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        #expect(String(decoding: try await client.files.report(), as: UTF8.self) == "all good\n")
        #expect(await server.received.first?.header("Accept") == "text/plain")
    }
}
