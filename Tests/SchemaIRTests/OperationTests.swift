import Testing
import OpenAPI
import SchemaIR

@Suite struct OperationTests {
    @Test func operationsAreGroupedByTagInDocumentOrder() throws {
        let ir = try buildIR("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            tags: [{name: Second}, {name: First, description: first tag}]
            paths:
              /a:
                get: {operationId: First_List, tags: [First], responses: {'200': {description: OK}}}
                post: {operationId: Second#Create, tags: [Second, First], responses: {'201': {description: OK}}}
              /b/{id}:
                delete:
                  tags: [Third]
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses: {'204': {description: OK}}
              /c:
                get: {responses: {default: {description: OK}}}
            """)
        // The untagged operation goes by its path's resource (see UntaggedGroupingTests).
        #expect(ir.groups.map(\.tag) == ["Second", "First", "Third", "c"])
        #expect(ir.groups[1].description == "first tag")
        #expect(ir.groups.map { $0.operations.map(\.key) } == [["Second#Create"], ["First_List"], ["DELETE /b/{id}"], ["GET /c"]])
    }

    @Test func parametersCarryStyleAndInlineTypes() throws {
        let ir = try buildIR("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items/{id}:
                get:
                  operationId: Items#Show
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - name: mode
                      in: query
                      allowEmptyValue: true
                      schema: {type: string, enum: [a, b], default: a}
                    - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}}
                    - {name: filter, in: query, style: deepObject, schema: {type: object, additionalProperties: {type: string}}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties: {title: {type: string}}
                  responses:
                    '200':
                      description: OK
                      headers:
                        X-RateLimit-Remaining: {schema: {type: integer}}
                      content:
                        application/json:
                          schema: {type: object, properties: {ok: {type: boolean}}}
            """)
        let show = try #require(ir.operation("Items#Show"))
        #expect(show.parameters.map(\.location) == [.path, .query, .query, .query, .header])
        #expect(show.parameters.map(\.style) == [.simple, .form, .form, .deepObject, .simple])
        // `explode` defaults to true only for `form`, as the OpenAPI specification says.
        #expect(show.parameters.map(\.explode) == [false, true, false, false, false])
        #expect(show.parameters[1].type == .named(TypeID("Items#Show/mode")))
        #expect(show.parameters[1].allowEmptyValue)
        #expect(show.parameters[1].defaultValue == .string("a"))
        #expect(show.parameters[2].type == .array(.integer(.unspecified)))
        #expect(show.parameters[3].type == .map(.string(.plain)))
        #expect(show.requestBody?.contents.first?.type == .named(TypeID("Items#Show/requestBody")))
        #expect(show.responses.first?.contents.first?.type == .named(TypeID("Items#Show/response200")))
        #expect(show.responses.first?.headers.map(\.name) == ["X-RateLimit-Remaining"])
        #expect(show.responses.first?.headers.first?.type == .integer(.unspecified))
    }

    @Test func duplicateOperationIDsAreRenamedWithAWarning() throws {
        let ir = try buildIR("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get: {operationId: same, responses: {'200': {description: OK}}}
              /b:
                get: {operationId: same, responses: {'200': {description: OK}}}
            """)
        #expect(ir.operations.map(\.key) == ["same", "same_2"])
        #expect(ir.warnings.map(\.description) == [
            "spec.yaml:7:10: warning: operationId 'same' is used by more than one operation; this one is named 'same_2' (at #/paths/~1b/get)",
        ])
    }

    @Test func callbacksWarnAndTheOperationStays() throws {
        let ir = try buildIR("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /subscribe:
                post:
                  operationId: subscribe
                  callbacks:
                    onEvent: {}
                  responses:
                    '200':
                      description: OK
                      links: {next: {operationId: subscribe}}
            """)
        #expect(ir.operations.count == 1)
        #expect(ir.warnings.map(\.message) == [
            "callbacks are not generated; 'subscribe' is generated without them",
            "response links are not generated ('subscribe' 200)",
        ])
    }

    @Test func petstoresTranslate() throws {
        for name in ["petstore.yaml", "petstore-expanded.yaml"] {
            let document = try OpenAPIDocument.load(path: Paths.repository + "/Tests/Fixtures/" + name)
            let ir = IRDocument(document)
            #expect(!ir.operations.isEmpty)
            #expect(ir.warnings.isEmpty)
        }
        let expanded = IRDocument(try OpenAPIDocument.load(path: Paths.repository + "/Tests/Fixtures/petstore-expanded.yaml"))
        #expect(expanded.object("Pet")?.fields.map(\.name) == ["name", "tag", "id"])
    }
}

@Suite struct UntaggedGroupingTests {
    static let document = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /v1/customers: {get: {operationId: listCustomers, responses: {'204': {description: ok}}}}
          /v1/customers/{id}: {get: {operationId: getCustomer, responses: {'204': {description: ok}}}}
          /api/v2beta/charges: {post: {operationId: createCharge, responses: {'204': {description: ok}}}}
          /{tenant}/files#remove: {delete: {operationId: removeFile, responses: {'204': {description: ok}}}}
          /: {get: {operationId: root, responses: {'204': {description: ok}}}}
          /tagged: {get: {operationId: tagged, tags: [Things], responses: {'204': {description: ok}}}}
        """

    @Test func untaggedOperationsGroupByTheResourceOfTheirPath() throws {
        let ir = try buildIR(Self.document)
        #expect(ir.groups.map { "\($0.tag ?? "-"): \($0.operations.map(\.key).joined(separator: ","))" } == [
            "customers: listCustomers,getCustomer", "charges: createCharge", "files: removeFile", "Things: tagged", "-: root",
        ])
    }

    @Test func theRootClientCanBeChosen() throws {
        let document = try OpenAPIDocument.load(bytes: Array(Self.document.utf8), file: "spec.yaml")
        let ir = IRDocument(document, conventions: APIConventions(untaggedGrouping: .rootClient))
        #expect(ir.groups.map { $0.tag ?? "-" } == ["Things", "-"])
    }
}
