import Features
import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// What the generator emits for defaults, explicit null, pagination and response metadata, exercised
/// through the generated clients against a real server.
@Suite struct FeatureTests {
    static func featuresClient(_ server: TestServer, sleeper: RecordingSleeper = RecordingSleeper()) -> FeaturesClient {
        let policy = RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(100), maximumDelay: .seconds(30), jitter: 0)
        return FeaturesClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: policy, sleeper: sleeper))
    }

    static func json(_ value: some Encodable) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as! [String: Any]
    }

    static func widget(_ id: String) -> String {
        #"{"id":"\#(id)","name":"Widget \#(id)","color":"blue"}"#
    }

    static func page(_ ids: [String], after: String?) -> TestServer.Reply {
        let meta = after.map { #"{"after":"\#($0)","page_size":2}"# } ?? #"{"page_size":2}"#
        return .json(200, #"{"widgets":[\#(ids.map(widget).joined(separator: ","))],"pagination_meta":\#(meta)}"#)
    }

    // MARK: Defaults

    @Test func payloadDefaultsAreTheInitialisersDefaults() throws {
        let payload = WidgetsCreatePayload(name: "w")
        #expect(payload.color == .darkRed)
        #expect(payload.size == .small)
        let body = try Self.json(payload)
        #expect(body["color"] as? String == "dark_red")
        #expect(body["quantity"] as? Int == 1)
        #expect(body["ratio"] as? Double == 0.5)
        #expect(body["enabled"] as? Bool == true)
        #expect(body["labels"] as? [String] == ["new", #"quoted "label""#])
        #expect(body["weights"] as? [Int] == [])
        #expect(body["greeting"] as? String == #"hello \(world) */"#)
        // Defaults that do not fit their type are left out (the generator warned about them).
        #expect(body["misfit"] == nil && body["unlisted"] == nil)
        // Callers still choose: nil leaves a defaulted field out.
        #expect(try Self.json(WidgetsCreatePayload(name: "w", color: nil))["color"] == nil)
    }

    @Test func queryParameterDefaultsAreSent() async throws {
        let server = try await TestServer(replies: [Self.page(["a"], after: nil)])
        defer { Task { await server.stop() } }
        _ = try await Self.featuresClient(server).widgets.list()
        let received = await server.received
        #expect(received.first?.rawQuery == "page_size=25&sort=newest&include_archived=false")
    }

    // MARK: Explicit null

    @Test func nilIsLeftOutUnlessNullIsAskedFor() throws {
        #expect(try Self.json(WidgetsUpdatePayload(name: "n")).keys.sorted() == ["name"])
        let clearing = try Self.json(WidgetsUpdatePayload(name: "n", explicitNulls: [.description, .parentID]))
        #expect(clearing.keys.sorted() == ["description", "name", "parent_id"])
        #expect(clearing["description"] is NSNull && clearing["parent_id"] is NSNull)
        // A value wins over the request to send null.
        let valued = try Self.json(WidgetsUpdatePayload(description: "d", explicitNulls: [.description]))
        #expect(valued["description"] as? String == "d")
    }

    @Test func decodingRecordsNullsSoTheyRoundTrip() throws {
        let text = #"{"description":null,"ratio":0.25}"#
        let payload = try JSONDecoder().decode(WidgetsUpdatePayload.self, from: Data(text.utf8))
        #expect(payload.explicitNulls == [.description])
        #expect(payload.description == nil && payload.ratio == 0.25)
        let again = try Self.json(payload)
        #expect(again.keys.sorted() == ["description", "ratio"])
    }

    @Test func explicitNullReachesTheServer() async throws {
        let server = try await TestServer(replies: [.json(200, #"{"widget":\#(Self.widget("w1"))}"#)])
        defer { Task { await server.stop() } }
        _ = try await Self.featuresClient(server).widgets.update(id: "w1", .init(explicitNulls: [.parentID]))
        let received = await server.received
        #expect(received.first?.method == "PATCH")
        #expect(received.first.map { String(decoding: $0.body, as: UTF8.self) } == #"{"parent_id":null}"#)
    }

    // MARK: Pagination

    @Test func listAllWalksEveryPage() async throws {
        let server = try await TestServer(replies: [
            Self.page(["a", "b"], after: "b"), Self.page(["c", "d"], after: "d"), Self.page(["e"], after: nil),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await widget in Self.featuresClient(server).widgets.listAll(pageSize: 2, sort: .oldest) {
            ids.append(widget.id)
        }
        #expect(ids == ["a", "b", "c", "d", "e"])
        let queries = await server.received.map(\.rawQuery)
        #expect(queries == [
            "page_size=2&sort=oldest&include_archived=false",
            "page_size=2&after=b&sort=oldest&include_archived=false",
            "page_size=2&after=d&sort=oldest&include_archived=false",
        ])
    }

    @Test func eachPageIsRetried() async throws {
        let server = try await TestServer(replies: [
            Self.page(["a"], after: "a"), .json(503, #"{"type":"unavailable"}"#), Self.page(["b"], after: nil),
        ])
        defer { Task { await server.stop() } }
        let sleeper = RecordingSleeper()
        var ids: [String] = []
        for try await widget in Self.featuresClient(server, sleeper: sleeper).widgets.listAll() { ids.append(widget.id) }
        #expect(ids == ["a", "b"])
        #expect(sleeper.delays == [.milliseconds(100)])
        #expect(await server.received.count == 3)
    }

    @Test func aRepeatedCursorEndsTheSequence() async throws {
        let server = try await TestServer(replies: [Self.page(["a"], after: "x"), Self.page(["b"], after: "x")],
                                          fallback: Self.page(["never"], after: nil))
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await widget in Self.featuresClient(server).widgets.listAll() { ids.append(widget.id) }
        #expect(ids == ["a", "b"])
    }

    @Test func cancellingStopsBeforeTheNextPage() async throws {
        let server = try await TestServer(replies: [Self.page(["a", "b"], after: "b")], fallback: Self.page(["c"], after: "c"))
        defer { Task { await server.stop() } }
        let client = Self.featuresClient(server)
        let task = Task { () async throws -> [String] in
            var ids: [String] = []
            for try await widget in client.widgets.listAll() {
                ids.append(widget.id)
                if ids.count == 2 { withUnsafeCurrentTask { $0?.cancel() } }
            }
            return ids
        }
        let result = await task.result
        guard case .failure(let failure) = result, case .transport(let error)? = failure as? ClientError else {
            Issue.record("expected cancellation, got \(result)")
            return
        }
        #expect(error.kind == .cancelled)
        #expect(await server.received.count == 1)
    }

    // MARK: Response metadata

    @Test func withResponseReturnsStatusHeadersAndRequestID() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"follow_up":\#(followUpJSON())}"#, headers: ["X-RateLimit-Remaining": "1199", "X-Request-Id": "req-123"]),
            .empty(204),
        ])
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let response = try await client.followUpsV2.showWithResponse(id: "f1")
        #expect(response.status == 200)
        #expect(response.header("x-ratelimit-remaining") == "1199")
        #expect(response.requestID == "req-123")
        #expect(response.body.followUp.id == "01FCNDV6P870EA6S7TK1DSYDG0")
        let deleted = try await client.followUpsV2.deleteWithResponse(id: "f1")
        #expect(deleted.status == 204)
    }

    // MARK: What each operation sends

    @Test func credentialsAndAcceptFollowEachOperation() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"widgets":[],"pagination_meta":{"page_size":25}}"#),
            .json(200, #"{"ok":true}"#),
            TestServer.Reply(status: 200, headers: ["Content-Type": "text/csv"], body: Data("id,name\n1,w\n".utf8)),
        ])
        defer { Task { await server.stop() } }
        let client = FeaturesClient(configuration: ClientConfiguration(serverURL: server.url, bearerToken: "secret", retryPolicy: .none))
        _ = try await client.widgets.list()
        #expect(try await client.widgets.status().ok == true)
        #expect(String(decoding: try await client.widgets.export(), as: UTF8.self) == "id,name\n1,w\n")
        let received = await server.received
        // The document's bearer scheme applies to every operation but the one whose security is `[]`.
        #expect(received[0].header("Authorization") == "Bearer secret")
        #expect(received[1].header("Authorization") == nil)
        #expect(received[2].header("Authorization") == "Bearer secret")
        // JSON results ask for JSON; the export asks for the media types its response declares.
        #expect(received[0].header("Accept") == "application/json")
        #expect(received[1].header("Accept") == "application/json")
        #expect(received[2].header("Accept") == "text/csv, text/plain")
    }
}
