import Testing
import OpenAPI
import YAML

@Suite struct DocumentTests {
    @Test func openAPI30DocumentDecodes() throws {
        let document = try load("""
            openapi: 3.0.3
            info:
              title: Pets
              version: "2.1"
              description: A pet store
            servers:
              - url: https://{region}.example.com/v1
                variables:
                  region:
                    default: eu
                    enum: [eu, us]
            security:
              - BearerAuth: []
            tags:
              - name: pets
                description: Pet operations
            paths:
              /pets/{id}:
                parameters:
                  - name: id
                    in: path
                    required: true
                    schema: {type: string}
                  - name: verbose
                    in: query
                    schema: {type: boolean}
                get:
                  operationId: Pets#Show
                  tags: [pets]
                  summary: Show
                  deprecated: true
                  parameters:
                    - name: verbose
                      in: query
                      description: operation-level wins
                      schema: {type: boolean}
                    - $ref: '#/components/parameters/Limit'
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
                    4XX:
                      $ref: '#/components/responses/Error'
                    default:
                      description: Unexpected
                post:
                  requestBody:
                    $ref: '#/components/requestBodies/NewPet'
                  responses:
                    '204': {description: Done}
                  x-internal: true
            components:
              schemas:
                Pet:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    tag: {type: string, nullable: true}
                  x-go-type: Pet
              parameters:
                Limit:
                  name: limit
                  in: query
                  schema: {type: integer, format: int32, minimum: 1, maximum: 100, exclusiveMaximum: true}
              requestBodies:
                NewPet:
                  required: true
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
              responses:
                Error:
                  description: Error
                  headers:
                    X-Request-Id:
                      schema: {type: string}
              securitySchemes:
                BearerAuth:
                  type: http
                  scheme: bearer
            """)
        #expect(document.version == .v3_0)
        #expect(document.info.title == "Pets")
        #expect(document.info.version == "2.1")
        #expect(document.servers.first?.variables.first?.enumValues == ["eu", "us"])
        #expect(document.security?.first?.schemes.first?.name == "BearerAuth")
        #expect(document.tags.map(\.name) == ["pets"])
        let operations = document.operations
        #expect(operations.map(\.method) == [.get, .post])
        let show = operations[0]
        #expect(show.operationID == "Pets#Show")
        #expect(show.deprecated)
        #expect(show.pointer == "#/paths/~1pets~1{id}/get")
        // Path-level parameters come first; the operation's own `verbose` replaces the inherited one.
        let names = show.parameters.compactMap { document.resolve($0) }.map { "\($0.location.rawValue):\($0.name)" }
        #expect(names == ["path:id", "query:verbose", "query:limit"])
        #expect(document.resolve(show.parameters[1])?.description == "operation-level wins")
        #expect(show.responses.map(\.status) == [.code(200), .range(4), .default])
        let error = try #require(document.resolve(show.responses[1].response))
        #expect(error.headers.map(\.name) == ["X-Request-Id"])
        #expect(operations[1].parameters.count == 2)
        let body = try #require(operations[1].requestBody.flatMap { document.resolve($0) })
        #expect(body.required)
        let limit = try #require(document.components.parameters["Limit"].flatMap { document.resolve($0) })
        let limitSchema = try #require(limit.schema.flatMap { document.resolve($0) })
        #expect(limitSchema.numeric.exclusiveMaximum == 100)
        #expect(limitSchema.numeric.maximum == nil)
        #expect(limit.effectiveStyle == .form && limit.effectiveExplode)
        let pet = try #require(document.components.schemas["Pet"]?.value)
        #expect(pet.properties.map(\.name) == ["id", "tag"])
        #expect(pet.properties[1].schema.value?.isNullable == true)
        #expect(pet.extensions.map(\.name) == ["x-go-type"])
        #expect(document.components.securitySchemes["BearerAuth"]?.value?.scheme == "bearer")
    }

    @Test func openAPI31Features() throws {
        let document = try load("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Maybe:
                  type: [string, "null"]
                  examples: [a, b]
                Fixed:
                  const: fixed
                Bounded:
                  type: number
                  exclusiveMinimum: 0
                Anything: true
                Nothing: false
                Described:
                  $ref: '#/components/schemas/Maybe'
                  description: overrides
            """)
        #expect(document.version == .v3_1)
        let maybe = try #require(document.components.schemas["Maybe"]?.value)
        #expect(maybe.types == [.string, .null])
        #expect(maybe.isNullable)
        #expect(maybe.examples.map(\.string) == ["a", "b"])
        #expect(document.components.schemas["Fixed"]?.value?.const?.string == "fixed")
        #expect(document.components.schemas["Bounded"]?.value?.numeric.exclusiveMinimum == 0)
        #expect(document.components.schemas["Anything"]?.value?.not == nil)
        #expect(document.components.schemas["Nothing"]?.value?.not != nil)
        #expect(document.components.schemas["Described"]?.reference?.description == "overrides")
    }

    @Test func integersBeyondInt64AreNumbers() throws {
        // As an AI API's document writes Int64's bounds: integer syntax, beyond Int64 once rounded.
        let document = try load("""
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Seed: {type: integer, minimum: -9223372036854776000, maximum: 9223372036854776000}
            """)
        let seed = try #require(document.components.schemas["Seed"]?.value)
        #expect(seed.numeric.minimum == -9223372036854775808.0)
        #expect(seed.numeric.maximum == 9223372036854775808.0)
    }

    @Test func enumValuesOfAnyScalarTypeAreKeptAsWritten() throws {
        let document = try load(minimalHeader + """
            paths: {}
            components:
              schemas:
                Code:
                  type: string
                  enum: [1, 2, "", N/A, yes, null]
            """)
        let values = try #require(document.components.schemas["Code"]?.value?.enumValues)
        #expect(values.map(\.string) == ["1", "2", "", "N/A", "yes", "null"])
        #expect(values.last?.isNull == true)
    }

    @Test func refsWithEscapedTokensResolve() throws {
        let document = try load(minimalHeader + """
            paths:
              /pets/{id}:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              a~b: {type: string}
              /other:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: '#/paths/~1pets~1%7Bid%7D/get/responses/200/content/application~1json/schema'
                        text/plain:
                          schema:
                            $ref: '#/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/properties/a~0b'
            """)
        let other = document.operations[1]
        let response = try #require(document.resolve(other.responses[0].response))
        let jsonSchema = try #require(response.content[0].schema)
        let json = try #require(document.resolve(jsonSchema))
        #expect(json.properties.map(\.name) == ["a~b"])
        let textSchema = try #require(response.content[1].schema)
        let text = try #require(document.resolve(textSchema))
        #expect(text.types == [.string])
    }

    @Test func extensionsAreKeptAndNeverErrors() throws {
        let document = try load(minimalHeader + """
            paths:
              x-unused: {anything: [1, 2]}
            x-webhooks:
              /hook: {post: {}}
            x-logo: {url: x}
            """)
        #expect(document.extensions.map(\.name) == ["x-webhooks", "x-logo"])
    }

    @Test func recursiveSchemasAreFine() throws {
        let document = try load(minimalHeader + """
            paths: {}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children:
                      type: array
                      items: {$ref: '#/components/schemas/Node'}
                    parent: {$ref: '#/components/schemas/Node'}
            """)
        #expect(document.components.schemas.count == 1)
    }

    @Test func jsonDocumentsLoad() throws {
        let document = try load(#"{"openapi":"3.0.0","info":{"title":"J","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"OK"}}}}}}"#, file: "spec.json")
        #expect(document.operations.count == 1)
        #expect(document.operations[0].responses[0].status == .code(200))
    }
}

/// What OpenAPI 3.2 documents add, read from a document written from the 3.2.0 specification.
@Suite struct OpenAPI32DocumentTests {
    static let text = """
        openapi: 3.2.0
        $self: https://example.com/apis/things.yaml
        info: {title: Things, version: '1'}
        tags:
          - {name: Alerts, summary: Alerting, kind: nav}
          - {name: Routes, parent: Alerts}
        paths:
          /things:
            query:
              requestBody:
                content:
                  application/json:
                    schema: {type: object}
              responses:
                '200':
                  description: ok
                  content:
                    application/jsonl:
                      itemSchema: {type: object, properties: {id: {type: string}}}
                    application/json:
                      schema: {type: array, items: {type: string}}
                      examples:
                        data: {dataValue: [a, b]}
                        wire: {serializedValue: '["c"]'}
            additionalOperations:
              LINK:
                responses: {'204': {description: linked}}
            parameters:
              - name: q
                in: querystring
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {a: {type: string}}}
        """

    @Test func loadsWithLocatedWarningsOnly() throws {
        let document = try OpenAPIDocument.load(bytes: Array(Self.text.utf8), file: "things.yaml")
        #expect(document.version == .v3_2)
        #expect(document.operations.map(\.method.token) == ["QUERY", "LINK"])
        #expect(document.tags.map(\.parent) == [nil, "Alerts"])
        #expect(document.tags.first?.summary == "Alerting" && document.tags.first?.kind == "nav")
        let parameterItem = try #require(document.operations.first?.parameters.first)
        let parameter = try #require(document.resolve(parameterItem))
        #expect(parameter.location == .querystring)
        let responseItem = try #require(document.operations.first?.responses.first?.response)
        let content = try #require(document.resolve(responseItem)).content
        #expect(content.first?.itemSchema != nil)
        let examples = try #require(content.last?.examples)
        #expect(examples.map { document.resolve($0.example)?.value?.kind } == [.sequence, .sequence])
        #expect(document.warnings.isEmpty)
    }

    /// `additionalOperations` keys are methods as sent: a field's method there is warned about, a key that is not an
    /// HTTP token is an error at its place.
    @Test func additionalOperationsNameMethodsAsSent() throws {
        let text = """
            openapi: 3.2.0
            info: {title: t, version: '1'}
            paths:
              /things:
                additionalOperations:
                  purge:
                    responses: {'204': {description: purged}}
                  Post:
                    responses: {'204': {description: posted}}
            """
        let document = try OpenAPIDocument.load(bytes: Array(text.utf8), file: "things.yaml")
        #expect(document.operations.map(\.method.token) == ["purge", "POST"])
        #expect(document.warnings.map(\.description) == [
            "things.yaml:8:7: warning: 'Post' belongs in the path item's 'post' field, not in additionalOperations (at #/paths/~1things)",
        ])
        let bad = text.replacingOccurrences(of: "purge:", with: "'PUR GE':")
        #expect(throws: (any Error).self) { try OpenAPIDocument.load(bytes: Array(bad.utf8), file: "things.yaml") }
    }
}
