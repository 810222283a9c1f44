import Diagnostics
import Foundation
import GeneratorCore
import SchemaIR
import Testing

/// The configuration file's API conventions: pagination rules and the error envelope.
@Suite struct ConfigurationTests {
    func load(_ text: String) throws(SpecError) -> GeneratorConfiguration {
        let path = NSTemporaryDirectory() + "config-\(UUID().uuidString).yaml"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try GeneratorConfiguration.load(path: path)
    }

    @Test func conventionsAreRead() throws {
        let configuration = try load("""
            pagination:
              - {cursorParameter: after, pageSizeParameter: page_size, nextCursor: pagination_meta.after}
              - {cursorParameter: cursor, nextCursor: meta.next}
            errorEnvelope: {type: error.kind, requestID: request_id}
            """)
        #expect(configuration.conventions.pagination == [
            PaginationRule(cursorParameter: "after", pageSizeParameter: "page_size", metaField: "pagination_meta", nextCursorField: "after"),
            PaginationRule(cursorParameter: "cursor", pageSizeParameter: nil, metaField: "meta", nextCursorField: "next"),
        ])
        #expect(configuration.conventions.errorEnvelope == ErrorEnvelopeFields(paths: ["type": "error.kind", "requestID": "request_id"]))
    }

    @Test func mistakesAreLocatedErrors() {
        do {
            _ = try load("""
                pagination:
                  - {cursorParameter: after, nextCursor: after}
                  - {cursor: after}
                errorEnvelope: {kind: type, requestID: "a..b"}
                """)
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map { "\($0.mark.line):\($0.mark.column): \($0.message)" } == [
                "2:5: a pagination rule needs cursorParameter and nextCursor as 'field.field' (e.g. pagination_meta.after)",
                "3:6: unknown pagination key 'cursor' (known: cursorParameter, pageSizeParameter, nextCursor)",
                "3:5: a pagination rule needs cursorParameter and nextCursor as 'field.field' (e.g. pagination_meta.after)",
                "4:17: unknown errorEnvelope field 'kind' (known: type, requestID, errors, errorCode, errorMessage, errorField, rateLimit, rateLimitName, rateLimitLimit, rateLimitRemaining, rateLimitRetryAfter)",
                "4:40: 'requestID' must be a key path such as rate_limit.retry_after",
            ])
        }
    }

    @Test func aDocumentWithoutSchemesGetsTheConfigurationsAuthentication() throws {
        let configuration = try load("""
            securitySchemes:
              api_key: {type: apiKey, in: header, name: X-API-Key}
              basic: {type: http, scheme: basic}
            security: [api_key]
            """)
        let result = try Generator.generate(specPath: Paths.fixtures + "/petstore.yaml", options: .init(moduleName: "Petstore"),
                                            conventions: configuration.conventions)
        let client = try #require(result.files.first { $0.name == "PetstoreClient.swift" }?.contents)
        #expect(client.contains("public init(apiKey: String, serverURL: URL = PetstoreClient.defaultServerURL, username: String? = nil, password: String? = nil, timeout:"))
        #expect(client.contains(#"public static let securitySchemes: [String: SecurityScheme] = ["api_key": .apiKey(name: "X-API-Key", location: .header), "basic": .basic]"#))
        #expect(client.contains(#"public static let security: SecurityRequirements = [["api_key"]]"#))
    }

    @Test func securityMistakesAreLocatedErrors() {
        do {
            _ = try load("""
                securitySchemes:
                  key: {type: apiKey, in: path, name: k}
                  token: {type: http}
                  odd: {type: magic}
                security: [nothing]
                """)
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map { "\($0.mark.line):\($0.mark.column): \($0.message)" } == [
                "2:8: the apiKey scheme 'key' needs 'name' and 'in' (header, query or cookie)",
                "3:10: the http scheme 'token' needs a 'scheme' such as bearer or basic",
                "4:8: security scheme 'odd' needs a 'type': apiKey, http, oauth2 or openIdConnect",
                "1:1: 'security' names 'nothing', which 'securitySchemes' does not declare",
            ])
        }
    }
}
