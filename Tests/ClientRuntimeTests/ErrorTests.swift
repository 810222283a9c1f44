import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

@Suite struct ErrorTests {
    func failure(_ reply: TestServer.Reply, retryPolicy: RetryPolicy? = nil) async throws -> (ClientError, Int) {
        let server = try await TestServer(fallback: reply)
        defer { Task { await server.stop() } }
        do {
            _ = try await makeClient(server, retryPolicy: retryPolicy).followUpsV2.show(id: "f1")
            Issue.record("expected an error")
            throw CancellationError()
        } catch let error as ClientError {
            return (error, await server.received.count)
        }
    }

    @Test func unauthorizedCarriesTheEnvelope() async throws {
        let (error, _) = try await failure(.json(401, unauthorizedJSON))
        guard case .http(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 401)
        #expect(failure.type == "authentication_error")
        #expect(failure.requestID == "8e3cc412-b49d-4957-9073-2c19d2c61804")
        #expect(failure.errors.map(\.code) == ["missing_authorization_material"])
        #expect(failure.errors.first?.message == "No authorization material provided in request")
        #expect(error.description == "HTTP 401 authentication_error (request 8e3cc412-b49d-4957-9073-2c19d2c61804): No authorization material provided in request")
    }

    @Test func notFoundWithAPlainBodyKeepsTheText() async throws {
        let (error, _) = try await failure(TestServer.Reply(status: 404, headers: ["Content-Type": "text/plain"], body: Data("no such follow-up".utf8)))
        guard case .http(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 404)
        #expect(failure.type == nil)
        #expect(failure.bodyText == "no such follow-up")
    }

    @Test func validationErrorsNameTheirField() async throws {
        let (error, requests) = try await failure(.json(422, validationJSON))
        guard case .http(let failure) = error else { Issue.record("\(error)"); return }
        #expect(requests == 1)
        #expect(failure.type == "validation_error")
        #expect(failure.errors.first?.source?.field == "severity_id")
        #expect(failure.errors.first?.code == "is_required")
        #expect(error.description.contains("severity_id: A severity is required to open an incident"))
    }

    @Test func truncatedJSONIsADecodingError() async throws {
        let (error, _) = try await failure(.json(200, #"{"follow_up":{"id":"f1","incident_id":"#))
        guard case .decoding(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 200)
    }

    @Test func aMismatchedBodyNamesTheJSONPath() async throws {
        let wrongType = followUpJSON().replacingOccurrences(of: #""title":"Cat is stuck in the tree""#, with: #""title":7"#)
        let server = try await TestServer(fallback: .json(200, #"{"follow_ups":[\#(followUpJSON()),\#(wrongType)]}"#))
        defer { Task { await server.stop() } }
        do {
            _ = try await makeClient(server).followUpsV2.list()
            Issue.record("expected a decoding error")
        } catch .decoding(let failure) {
            #expect(failure.path == "follow_ups[1].title")
            #expect(failure.description.hasPrefix("HTTP 200 body did not decode at follow_ups[1].title"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func connectionRefusedIsATransportError() async throws {
        let server = try await TestServer()
        let url = server.url
        await server.stop()
        let client = IncidentIOClient(configuration: ClientConfiguration(
            serverURL: url, bearerToken: apiKey, retryPolicy: .none))
        do {
            _ = try await client.followUpsV2.list()
            Issue.record("expected a transport error")
        } catch .transport(let error) {
            #expect(error.kind == .connectionRefused)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aResetConnectionIsATransportErrorRetriedForGET() async throws {
        let server = try ResetServer()
        defer { server.stop() }
        let sleeper = RecordingSleeper()
        let client = IncidentIOClient(configuration: ClientConfiguration(
            serverURL: server.url, bearerToken: apiKey,
            retryPolicy: RetryPolicy(maximumAttempts: 2, baseDelay: .milliseconds(1), jitter: 0), sleeper: sleeper))
        do {
            _ = try await client.followUpsV2.list()
            Issue.record("expected a transport error")
        } catch .transport(let error) {
            #expect(error.kind == .connectionReset)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(server.connections == 2)
        #expect(sleeper.delays == [.milliseconds(1)])
    }

    @Test func slowServersTimeOut() async throws {
        var reply = TestServer.Reply.json(200, #"{"follow_ups":[]}"#)
        reply.delay = .seconds(3)
        let server = try await TestServer(fallback: reply)
        defer { Task { await server.stop() } }
        do {
            _ = try await makeClient(server, retryPolicy: RetryPolicy.none, timeout: .milliseconds(300)).followUpsV2.list()
            Issue.record("expected a timeout")
        } catch .transport(let error) {
            #expect(error.kind == .timedOut)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
