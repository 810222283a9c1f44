import Foundation
import MultiFile
import OpenAPIGenRuntime
import Testing

/// The client of `Tests/Fixtures/multi-file` (a document spread over eleven files) decodes what its
/// referenced files describe and sends what they declare.
@Suite struct MultiFileTests {
    /// The `rex` example of `common/examples.yaml`, which the get operation's file references.
    static let rex = #"{"pet":{"id":7,"name":"Rex","toy":{"kind":"rope","length":120},"family":{"name":"Rex","children":[{"name":"Pup","children":[]}]}}}"#

    @Test func typesFromOtherFilesDecodeAndReEncode() throws {
        let response = try JSONDecoder().decode(PetsGetResponse200.self, from: Data(Self.rex.utf8))
        let pet = try #require(response.pet)
        guard case .rope(let rope)? = pet.toy else {
            Issue.record("the discriminator mapping into toys.yaml chose \(String(describing: pet.toy))")
            return
        }
        #expect(rope.length == 120)
        #expect(pet.family?.children?.first?.name == "Pup")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let again = try JSONSerialization.jsonObject(with: encoder.encode(response)) as? NSDictionary
        let original = try JSONSerialization.jsonObject(with: Data(Self.rex.utf8)) as? NSDictionary
        #expect(again == original)
    }

    @Test func operationsFromOtherFilesSendWhatTheyDeclare() async throws {
        let server = try await TestServer(replies: [
            .json(200, Self.rex), .json(200, Self.rex),
            .json(201, #"{"pet":{"id":8,"name":"Bo"}}"#, headers: ["ratelimit-remaining": "9"]),
            .json(200, #"{"pets":[],"meta":{"total":0}}"#),
        ])
        defer { Task { await server.stop() } }
        let client = MultiFileClient(configuration: ClientConfiguration(serverURL: server.url, bearerToken: "t0k", retryPolicy: .none))
        // The path parameter of paths/pet_item.yaml is an ID or a name: a union sent as its text.
        _ = try await client.pets.petsGet(petRef: .integer(7))
        _ = try await client.pets.petsGet(petRef: .string("Rex the 2nd"))
        let created = try await client.pets.petsCreate(PetCreate(name: "Bo", toy: .ball(Ball(kind: "ball", diameter: 6.5))))
        #expect(created.pet?.name == "Bo")
        // The default of common/parameters.yaml#/per_page is the argument's default.
        _ = try await client.pets.petsList()
        let received = await server.received
        #expect(received.map(\.rawPath) == ["/pets/7", "/pets/Rex%20the%202nd", "/pets", "/pets"])
        #expect(received.last?.rawQuery == "per_page=20")
        #expect(received.allSatisfy { $0.header("Authorization") == "Bearer t0k" })
        let sent = try #require(received[2].json)
        #expect(sent["name"] as? String == "Bo")
        #expect((sent["toy"] as? [String: Any])?["diameter"] as? Double == 6.5)
    }
}
