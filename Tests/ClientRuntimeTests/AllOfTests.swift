import AllOf
import Foundation
import OpenAPIGenRuntime
import Testing

/// `allOf` with parts that only annotate is the type it annotates (`Tests/Fixtures/all-of.yaml`).
@Suite struct AllOfTests {
    static let json = #"{"events":[{"event_type":"item_created","additional_details":{"name":"Aaron Levie","nested":{"a":1}}},{"event_type":"retention_applied"}],"folder":{"description":"Contracts"},"request":{"response_format":{"type":"json_object"},"metadata":{"k":[1,2]}}}"#

    @Test func annotatedReferencesAndPrimitivesKeepTheirTypes() throws {
        let body = try JSONDecoder().decode(ListEventsResponse200.self, from: Data(Self.json.utf8))
        let events = try #require(body.events)
        #expect(events[0].eventType == .itemCreated)
        // A value the enum does not list is kept, as for any open enum.
        #expect(events[1].eventType == .unknown("retention_applied"))
        #expect(events[0].additionalDetails?["nested"] == .object(["a": .integer(1)]))
        #expect(body.folder?.description == "Contracts")
        #expect(body.request?.responseFormat?.type == "json_object")
        #expect(body.request?.metadata == .object(["k": .array([.integer(1), .integer(2)])]))
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(body))
        #expect(reencoded == (try JSONDecoder().decode(JSONValue.self, from: Data(Self.json.utf8))))
    }

    @Test func aNullReceivedIsANullSentBack() throws {
        // `response_format` is nullable (through an annotating allOf part) in a response-only type.
        let json = #"{"request":{"response_format":null,"metadata":{"k":1}}}"#
        let body = try JSONDecoder().decode(ListEventsResponse200.self, from: Data(json.utf8))
        #expect(body.request?.responseFormat == nil)
        #expect(body.request?.explicitNulls == [.responseFormat])
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(body))
        #expect(reencoded == (try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))))
    }
}
