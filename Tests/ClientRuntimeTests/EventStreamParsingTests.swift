import Foundation
import OpenAPIGenRuntime
import Testing

/// `text/event-stream` parsing per the WHATWG rules, fed in awkward chunks through the public stream types.
@Suite struct EventStreamParsingTests {
    static func events(_ chunks: [String]) async throws -> [ServerSentEvent<String>] {
        let body = ByteStream()
        for chunk in chunks { body.yield(Data(chunk.utf8)) }
        body.finish()
        var events: [ServerSentEvent<String>] = []
        for try await event in ServerSentEventStream<String>(body: body) { events.append(event) }
        return events
    }

    @Test func aCRLFSplitAcrossChunksIsOneLineEnd() async throws {
        let events = try await Self.events(["data: a\r", "\ndata: b\r", "\n\r", "\n"])
        #expect(events.map(\.data) == ["a\nb"])
    }

    @Test func fieldsFollowTheStandard() async throws {
        let events = try await Self.events([
            "\u{FEFF}data:no space\n\n",            // a leading BOM is dropped; the space after the colon is optional
            "data\n\n",                              // a field without a colon has an empty value
            "id: a\u{0}b\ndata: x\n\n",              // an id containing NUL is ignored
            "retry: 12s\nretry: 300\ndata: y\n\n",   // only digits set retry
            "event:\ndata: z\n\n",                   // an empty event name is the default
            ": comment only\n\n",                    // no data: nothing dispatched
            "data: last without a blank line",
        ])
        #expect(events.map(\.data) == ["no space", "", "x", "y", "z", "last without a blank line"])
        #expect(events.map(\.id) == [nil, nil, nil, nil, nil, nil])
        #expect(events[3].retry == 300)
        #expect(events.map(\.event) == [nil, nil, nil, nil, nil, nil])
    }

    @Test func jsonLinesAndSequencesIgnoreBlankRecords() async throws {
        struct Item: Decodable, Sendable, Equatable { var n: Int }
        let lines = ByteStream()
        for chunk in ["{\"n\": 1}\r\n\n{\"n\"", ": 2}\n", "  \n{\"n\": 3}"] { lines.yield(Data(chunk.utf8)) }
        lines.finish()
        var read: [Item] = []
        for try await item in JSONItemStream<Item>(body: lines, format: .lines) { read.append(item) }
        #expect(read == [Item(n: 1), Item(n: 2), Item(n: 3)])

        let sequence = ByteStream(Data("\u{1E}{\"n\": 1}\n\u{1E}\u{1E}{\"n\": 2}\n".utf8))
        var records: [Item] = []
        for try await item in JSONItemStream<Item>(body: sequence, format: .sequence) { records.append(item) }
        #expect(records == [Item(n: 1), Item(n: 2)])
    }
}
