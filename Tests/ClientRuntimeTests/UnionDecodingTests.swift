import Foundation
import OpenAPIGenRuntime
import Testing
import Unions

/// Unions without a discriminator (`Tests/Fixtures/unions.yaml`) decode into the variant the data fits,
/// re-encode without losing what the input had, and never recurse without end.
@Suite struct UnionDecodingTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    static func sameJSON(_ value: some Encodable, _ json: String) throws -> Bool {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) == decode(JSONValue.self, json)
    }

    @Test(arguments: [
        (#"{"role":"system","content":"be brief"}"#, "systemMessage"),
        (#"{"role":"user","content":"hi","name":"ann"}"#, "userMessage"),
        (#"{"role":"tool","content":"42","tool_call_id":"c1"}"#, "toolMessage"),
    ])
    func aPropertyWithOneAllowedValueTellsVariantsApart(json: String, expected: String) throws {
        let message = try Self.decode(Message.self, json)
        let chosen: String
        switch message {
        case .systemMessage: chosen = "systemMessage"
        case .userMessage: chosen = "userMessage"
        case .toolMessage: chosen = "toolMessage"
        case .undocumented: chosen = "undocumented"
        }
        #expect(chosen == expected)
        #expect(try Self.sameJSON(message, json), "re-encoding lost or changed a field")
    }

    @Test func anUnknownRoleIsKeptAsJSON() throws {
        let json = #"{"role":"developer","content":"x"}"#
        guard case .undocumented = try Self.decode(Message.self, json) else { Issue.record("matched a variant"); return }
        #expect(try Self.sameJSON(try Self.decode(Message.self, json), json))
    }

    @Test func theVariantThatKnowsMostOfTheInputWins() throws {
        let deleted = #"{"id":"c1","deleted":true}"#
        guard case .deletedCustomer(let customer) = try Self.decode(CustomerOrDeleted.self, deleted) else {
            Issue.record("expected the deleted customer"); return
        }
        #expect(customer.deleted == true)
        #expect(try Self.sameJSON(try Self.decode(CustomerOrDeleted.self, deleted), deleted))
        // Both know only `id`: the first listed wins, deterministically.
        guard case .customer = try Self.decode(CustomerOrDeleted.self, #"{"id":"c2"}"#) else { Issue.record("expected the customer"); return }
    }

    @Test func unionsThatLeadBackToThemselvesTerminate() throws {
        #expect(try Self.decode(RecursivePetAnyOf.self, #""just a string""#) == .string("just a string"))
        let nested = #"["a",["b","c"]]"#
        let pet = try Self.decode(RecursivePetAnyOf.self, nested)
        #expect(pet == .array([.string("a"), .array([.string("b"), .string("c")])]))
        #expect(try Self.sameJSON(pet, nested))
        // Shape and Circle name each other: each still decodes what it can without recursing.
        #expect(try Self.decode(Shape.self, "5") == .integer(5))
        guard case .circle(.variant2(let circle)) = try Self.decode(Shape.self, #"{"radius":2.5}"#) else { Issue.record("expected a circle"); return }
        #expect(circle.radius == 2.5)
        #expect(try Self.decode(Circle.self, #"{"radius":1}"#) == .variant2(.init(radius: 1)))
    }

    @Test func anOpenStringUnionIsItsKnownValuesPlusAnyString() throws {
        #expect(try Self.decode(ModelName.self, #""gpt-4o""#) == .gpt4o)
        #expect(try Self.decode(ModelName.self, #""o3""#) == .o3)
        #expect(try Self.decode(ModelName.self, #""ft:my-model""#) == .unknown("ft:my-model"))
        #expect(try Self.sameJSON(ModelName.unknown("ft:my-model"), #""ft:my-model""#))
    }

    @Test func inlineVariantsAreNamedAfterTheirTagValue() throws {
        let json = #"[{"type":"text","text":"hi"},{"type":"image_url","url":"https://x.example/a.png"}]"#
        let parts = try Self.decode([ContentPart].self, json)
        guard case .text(let text) = parts[0], case .imageURL(let image) = parts[1] else { Issue.record("\(parts)"); return }
        #expect(text.text == "hi" && image.url == "https://x.example/a.png")
        #expect(try Self.sameJSON(parts, json))
    }

    @Test(arguments: [
        #"{"id":"p1","amount":500,"method":"card","last4":"4242"}"#,
        #"{"id":"p2","amount":900,"method":"bank_transfer","iban":"DE89370400440532013000"}"#,
        #"{"id":"p3","amount":100,"method":"voucher","code":"X"}"#,
    ])
    func propertiesBesideOneOfAreKeptWithTheVariant(json: String) throws {
        let payment = try Self.decode(Payment.self, json)
        #expect(payment.id.hasPrefix("p") && payment.amount > 0)
        switch payment.variant {
        case .card(let card): #expect(card.last4 == "4242")
        case .bankTransfer(let transfer): #expect(transfer.iban.hasPrefix("DE"))
        case .undocumented(let value): #expect(value == (try Self.decode(JSONValue.self, json)))
        }
        #expect(try Self.sameJSON(payment, json), "re-encoding lost or changed a field")
    }
}
