import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// Middlewares and transports work on swift-http-types' messages, as the rest of the server-side ecosystem does.
@Suite struct HTTPTypesBoundaryTests {
    /// Reads the request as swift-http-types has it, adds a field on the way out and one on the way back.
    struct Inspector: ClientMiddleware {
        let seen: LockedList<String>

        func intercept(_ request: HTTPRequest, body: Data?, context: RequestContext,
                       next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)) async throws -> (HTTPResponse, Data) {
            let credentials = request.headerFields[.authorization] == nil ? "none" : "bearer"
            seen.append("\(request.method) \(request.scheme ?? "-") \(request.path ?? "-") \(credentials) \(request.headerFields[.accept] ?? "-")")
            var request = request
            request.headerFields[HTTPField.Name("X-Added")!] = "1"
            var (response, responseBody) = try await next(request, body)
            response.headerFields[HTTPField.Name("X-Seen")!] = "\(response.status.code)"
            return (response, responseBody)
        }
    }

    @Test func middlewaresReadAndChangeTheMessages() async throws {
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[]}"#))
        defer { Task { await server.stop() } }
        let seen = LockedList<String>()
        let client = makeClient(server, middlewares: [Inspector(seen: seen)])
        let response = try await client.followUpsV2.listWithResponse(incidentID: "inc 1")
        #expect(seen.all == ["GET http /v2/follow_ups?incident_id=inc%201 bearer application/json"])
        #expect(response.headers.first { $0.name == "X-Seen" }?.value == "200")
        #expect(await server.received.first?.header("X-Added") == "1")
    }

    /// A transport written against swift-http-types alone: it answers from memory.
    struct EchoTransport: HTTPTransport {
        func send(_ request: HTTPRequest, body: Data?, context: RequestContext) async throws -> (HTTPResponse, Data) {
            var fields: HTTPFields = [.contentType: "application/json"]
            fields[HTTPField.Name("X-Timeout")!] = "\(context.timeout.components.seconds)"
            return (HTTPResponse(status: .ok, headerFields: fields), Data(#"{"follow_ups":[]}"#.utf8))
        }
    }

    @Test func aTransportOnHTTPTypesAloneServesTheClient() async throws {
        let client = IncidentIOClient(configuration: ClientConfiguration(serverURL: URL(string: "https://api.example.com")!, bearerToken: "k",
                                                                         timeout: .seconds(7), transport: EchoTransport()))
        let response = try await client.followUpsV2.listWithResponse(options: RequestOptions(timeout: .seconds(3)))
        #expect(response.body.followUps.isEmpty)
        #expect(response.headers.first { $0.name == "X-Timeout" }?.value == "3")
    }
}
