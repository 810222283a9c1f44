import Testing
import OpenAPI

@Suite struct DiagnosticTests {
    @Test func itemsMustBeASchema() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                Foo:
                  type: object
                  properties:
                    bar:
                      type: array
                      items: 12
            """)
        #expect(found == ["spec.yaml:13:18: error: 'items' must be a schema, found a number (at #/components/schemas/Foo/properties/bar)"])
    }

    @Test func unresolvableReference() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                Foo:
                  properties:
                    bar: {$ref: '#/components/schemas/Missing'}
            """)
        #expect(found == ["spec.yaml:10:21: error: unresolvable reference '#/components/schemas/Missing': there is no schema named 'Missing' (at #/components/schemas/Foo/properties/bar)"])
    }

    @Test func referenceToNowhereInPaths() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                Foo: {$ref: '#/paths/~1nowhere'}
            """)
        #expect(found == ["spec.yaml:8:17: error: unresolvable reference '#/paths/~1nowhere': nothing in this document at that pointer (at #/components/schemas/Foo)"])
    }

    @Test func referenceCycle() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """)
        #expect(found == ["spec.yaml:8:15: error: reference cycle: #/components/schemas/B → #/components/schemas/A → #/components/schemas/B (at #/components/schemas/A)"])
    }

    @Test func selfReference() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                A: {$ref: '#/components/schemas/A'}
            """)
        #expect(found == ["spec.yaml:8:15: error: reference cycle: #/components/schemas/A → #/components/schemas/A (at #/components/schemas/A)"])
    }

    @Test func bytesWithoutAFileReadNoOtherFile() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                A: {$ref: 'other.yaml#/components/schemas/A'}
                B: {$ref: 'https://example.com/schemas.yaml#/B'}
            """)
        #expect(found == [
            "spec.yaml:8:15: error: 'other.yaml#/components/schemas/A' refers to another file, but this document was not read from a file (at #/components/schemas/A)",
            "spec.yaml:9:15: error: 'https://example.com/schemas.yaml#/B' is a URL; generation never reads the network (at #/components/schemas/B)",
        ])
    }

    @Test func wrongSection() {
        let found = diagnostics(minimalHeader + """
            paths: {}
            components:
              schemas:
                A: {$ref: '#/components/parameters/P'}
              parameters:
                P: {name: p, in: query}
            """)
        #expect(found == ["spec.yaml:8:15: error: '#/components/parameters/P' points into components/parameters, but a schema is expected here (at #/components/schemas/A)"])
    }

    @Test func aRequestBodyServesAsAResponseWithAWarning() throws {
        // An incident-paging API's document: a Request Body Object where a Response Object goes.
        let text = minimalHeader + """
            paths:
              /a:
                put:
                  responses:
                    '200': {$ref: '#/components/requestBodies/PutResponse'}
            components:
              requestBodies:
                PutResponse:
                  description: The stored item
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}}}
            """
        #expect(diagnostics(text) == [
            "spec.yaml:9:23: warning: '#/components/requestBodies/PutResponse' points into components/requestBodies where a response is expected; its fields serve, so it is read as one (at #/paths/~1a/put/responses/200)",
        ])
        let document = try load(text)
        let response = try #require(document.paths.first?.operations.first?.responses.first?.1)
        #expect(document.resolve(response)?.content.first?.contentType == "application/json")
    }

    @Test func referencesToAnyPointerResolve() throws {
        let document = try load(minimalHeader + """
            paths: {}
            components:
              schemas:
                First: {$ref: '#/components/responses/R/content/application~1json/schema/oneOf/0'}
              responses:
                R:
                  description: r
                  content:
                    application/json:
                      schema:
                        oneOf:
                          - {type: object, properties: {a: {type: integer}}}
                          - {type: string}
            """)
        let first = try #require(document.components.schemas["First"])
        #expect(document.resolve(first)?.properties.map(\.name) == ["a"])
        #expect(document.warnings.isEmpty)
    }

    @Test func rootMustBeAMapping() {
        #expect(diagnostics("- a\n- b\n") == ["spec.yaml:1:1: error: an OpenAPI document must be a mapping, found a list (at #)"])
        #expect(diagnostics("just text\n") == ["spec.yaml:1:1: error: an OpenAPI document must be a mapping, found a string (at #)"])
    }

    @Test func versionIsChecked() {
        #expect(diagnostics("info: {title: t, version: '1'}\npaths: {}\n") == ["spec.yaml:1:1: error: the document has no 'openapi' version field (at #)"])
        #expect(diagnostics("openapi: 2.5.0\ninfo: {title: t, version: '1'}\n") == ["spec.yaml:1:10: error: unsupported OpenAPI version '2.5.0' (3.0.x, 3.1.x and 3.2.x are supported) (at #)"])
        #expect(diagnostics("swagger: '2.0'\ninfo: {title: t, version: '1'}\n") == ["spec.yaml:1:10: error: Swagger 2.0 documents are not supported; convert to OpenAPI 3 first (at #)"])
    }

    @Test func malformedYAMLIsLocated() {
        #expect(diagnostics("openapi: 3.0.3\ninfo: [unclosed\n") == ["spec.yaml:3:1: error: did not find expected ',' or ']' (while parsing a flow sequence at 2:7)"])
        #expect(diagnostics(minimalHeader + "paths: {}\npaths: {}\n") == ["spec.yaml:6:1: error: duplicate mapping key 'paths' (first defined at 5:1)"])
    }

    @Test func typeErrorsAreLocated() {
        let found = diagnostics(minimalHeader + """
            paths:
              /a:
                get:
                  parameters:
                    - name: id
                      in: path
                      schema: {type: strnig}
                  responses:
                    '200': {description: OK}
                    '999': {description: bad}
            """)
        #expect(found == [
            "spec.yaml:9:11: error: path parameter 'id' must have 'required: true' (at #/paths/~1a/get/parameters/0)",
            "spec.yaml:11:26: error: unknown type 'strnig' (expected one of string, number, integer, boolean, array, object, null) (at #/paths/~1a/get/parameters/0/schema)",
            "spec.yaml:14:9: error: response key '999' must be a status code (200), a range (4XX) or 'default' (at #/paths/~1a/get/responses)",
        ])
    }

    @Test func webhooksLoadByName() throws {
        let document = try load("openapi: 3.1.0\ninfo: {title: t, version: '1'}\nwebhooks:\n  ping:\n    post:\n      responses: {'200': {description: ok}}\n")
        #expect(document.warnings.isEmpty)
        #expect(document.webhooks.map(\.name) == ["ping"])
        #expect(document.webhooks.first?.operations.map(\.method) == [.post])
    }
}
