import Collisions
import Foundation
import OpenAPIGenRuntime
import Testing

/// The client of `Tests/Fixtures/collisions.yaml`, whose names collide everywhere, decodes, re-encodes and
/// sends what its document says (its compiling at all is checked by the golden package).
@Suite struct CollisionTests {
    static let accountJSON = #"{"id":"a1","account":{"url":"https://x.example","account":"a"},"Type":"t","self":"s","init":"i","description":"d","hashValue":7,"additionalProperties":"p","explicitNulls":true,"extension":"extension","date":"2024-01-01","1password":{"1password":"secret"}}"#

    static func object(_ json: String) throws -> NSDictionary {
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as! NSDictionary
    }

    @Test func everyCollidingPropertyRoundTrips() throws {
        let account = try JSONDecoder().decode(Account.self, from: Data(Self.accountJSON.utf8))
        #expect(account.type == "t" && account.self_ == "s" && account.init_ == "i" && account.hashValue2 == 7)
        #expect(account.additionalProperties2 == "p" && account.explicitNulls2 == true)
        #expect(account.extension == .extension && account._1password?._1password == "secret")
        let reencoded = String(decoding: try JSONEncoder().encode(account), as: UTF8.self)
        #expect(try Self.object(reencoded) == Self.object(Self.accountJSON))
    }

    @Test func propertiesAndCasesNamedLikeTheirTypes() throws {
        let json = #"{"pullrequest":{"repository":{"name":"n","repository":"r"},"pullrequest":"p"},"customer":{"id":"c1","customer":"x"}}"#
        let body = try JSONDecoder().decode(PullrequestResponse200.self, from: Data(json.utf8))
        #expect(body.pullrequest?.repository?.repository == "r")
        guard case .customer(let customer)? = body.customer else { Issue.record("\(String(describing: body.customer))"); return }
        #expect(customer.customer == "x")
        #expect(try Self.object(String(decoding: try JSONEncoder().encode(body), as: UTF8.self)) == Self.object(json))
    }

    @Test func keywordAndShadowingParametersAreSent() async throws {
        let server = try await TestServer(replies: [
            .json(200, Self.accountJSON),
            .json(200, #"{"id":"tu_1","topup":"tu","amount":5,"status":"pending"}"#),
        ])
        defer { Task { await server.stop() } }
        let client = CollisionsClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        let account = try await client.extension.extension(extension: "e/1", in: "i", `inout`: 2, default: "d", self_: true, request2: "r")
        #expect(account.id == "a1")
        let topup = try await client.topup.postTopupsTopup(topup: "tu_1", Topup(id: "tu_1", amount: 5), repository: "repo", string: "s")
        #expect(topup.status == .pending)
        let received = await server.received
        #expect(received[0].rawPath == "/extensions/e%2F1")
        #expect(received[0].rawQuery == "in=i&inout=2&self=true&request=r")
        #expect(received[0].header("default") == "d")
        #expect(received[1].rawPath == "/topups/tu_1")
        #expect(received[1].rawQuery == "repository=repo")
        #expect(received[1].header("String") == "s")
        #expect(received[1].json?["amount"] as? Int == 5)
    }
}
