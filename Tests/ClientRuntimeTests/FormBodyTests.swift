import Foundation
import OpenAPIGenRuntime
import PathsAndParameters
import Synchronization
import Testing

/// Form bodies (`application/x-www-form-urlencoded`) parsed back by a real parser: Python's
/// `urllib.parse.parse_qsl` behind a loopback HTTP server, not our own encoder's inverse.
@Suite struct FormBodyTests {
    @Test func aTypedPayloadIsEncodedAsTheFormRulesSay() async throws {
        let server = try PythonEchoServer(requests: 1)
        defer { server.stop() }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        let payload = CreateChargeRequestBody(
            amount: 2000, currency: "eur", capture: false, description: "Tea & cake for 2 (café) 100%+",
            ratio: 0.25, tags: ["a b", "c"], metadata: ["order_id": "6735", "note": "x=y&z"],
            items: [.init(price: "price_1", quantity: 2), .init(price: "price 2", quantity: nil)])
        let echo = try await client.charges.createCharge(payload)
        #expect(echo.contentType == "application/x-www-form-urlencoded")
        let pairs = try #require(echo.pairs).map { $0.joined(separator: "=") }
        #expect(pairs == [
            "amount=2000", "capture=false", "currency=eur", "description=Tea & cake for 2 (café) 100%+",
            "items[0][price]=price_1", "items[0][quantity]=2", "items[1][price]=price 2",
            "metadata[note]=x=y&z", "metadata[order_id]=6735", "ratio=0.25", "tags=a b", "tags=c",
        ])
    }

    @Test func optionalFieldsLeftOutAreNotSent() async throws {
        let server = try PythonEchoServer(requests: 1)
        defer { server.stop() }
        let client = PathsAndParametersClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        let echo = try await client.charges.createCharge(CreateChargeRequestBody(amount: 5, currency: "usd"))
        #expect(try #require(echo.pairs).map { $0.joined(separator: "=") } == ["amount=5", "currency=usd"])
    }
}
