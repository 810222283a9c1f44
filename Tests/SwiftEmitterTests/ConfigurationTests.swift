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
}
