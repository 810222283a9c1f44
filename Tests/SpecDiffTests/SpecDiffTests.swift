import Foundation
import OpenAPI
import SpecDiff
import Testing

private let repository: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

private func load(_ text: String, file: String = "spec.yaml") throws -> OpenAPIDocument {
    try OpenAPIDocument.load(bytes: Array(text.utf8), file: file)
}

private func diff(_ old: String, _ new: String) throws -> [SpecChange] {
    SpecDiff.compare(old: try load(old), new: try load(new), options: .init(moduleName: "ThingsAPI"))
}

/// A small API; each test edits one thing in a copy.
private let base = """
    openapi: 3.0.3
    info: {title: Things, version: '1'}
    paths:
      /things:
        get:
          operationId: Things#List
          tags: [Things]
          parameters:
            - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}
            - {name: limit, in: query, schema: {type: integer}}
          responses:
            '200':
              description: OK
              content: {application/json: {schema: {$ref: '#/components/schemas/ThingList'}}}
        post:
          operationId: Things#Create
          tags: [Things]
          requestBody:
            required: true
            content: {application/json: {schema: {$ref: '#/components/schemas/CreateThing'}}}
          responses:
            '201':
              description: Created
              content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
    components:
      schemas:
        Status: {type: string, enum: [open, closed]}
        Thing:
          type: object
          required: [id, name]
          properties:
            id: {type: string}
            name: {type: string}
            status: {$ref: '#/components/schemas/Status'}
        ThingList:
          type: object
          required: [things]
          properties:
            things: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        CreateThing:
          type: object
          required: [name]
          properties:
            name: {type: string}
            note: {type: string}
    """

private func edited(_ replacements: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) -> String {
    var text = base
    for (old, new) in replacements {
        if !text.contains(old) { Issue.record("fixture edit does not apply: \(old)", sourceLocation: sourceLocation) }
        text = text.replacingOccurrences(of: old, with: new)
    }
    return text
}

private func kinds(_ changes: [SpecChange]) -> [String] {
    changes.map { "\($0.severity.rawValue) \($0.kind)" }
}

@Suite struct SpecDiffTests {
    @Test func aSpecAgainstItselfHasNoChanges() throws {
        #expect(try diff(base, base).isEmpty)
    }

    @Test func operationRemovedAndAdded() throws {
        let changes = try diff(base, edited([("operationId: Things#Create", "operationId: Things#Make"),
                                             ("    post:", "    put:")]))
        #expect(kinds(changes) == ["breaking operation-removed", "non-breaking operation-added"])
        #expect(changes[0].symbol == "ThingsClient.create(_:)")
        #expect(changes[0].oldPointer == "#/paths/~1things/post")
        #expect(changes[1].newPointer == "#/paths/~1things/put")
    }

    @Test func operationIdChangesAreJudgedByTheSwiftName() throws {
        let stable = try diff(base, edited([("operationId: Things#List", "operationId: Things_List")]))
        #expect(kinds(stable) == ["non-breaking operation-id-changed"])
        #expect(stable[0].message.contains("the Swift method keeps its name"))
        let renamed = try diff(base, edited([("operationId: Things#List", "operationId: Things#Index")]))
        #expect(kinds(renamed) == ["breaking operation-id-changed"])
        #expect(renamed[0].message.hasSuffix("the Swift method is now ThingsClient.index"))
    }

    @Test func inlineTypesFollowTheirSwiftNameAcrossOperationIdChanges() throws {
        let changes = try diff(
            base.replacingOccurrences(of: "{name: limit, in: query, schema: {type: integer}}", with: "{name: mode, in: query, schema: {type: string, enum: [a, b]}}"),
            base.replacingOccurrences(of: "{name: limit, in: query, schema: {type: integer}}", with: "{name: mode, in: query, schema: {type: string, enum: [a]}}")
                .replacingOccurrences(of: "operationId: Things#List", with: "operationId: Things_List"))
        #expect(kinds(changes) == ["breaking enum-value-removed", "non-breaking operation-id-changed"])
        #expect(changes.first?.symbol == "ThingsListMode.b")
    }

    @Test func parameterChanges() throws {
        #expect(kinds(try diff(base, edited([("        - {name: limit, in: query, schema: {type: integer}}\n", "")])))
                == ["breaking parameter-removed"])
        #expect(kinds(try diff(base, edited([("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, schema: {type: string}}")])))
                == ["breaking parameter-type-changed"])
        #expect(kinds(try diff(base, edited([("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: header, schema: {type: integer}}")])))
                == ["breaking parameter-location-changed"])
        #expect(kinds(try diff(base, edited([("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, required: true, schema: {type: integer}}")])))
                == ["breaking parameter-made-required"])
        let added = try diff(base, edited([("        - {name: limit, in: query, schema: {type: integer}}\n",
                                            "        - {name: limit, in: query, schema: {type: integer}}\n        - {name: page, in: query, schema: {type: string}}\n        - {name: team, in: query, required: true, schema: {type: string}}\n")]))
        #expect(kinds(added) == ["breaking required-parameter-added", "non-breaking optional-parameter-added"])
        #expect(added[1].symbol == "ThingsClient.list(status:limit:page:team:)")
    }

    @Test func requestPropertyChanges() throws {
        #expect(kinds(try diff(base, edited([("\n        note: {type: string}", "")]))) == ["breaking property-removed"])
        #expect(kinds(try diff(base, edited([("      required: [name]\n      properties:\n        name: {type: string}\n        note",
                                              "      required: [name, note]\n      properties:\n        name: {type: string}\n        note")])))
                == ["breaking property-made-required"])
        #expect(kinds(try diff(base, edited([("        note: {type: string}", "        note: {type: integer}")]))) == ["breaking property-type-changed"])
        let added = try diff(base, edited([("        note: {type: string}", "        note: {type: string}\n        color: {type: string}")]))
        #expect(kinds(added) == ["non-breaking property-added"])
        #expect(added[0].symbol == "CreateThing.color")
        // A property whose Swift name the models reserve is named as the models name it.
        let reserved = try diff(base, edited([("        note: {type: string}", "        note: {type: string}\n        explicit_nulls: {type: string}")]))
        #expect(reserved.first?.symbol == "CreateThing.explicitNulls2")
    }

    @Test func responsePropertyChanges() throws {
        let optional = try diff(base, edited([("      required: [id, name]", "      required: [id]")]))
        #expect(kinds(optional) == ["breaking property-made-optional"])
        #expect(optional[0].symbol == "Thing.name")
        #expect(optional[0].oldPointer == "#/components/schemas/Thing/properties/name")
        #expect(kinds(try diff(base, edited([("        id: {type: string}\n        name", "        name")]))) == ["breaking property-removed"])
        #expect(kinds(try diff(base, edited([("        status: {$ref: '#/components/schemas/Status'}", "        status: {type: string}")])))
                == ["breaking property-type-changed"])
        #expect(kinds(try diff(base, edited([("        id: {type: string}\n", "        id: {type: string}\n        extra: {type: string}\n")])))
                == ["non-breaking property-added"])
    }

    @Test func enumValues() throws {
        let removed = try diff(base, edited([("enum: [open, closed]", "enum: [open]")]))
        #expect(kinds(removed) == ["breaking enum-value-removed"])
        #expect(removed[0].symbol == "Status.closed")
        let added = try diff(base, edited([("enum: [open, closed]", "enum: [open, closed, archived]")]))
        #expect(kinds(added) == ["non-breaking enum-value-added"])
        #expect(added[0].message.contains("safe for existing clients"))
    }

    @Test func schemasRemovedAndAdded() throws {
        let changes = try diff(base, edited([("    Status: {type: string, enum: [open, closed]}\n", "    State: {type: string, enum: [open, closed]}\n"),
                                             ("'#/components/schemas/Status'", "'#/components/schemas/State'")]))
        #expect(kinds(changes).contains("breaking schema-removed"))
        #expect(kinds(changes).contains("non-breaking schema-added"))
        #expect(kinds(changes).contains("breaking parameter-type-changed"))
    }

    @Test func aMovedRouteIsBreaking() throws {
        let changes = try diff(base, edited([("  /things:", "  /v2/things:")]))
        #expect(kinds(changes) == ["breaking operation-route-changed", "breaking operation-route-changed"])
        #expect(changes[0].message.contains("from GET /things to GET /v2/things"))
    }

    @Test func examplesAreDocumentationChanges() throws {
        let changes = try diff(base, edited([("        name: {type: string}\n        status", "        name: {type: string, example: Rex}\n        status")]))
        #expect(kinds(changes) == ["cosmetic example-changed"])
    }

    @Test func descriptionsAreDocumentationChanges() throws {
        let changes = try diff(base, edited([("        name: {type: string}\n        status", "        name: {type: string, description: The name}\n        status")]))
        #expect(kinds(changes) == ["cosmetic description-changed"])
        #expect(DiffReport.render(changes, format: .text, verbose: false) == "No changes.\n")
        #expect(DiffReport.render(changes, format: .text, verbose: true).contains("description of Thing.name changed"))
    }

    @Test func seedsAgainstTheShippedSpec() throws {
        for page in ["follow-ups-v2-list.yaml", "follow-ups-v2-show.yaml"] {
            let old = try OpenAPIDocument.load(path: repository + "/Tests/Specs/incident-io-docs/" + page)
            let new = try OpenAPIDocument.load(path: repository + "/openapi/incident-io-follow-ups.yaml")
            let changes = SpecDiff.compare(old: old, new: new, options: .init(moduleName: "IncidentIO"))
            #expect(!changes.contains { $0.severity == .breaking }, "\(changes.filter { $0.severity == .breaking })")
            #expect(kinds(changes).contains("non-breaking operation-id-changed"))
            #expect(kinds(changes).contains("non-breaking enum-value-added"))
        }
    }

    @Test func yamlAndJSONOfTheSameDocumentHaveNoChanges() throws {
        let specs = repository + "/Tests/Specs/incident-io"
        let changes = SpecDiff.compare(old: try OpenAPIDocument.load(path: specs + "/openapi3.yaml"),
                                       new: try OpenAPIDocument.load(path: specs + "/openapi3.json"),
                                       options: .init(moduleName: "IncidentIOFull"))
        #expect(changes.isEmpty)
    }

    @Test func formatsAreDeterministicAndParseable() throws {
        let changes = try diff(base, edited([("enum: [open, closed]", "enum: [open, archived]")]))
        let json = DiffReport.render(changes, format: .json, verbose: false)
        let decoded = try JSONDecoder().decode([SpecChange].self, from: Data(json.utf8))
        #expect(decoded == changes)
        let markdown = DiffReport.render(changes, format: .markdown, verbose: false)
        #expect(markdown.hasPrefix("### API changes: 1 breaking, 1 non-breaking"))
        #expect(markdown.contains("| enum value 'closed' was removed from Status"))
        #expect(try diff(base, edited([("enum: [open, closed]", "enum: [open, archived]")])) == changes)
    }
}

/// Webhook events in a diff: what a receiver's code depends on.
@Suite struct WebhookDiffTests {
    static let events = """
        openapi: 3.1.0
        info: {title: Events, version: '1'}
        webhooks:
          created:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      required: [event_type, id]
                      properties:
                        event_type: {const: thing.created}
                        id: {type: string}
                        note: {type: string}
              responses: {'200': {description: ok}}
          deleted:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        event_type: {const: thing.deleted}
                        id: {type: string}
              responses: {'200': {description: ok}}
        """

    @Test func aRemovedEventBreaksReceivers() throws {
        let removed = Self.events.components(separatedBy: "  deleted:")[0]
        let changes = try diff(Self.events, removed)
        #expect(changes.contains { $0.kind == "webhook-removed" && $0.severity == .breaking && $0.message.contains("thing.deleted") })
    }

    @Test func aNewEventDoesNot() throws {
        let removed = Self.events.components(separatedBy: "  deleted:")[0]
        let changes = try diff(removed, Self.events)
        #expect(changes.contains { $0.kind == "webhook-added" && $0.severity == .nonBreaking })
        #expect(!changes.contains { $0.severity == .breaking })
    }

    @Test func aPayloadFieldRemovedBreaksReceivers() throws {
        let withoutNote = Self.events.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("note:") }.joined(separator: "\n")
        let changes = try diff(Self.events, withoutNote)
        #expect(changes.contains { $0.severity == .breaking && $0.message.contains("note") })
    }
}
