import Foundation
import OpenAPIGenRuntime
import SecuritySchemes
import Testing

/// Every kind of security scheme of `Tests/Fixtures/security-schemes.yaml`, as the loopback server
/// receives it.
@Suite struct SecuritySchemeTests {
    static let noContent = TestServer.Reply.empty(204)

    @Test func theDocumentsDefaultUsesTheFirstAlternativeTheClientHas() async throws {
        let server = try await TestServer(fallback: Self.noContent)
        defer { Task { await server.stop() } }
        try await SecuritySchemesClient(serverURL: server.url, bearerToken: "b3arer", retryPolicy: .none).me.getMe()
        try await SecuritySchemesClient(serverURL: server.url, username: "ada", password: "pässword", retryPolicy: .none).me.getMe()
        try await SecuritySchemesClient(serverURL: server.url, bearerToken: "b3arer", username: "ada", password: "x", retryPolicy: .none).me.getMe()
        let received = await server.received
        let basic = "Basic " + Data("ada:pässword".utf8).base64EncodedString()
        #expect(received.map { $0.header("Authorization") } == ["Bearer b3arer", basic, "Bearer b3arer"])
    }

    @Test func apiKeysGoInTheirHeaderQueryOrCookie() async throws {
        let server = try await TestServer(fallback: Self.noContent)
        defer { Task { await server.stop() } }
        let client = SecuritySchemesClient(serverURL: server.url, headerKey: "h-key", queryKey: "q key&=", cookieKey: "c-key", retryPolicy: .none)
        try await client.keys.headerKey()
        try await client.keys.queryKey(page: 2)
        try await client.keys.cookieKey()
        try await client.keys.bothKeys()
        let received = await server.received
        #expect(received[0].header("X-API-Key") == "h-key")
        #expect(received[0].header("Authorization") == nil)
        let query = try #require(URLComponents(string: "http://x/?" + received[1].rawQuery)?.queryItems)
        #expect(query.map(\.name) == ["page", "api_key"])
        #expect(query.last?.value == "q key&=")
        #expect(received[2].header("Cookie") == "session=c-key")
        #expect(received[3].header("X-API-Key") == "h-key")
        #expect(received[3].rawQuery == "api_key=q%20key%26%3D")
    }

    @Test func anAccessTokenIsRefreshedOnceAfterA401() async throws {
        let server = try await TestServer(replies: [.json(401, "{}"), Self.noContent, .json(401, "{}"), .json(401, "{}")])
        defer { Task { await server.stop() } }
        let calls = LockedList<Bool>()
        let provider = AccessTokenProvider { refresh in
            calls.append(refresh)
            return "token-\(calls.all.count)"
        }
        let client = SecuritySchemesClient(serverURL: server.url, accessToken: provider, retryPolicy: .none)
        try await client.oauth.oauthOnly()
        #expect(calls.all == [false, true])
        // A second 401 after the refresh is the answer: no loop.
        do {
            try await client.oauth.oauthOnly()
            Issue.record("expected a 401")
        } catch .http(let failure) {
            #expect(failure.status == 401)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(calls.all == [false, true, false, true])
        let sent = await server.received.map { $0.header("Authorization") }
        #expect(sent == ["Bearer token-1", "Bearer token-2", "Bearer token-3", "Bearer token-4"])
    }

    @Test func openIDConnectTakesItsOwnProviderAndAFailingProviderIsATypedError() async throws {
        let server = try await TestServer(fallback: Self.noContent)
        defer { Task { await server.stop() } }
        struct Offline: Error {}
        try await SecuritySchemesClient(serverURL: server.url, oidcAccessToken: .constant("id-token"), retryPolicy: .none).oidc.oidcOnly()
        #expect(await server.received.last?.header("Authorization") == "Bearer id-token")
        let failing = SecuritySchemesClient(serverURL: server.url, oidcAccessToken: AccessTokenProvider { _ in throw Offline() }, retryPolicy: .none)
        do {
            try await failing.oidc.oidcOnly()
            Issue.record("expected an error")
        } catch .invalidRequest(let message) {
            #expect(message.hasPrefix("the access-token provider failed"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(await server.received.count == 1)
    }

    @Test func publicOptionalAndUnmetRequirements() async throws {
        let server = try await TestServer(fallback: Self.noContent)
        defer { Task { await server.stop() } }
        let withKeys = SecuritySchemesClient(serverURL: server.url, bearerToken: "b", headerKey: "h", retryPolicy: .none)
        try await withKeys.public.publicInfo()
        try await withKeys.optional.optionalKey()
        let anonymous = SecuritySchemesClient(serverURL: server.url, retryPolicy: .none)
        try await anonymous.optional.optionalKey()
        let received = await server.received
        #expect(received[0].header("Authorization") == nil && received[0].header("X-API-Key") == nil)
        #expect(received[1].header("X-API-Key") == "h")
        #expect(received[2].header("X-API-Key") == nil)
        // Without every credential of any alternative, nothing is sent (a middleware may add its own).
        let headerOnly = SecuritySchemesClient(serverURL: server.url, headerKey: "h", retryPolicy: .none)
        try await headerOnly.keys.bothKeys()
        let last = try #require(await server.received.last)
        #expect(last.header("X-API-Key") == nil && last.rawQuery.isEmpty)
    }

    @Test func noCredentialAppearsInDescriptionsLogsOrErrors() async throws {
        let server = try await TestServer(fallback: .json(401, #"{"error":"no"}"#))
        defer { Task { await server.stop() } }
        let secrets = ["B3ARER-SECRET", "PASS-SECRET", "HEADER-SECRET", "QUERY-SECRET", "COOKIE-SECRET", "TOKEN-SECRET"]
        let lines = LockedList<String>()
        let client = SecuritySchemesClient(
            serverURL: server.url, bearerToken: secrets[0], username: "ada", password: secrets[1], headerKey: secrets[2],
            queryKey: secrets[3], cookieKey: secrets[4], accessToken: .constant(secrets[5]), retryPolicy: .none,
            middlewares: [LoggingMiddleware { lines.append($0) }])
        var texts = [String(describing: client), String(reflecting: client), "\(client.client.configuration)"]
        var dumped = ""
        dump(client, to: &dumped)
        texts.append(dumped)
        do { try await client.keys.bothKeys() } catch { texts += [String(describing: error), String(reflecting: error)] }
        do { try await client.keys.cookieKey() } catch { texts += [String(describing: error), String(reflecting: error)] }
        do { try await client.me.getMe() } catch { texts += [String(describing: error), String(reflecting: error)] }
        // A server that cannot be reached: the transport's message names the URL, query key and all.
        let unreachable = SecuritySchemesClient(serverURL: URL(string: "http://127.0.0.1:9")!, queryKey: secrets[3], retryPolicy: .none,
                                               middlewares: [LoggingMiddleware { lines.append($0) }])
        do { try await unreachable.keys.queryKey() } catch { texts += [String(describing: error), String(reflecting: error)] }
        texts += lines.all
        #expect(lines.all.count == 8)
        for text in texts {
            for secret in secrets + [Data("ada:\(secrets[1])".utf8).base64EncodedString()] {
                #expect(!text.contains(secret), "leaked in: \(text)")
            }
        }
        #expect(lines.all.contains { $0.contains("api_key=%3Credacted%3E") || $0.contains("api_key=<redacted>") })
    }
}
