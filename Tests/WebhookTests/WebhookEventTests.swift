import ExampleVerifier
import Foundation
import IncidentIO
import OpenAPI
import OpenAPIGenRuntime
import OpenAPIGenWebhooks
import SchemaIR
import Testing

/// The shipped module's event union: every event example of its document, deliveries verified and decoded,
/// an unknown event kept whole.
@Suite struct WebhookEventTests {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let examples: [(location: String, eventType: String, json: String)] = {
        guard let document = try? OpenAPIDocument.load(path: repository + "/openapi/incident-io-follow-ups.yaml") else { return [] }
        return ExampleVerifier.eventExamples(in: IRDocument(document))
    }()

    static let secret = "whsec_" + Data("a receiver's secret, 32 bytes...".utf8).base64EncodedString()

    static func delivery(_ json: String, id: String = "msg_1", at time: Date = Date()) throws -> (Data, [(name: String, value: String)]) {
        let body = Data(json.utf8)
        let signature = try WebhookVerifier(secret: secret).signature(id: id, timestamp: time, body: body)
        return (body, [("webhook-id", id), ("webhook-timestamp", String(Int(time.timeIntervalSince1970))), ("webhook-signature", signature)])
    }

    @Test func everyEventExampleDecodesIntoItsCaseAndRoundTrips() throws {
        #expect(Self.examples.count == 8)
        #expect(Set(Self.examples.map(\.eventType)) == Set(IncidentIOWebhookEvent.knownEventTypes))
        for example in Self.examples {
            let event = try JSONDecoder().decode(IncidentIOWebhookEvent.self, from: Data(example.json.utf8))
            #expect(event.eventType == example.eventType)
            if case .unknown = event { Issue.record("\(example.location) decoded as unknown") }
            try ExampleVerifier.verifyEvent(example.json, as: IncidentIOWebhookEvent.self, at: example.location)
        }
    }

    @Test func anUnknownEventIsKeptWholeAndEncodedBackUnchanged() throws {
        let json = #"{"event_type":"public_incident.something_new_v9","public_incident.something_new_v9":{"id":"x","nested":[1,2]}}"#
        let event = try JSONDecoder().decode(IncidentIOWebhookEvent.self, from: Data(json.utf8))
        guard case .unknown(let eventType, let payload) = event else {
            Issue.record("expected the catch-all, got \(event)")
            return
        }
        #expect(eventType == "public_incident.something_new_v9")
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(event)) == payload)
    }

    @Test func theReadmeHandlerVerifiesThenSwitches() throws {
        let verifier = try WebhookVerifier(secret: Self.secret)
        let created = try #require(Self.examples.first { $0.eventType == "public_incident.follow_up_created_v2" })
        let (body, headers) = try Self.delivery(created.json)
        #expect(try handleDelivery(body: body, headers: headers, verifier: verifier).hasPrefix("created: "))
        let action = try #require(Self.examples.first { $0.eventType == "private_incident.action_created_v1" })
        let (actionBody, actionHeaders) = try Self.delivery(action.json)
        #expect(try handleDelivery(body: actionBody, headers: actionHeaders, verifier: verifier) == "ignored: private_incident.action_created_v1")
        // Altered after signing: refused before anything is decoded.
        var tampered = body
        tampered.append(contentsOf: Array(" ".utf8))
        #expect(throws: WebhookVerificationError.noMatchingSignature) { _ = try handleDelivery(body: tampered, headers: headers, verifier: verifier) }
        // Replayed an hour later.
        let (old, oldHeaders) = try Self.delivery(created.json, at: Date().addingTimeInterval(-3_600))
        #expect(throws: WebhookVerificationError.timestampTooOld) { _ = try handleDelivery(body: old, headers: oldHeaders, verifier: verifier) }
    }
}
