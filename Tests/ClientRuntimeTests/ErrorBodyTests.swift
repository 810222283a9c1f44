import Features
import Foundation
import OpenAPIGenRuntime
import Testing

/// The error bodies an operation documents arrive typed on the failure, against a real server on 127.0.0.1;
/// bodies beyond the response bound are refused.
@Suite struct ErrorBodyTests {
    static func client(_ server: TestServer, maximumResponseBytes: Int = ClientConfiguration.defaultMaximumResponseBytes) -> FeaturesClient {
        FeaturesClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: .none, maximumResponseBytes: maximumResponseBytes))
    }

    static func failure(_ call: () async throws -> Void) async -> HTTPFailure? {
        do {
            try await call()
        } catch ClientError.http(let failure) {
            return failure
        } catch {
            Issue.record("expected an HTTP failure, got \(error)")
        }
        return nil
    }

    @Test func anExactStatusDecodesItsOwnSchema() async throws {
        let server = try await TestServer(replies: [.json(404, #"{"missing_id":"w9"}"#)])
        defer { Task { await server.stop() } }
        let failure = await Self.failure { _ = try await Self.client(server).widgets.show(id: "w9") }
        #expect(failure?.status == 404)
        #expect((failure?.documentedBody as? WidgetNotFound)?.missingID == "w9")
        #expect(failure?.body(as: WidgetNotFound.self)?.missingID == "w9")
    }

    @Test func aRangeCoversTheStatusesItNames() async throws {
        let body = #"{"error":{"type":"invalid_request_error","param":"id","message":"No such widget: 'w9'"}}"#
        let server = try await TestServer(replies: [
            TestServer.Reply(status: 422, headers: ["Content-Type": "application/problem+json"], body: Data(body.utf8)),
        ])
        defer { Task { await server.stop() } }
        let failure = await Self.failure { _ = try await Self.client(server).widgets.show(id: "w9") }
        let documented = try #require(failure?.documentedBody as? PaymentStyleError)
        #expect(documented.error.type == .invalidRequestError && documented.error.param == "id")
        #expect(failure?.body(as: PaymentStyleError.self)?.error.message == "No such widget: 'w9'")
    }

    @Test func defaultCoversEveryOtherStatus() async throws {
        let server = try await TestServer(replies: [.json(503, #"["overloaded","try later"]"#)])
        defer { Task { await server.stop() } }
        let failure = await Self.failure { _ = try await Self.client(server).widgets.show(id: "w1") }
        #expect(failure?.documentedBody as? [String] == ["overloaded", "try later"])
    }

    @Test func aBodyNotMatchingItsSchemaIsKeptAsText() async throws {
        let server = try await TestServer(replies: [.json(404, #"{"detail":"gone"}"#)])
        defer { Task { await server.stop() } }
        let failure = await Self.failure { _ = try await Self.client(server).widgets.show(id: "w1") }
        #expect(failure?.documentedBody == nil)
        #expect(failure?.bodyText == #"{"detail":"gone"}"#)
        // Any other type can still be asked for.
        #expect(failure?.body(as: [String: String].self) == ["detail": "gone"])
    }

    @Test func anOperationDocumentingNoErrorBodyDecodesNone() async throws {
        let server = try await TestServer(replies: [.json(404, #"{"missing_id":"w9"}"#)])
        defer { Task { await server.stop() } }
        let failure = await Self.failure { _ = try await Self.client(server).widgets.update(id: "w9", .init()) }
        #expect(failure?.documentedBody == nil)
        #expect(failure?.body(as: WidgetNotFound.self)?.missingID == "w9")
    }

    // MARK: The response bound

    @Test func aBodyOverTheBoundIsRefusedAndNotRetried() async throws {
        let big = "[" + Array(repeating: #""0123456789""#, count: 400).joined(separator: ",") + "]"
        let server = try await TestServer(fallback: .json(200, #"{"widgets":\#(big),"pagination_meta":{"page_size":1}}"#))
        defer { Task { await server.stop() } }
        let policy = RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(1), maximumDelay: .milliseconds(1), jitter: 0)
        let client = FeaturesClient(configuration: ClientConfiguration(serverURL: server.url, retryPolicy: policy, maximumResponseBytes: 1024))
        do {
            _ = try await client.widgets.list()
            Issue.record("expected the bound to refuse the body")
        } catch .transport(let error) {
            #expect(error.kind == .responseTooLarge)
            #expect(error.message.contains("1024"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(await server.received.count == 1)
        // A call may raise the bound for itself.
        let decodeAttempt: ClientError? = await {
            do {
                _ = try await client.widgets.list(options: RequestOptions(maximumResponseBytes: 1 << 20))
                return nil
            } catch let error as ClientError {
                return error
            } catch {
                return nil
            }
        }()
        // The body arrives under the raised bound; it then fails to decode (its items are strings).
        if case .decoding? = decodeAttempt {} else { Issue.record("expected a decoding failure, got \(String(describing: decodeAttempt))") }
    }

    @Test func aTransportThatCannotStopEarlyIsCheckedByTheClient() async throws {
        let transport = TestTransport()
        transport.respond(to: "GET", "/v2/widgets", json: String(repeating: " ", count: 5000) + #"{"widgets":[],"pagination_meta":{"page_size":1}}"#)
        let client = FeaturesClient(configuration: ClientConfiguration(serverURL: URL(string: "http://example.invalid")!, transport: transport,
                                                                       retryPolicy: .none, maximumResponseBytes: 4096))
        do {
            _ = try await client.widgets.list()
            Issue.record("expected the bound to refuse the body")
        } catch .transport(let error) {
            #expect(error.kind == .responseTooLarge)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(try await client.widgets.list(options: RequestOptions(maximumResponseBytes: 8192)).widgets.isEmpty)
    }
}
