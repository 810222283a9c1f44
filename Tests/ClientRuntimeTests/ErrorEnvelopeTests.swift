import Features
import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// Error bodies are read as the API's configuration says (`errorEnvelope:`), not by a rule in the runtime.
@Suite struct ErrorEnvelopeTests {
    func failure(_ reply: TestServer.Reply, _ client: (TestServer) -> FeaturesClient) async throws -> HTTPFailure {
        let server = try await TestServer(fallback: reply)
        defer { Task { await server.stop() } }
        do {
            _ = try await client(server).widgets.show(id: "w1")
        } catch .http(let failure) {
            return failure
        }
        Issue.record("expected an HTTP failure")
        throw CancellationError()
    }

    @Test func aClientWithoutAnEnvelopeKeepsTheBodyAsText() async throws {
        // The features document configures no envelope: incident.io's shape means nothing to it.
        let failure = try await failure(.json(422, validationJSON)) { server in
            FeaturesClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none))
        }
        #expect(failure.type == nil && failure.requestID == nil && failure.errors.isEmpty)
        #expect(failure.bodyText == validationJSON)
    }

    @Test func anotherAPIsEnvelopeIsReadFromItsPaths() async throws {
        let envelope = ErrorEnvelope(type: "error.kind", requestID: "meta.trace", errors: "error.details", errorCode: "reason",
                                     errorMessage: "text", errorField: "at.param", rateLimit: "error.quota", rateLimitLimit: "max",
                                     rateLimitRetryAfter: "resume")
        let body = #"{"error":{"kind":"invalid","details":[{"reason":"bad","text":"Name is too long","at":{"param":"name"}}],"quota":{"max":10,"resume":"2025-04-17T11:17:18Z"}},"meta":{"trace":"t-1"}}"#
        let failure = try await failure(.json(400, body)) { server in
            FeaturesClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none, errorEnvelope: envelope))
        }
        #expect(failure.type == "invalid")
        #expect(failure.requestID == "t-1")
        #expect(failure.errors == [APIErrorDetail(code: "bad", message: "Name is too long", source: .init(field: "name"))])
        #expect(failure.rateLimit == RateLimitInfo(name: nil, limit: 10, remaining: nil, retryAfter: RFC3339.date(from: "2025-04-17T11:17:18Z")))
        #expect(failure.bodyText == nil)
        #expect(failure.description == "HTTP 400 invalid (request t-1): name: Name is too long")
    }

    @Test func theGeneratedClientsEnvelopeCanBeReplaced() async throws {
        let server = try await TestServer(fallback: .json(401, unauthorizedJSON))
        defer { Task { await server.stop() } }
        #expect(IncidentIOClient.errorEnvelope.requestID == "request_id")
        let client = IncidentIOClient(configuration: ClientConfiguration(serverURL: server.url, bearerToken: "k", retryPolicy: .none,
                                                                         errorEnvelope: ErrorEnvelope.none))
        do {
            _ = try await client.followUpsV2.show(id: "f1")
            Issue.record("expected an HTTP failure")
        } catch .http(let failure) {
            #expect(failure.requestID == nil)
            #expect(failure.bodyText == unauthorizedJSON)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
