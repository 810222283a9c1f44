import Bulk
import Foundation
import OpenAPIGenRuntime
import Testing

/// Each paging style's `…All` sequence against a real server on 127.0.0.1: the requests it makes and the
/// items it yields.
@Suite struct PagingStyleTests {
    static func client(_ server: TestServer) -> BulkClient {
        BulkClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
    }

    static func items(_ ids: [String]) -> String {
        "[" + ids.map { #"{"id":"\#($0)"}"# }.joined(separator: ",") + "]"
    }

    @Test func startingAfterTheLastItemWhileHasMore() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"object":"list","data":\#(Self.items(["ch_1", "ch_2"])),"has_more":true}"#),
            .json(200, #"{"object":"list","data":\#(Self.items(["ch_3"])),"has_more":false}"#),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await charge in Self.client(server).charges.listAll(limit: 2) { ids.append(charge.id) }
        #expect(ids == ["ch_1", "ch_2", "ch_3"])
        #expect(await server.received.map(\.rawQuery) == ["limit=2", "limit=2&starting_after=ch_2"])
    }

    @Test func offsetUntilMoreIsFalse() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"incidents":\#(Self.items(["a", "b"])),"offset":0,"limit":2,"more":true}"#),
            .json(200, #"{"incidents":\#(Self.items(["c", "d"])),"offset":2,"limit":2,"more":true}"#),
            .json(200, #"{"incidents":\#(Self.items(["e"])),"offset":4,"limit":2,"more":false}"#),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await incident in Self.client(server).incidents.listAll(limit: 2) { ids.append(incident.id) }
        #expect(ids == ["a", "b", "c", "d", "e"])
        #expect(await server.received.map(\.rawQuery) == ["limit=2", "offset=2&limit=2", "offset=4&limit=2"])
    }

    @Test func offsetUntilNextIsNull() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"items":\#(Self.items(["a", "b"])),"next":"https://api.example.com/albums?offset=2","total":3}"#),
            .json(200, #"{"items":\#(Self.items(["c"])),"next":null,"total":3}"#),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await album in Self.client(server).albums.listAll() { ids.append(album.id) }
        #expect(ids == ["a", "b", "c"])
        #expect(await server.received.map(\.rawQuery) == ["", "offset=2"])
    }

    @Test func offsetUntilTheTotalIsReached() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"events":\#(Self.items(["a", "b"])),"total":3}"#),
            .json(200, #"{"events":\#(Self.items(["c"])),"total":3}"#),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await event in Self.client(server).events.listAll() { ids.append(event.id) }
        #expect(ids == ["a", "b", "c"])
        #expect(await server.received.count == 2)
    }

    @Test func aConfiguredCursorPath() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"data":\#(Self.items(["t1"])),"next_page":{"offset":"eyJ0IjoyfQ","uri":"/tasks?offset=eyJ0IjoyfQ"}}"#),
            .json(200, #"{"data":\#(Self.items(["t2"])),"next_page":null}"#),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await task in Self.client(server).tasks.listAll(limit: 1) { ids.append(task.id) }
        #expect(ids == ["t1", "t2"])
        #expect(await server.received.map(\.rawQuery) == ["limit=1", "offset=eyJ0IjoyfQ&limit=1"])
    }

    @Test func pageNumbersUntilTotalPages() async throws {
        let server = try await TestServer(replies: [
            .json(200, #"{"photos":\#(Self.items(["p1", "p2"])),"page":1,"total_pages":2}"#),
            .json(200, #"{"photos":\#(Self.items(["p3"])),"page":2,"total_pages":2}"#),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        for try await photo in Self.client(server).photos.listAll(perPage: 2) { ids.append(photo.id) }
        #expect(ids == ["p1", "p2", "p3"])
        #expect(await server.received.map(\.rawQuery) == ["per_page=2", "page=2&per_page=2"])
    }

    @Test func theLinkHeadersNextURL() async throws {
        let server = try await TestServer()
        defer { Task { await server.stop() } }
        let next = server.url.absoluteString + "/repositories/42/issues?page=2&per_page=2"
        await server.script([
            .json(200, Self.items(["i1", "i2"]), headers: ["Link": #"<\#(next)>; rel="next", <\#(next)>; rel="last""#]),
            .json(200, Self.items(["i3"]), headers: ["Link": #"<\#(server.url.absoluteString)/repositories/42/issues?page=1>; rel="first""#]),
        ])
        var ids: [String] = []
        for try await issue in Self.client(server).issues.listAll(owner: "octo", perPage: 2) { ids.append(issue.id) }
        #expect(ids == ["i1", "i2", "i3"])
        let received = await server.received
        #expect(received.map(\.rawPath) == ["/repos/octo/issues", "/repositories/42/issues"])
        #expect(received.map(\.rawQuery) == ["per_page=2", "page=2&per_page=2"])
    }

    @Test func aLinkToAnotherOriginIsNotFollowed() async throws {
        let server = try await TestServer(replies: [
            .json(200, Self.items(["i1"]), headers: ["Link": #"<https://elsewhere.example/steal?page=2>; rel="next""#]),
        ])
        defer { Task { await server.stop() } }
        var ids: [String] = []
        do {
            for try await issue in Self.client(server).issues.listAll(owner: "octo") { ids.append(issue.id) }
            Issue.record("expected the foreign link to be refused")
        } catch .invalidRequest(let message) {
            #expect(message.contains("elsewhere.example"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(ids == ["i1"])
        #expect(await server.received.count == 1)
    }

    @Test func linkHeadersParseAsRFC8288Writes() {
        let links = LinkHeaderProbe.next(#"<https://a.example/x?a=1,2>; rel="prev first", <https://a.example/y>; title="a, b"; rel=next"#)
        #expect(links == "https://a.example/y")
    }
}

/// `APIResponse.nextLink` over one header value.
enum LinkHeaderProbe {
    static func next(_ value: String) -> String? {
        APIResponse(body: (), status: 200, headers: [("Link", value)]).nextLink
    }
}
