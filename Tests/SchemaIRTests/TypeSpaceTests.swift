import Testing
import OpenAPI
import SchemaIR

private let header = """
    openapi: 3.0.3
    info: {title: T, version: '1'}
    paths: {}
    components:
      schemas:

    """

@Suite struct TypeSpaceTests {
    @Test func inlineSchemasAreLiftedWithPositionalNames() throws {
        let ir = try buildIR(header + """
                Incident:
                  type: object
                  properties:
                    status: {type: string, enum: [open, closed]}
                    labels:
                      type: array
                      items: {type: string, enum: [bug, urgent]}
                    metadata:
                      type: object
                      additionalProperties: {type: string, enum: [a]}
                    reporter:
                      type: object
                      properties:
                        name: {type: string}
                        team:
                          type: object
                          properties:
                            id: {type: string}
                    free: {type: object}
                    anything: {}
            """)
        let incident = try #require(ir.object("Incident"))
        #expect(incident.field("status")?.type == .named(TypeID("Incident/status")))
        #expect(incident.field("labels")?.type == .array(.named(TypeID("Incident/labelsItem"))))
        #expect(incident.field("metadata")?.type == .map(.named(TypeID("Incident/metadataValue"))))
        #expect(incident.field("reporter")?.type == .named(TypeID("Incident/reporter")))
        #expect(ir.object("Incident/reporter")?.field("team")?.type == .named(TypeID("Incident/reporter/team")))
        #expect(ir.type("Incident/reporter/team")?.parent == TypeID("Incident/reporter"))
        #expect(ir.type("Incident/reporter/team")?.nameParts == ["Incident", "reporter", "team"])
        #expect(incident.field("free")?.type == .map(.any))
        #expect(incident.field("anything")?.type == .any)
        #expect(ir.types.map(\.id.rawValue) == [
            "Incident", "Incident/status", "Incident/labelsItem", "Incident/metadataValue", "Incident/reporter",
            "Incident/reporter/team",
        ])
    }

    @Test func formatsMapToPrimitives() throws {
        let ir = try buildIR(header + """
                Formats:
                  type: object
                  properties:
                    a: {type: string, format: date-time}
                    b: {type: string, format: date}
                    c: {type: string, format: uuid}
                    d: {type: integer, format: int32}
                    e: {type: integer, format: int64}
                    f: {type: integer}
                    g: {type: number, format: float}
                    h: {type: number}
                    i: {type: boolean}
                    j: {type: string, format: byte}
                    k: {type: string, format: custom}
                    l: {type: array, items: {type: array, items: {type: integer}}}
                    m: {type: array, items: {type: string, nullable: true}}
            """)
        let types = try #require(ir.object("Formats")).fields.map(\.type)
        #expect(types == [
            .string(.dateTime), .string(.date), .string(.uuid), .integer(.int32), .integer(.int64),
            .integer(.unspecified), .number(.float), .number(.unspecified), .boolean, .string(.byte),
            .string(.other("custom")), .array(.array(.integer(.unspecified))), .array(.nullable(.string(.plain))),
        ])
    }

    @Test func nullability30And31() throws {
        let ir30 = try buildIR(header + """
                A:
                  type: object
                  required: [x]
                  properties:
                    x: {type: string, nullable: true}
                    y: {type: string}
            """)
        #expect(ir30.object("A")?.field("x")?.nullable == true)
        #expect(ir30.object("A")?.field("x")?.required == true)
        #expect(ir30.object("A")?.field("y")?.nullable == false)
        let ir31 = try buildIR("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    x: {type: [string, 'null']}
                    y: {type: [string, integer]}
            """)
        #expect(ir31.object("A")?.field("x")?.nullable == true)
        #expect(ir31.object("A")?.field("x")?.type == .string(.plain))
        #expect(ir31.object("A")?.field("y")?.type == .any)
        #expect(ir31.warnings.map(\.description) == [
            "spec.yaml:9:12: warning: a schema with several types (string, integer) is not supported; using a JSON value (at #/components/schemas/A/properties/y)",
        ])
    }

    @Test func enumsKeepRawValuesAndFallBackWhenTypesDisagree() throws {
        let ir = try buildIR(header + """
                Text:
                  type: string
                  enum: ["", N/A, issue-tracker, public, repeat, none, 1st, Active, active, 1, yes]
                Level:
                  type: integer
                  enum: [1, 2, 3]
                Mixed:
                  type: integer
                  enum: [1, two]
                Dupes:
                  type: string
                  enum: [a, a, null]
                  nullable: true
            """)
        #expect(ir.enumeration("Text")?.cases.map(\.rawValue) == ["", "N/A", "issue-tracker", "public", "repeat", "none", "1st", "Active", "active", "1", "yes"])
        #expect(ir.enumeration("Text")?.rawType == .string)
        #expect(ir.enumeration("Level")?.rawType == .integer)
        #expect(ir.enumeration("Mixed")?.rawType == .string)
        #expect(ir.enumeration("Dupes")?.cases.map(\.rawValue) == ["a"])
        #expect(ir.enumeration("Dupes")?.allowsNull == true)
        #expect(ir.warnings.map(\.description) == [
            "spec.yaml:14:17: warning: enum value 'two' does not fit type integer; the enum is read as strings (at #/components/schemas/Mixed/enum/1)",
            "spec.yaml:17:17: warning: duplicate enum value 'a' ignored (at #/components/schemas/Dupes/enum/1)",
        ])
    }

    @Test func allOfMergesObjects() throws {
        let ir = try buildIR(header + """
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    kind: {type: string, enum: [a, b]}
                    note: {type: integer}
                Derived:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        note: {type: string}
                Wrapped:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                  description: just a wrapper
                NotObjects:
                  allOf:
                    - type: string
                    - type: integer
            """)
        let derived = try #require(ir.object("Derived"))
        #expect(derived.fields.map(\.name) == ["id", "kind", "note", "name"])
        #expect(derived.fields.map(\.required) == [true, false, false, true])
        #expect(derived.field("note")?.type == .string(.plain))  // the later part wins
        // The inline enum is Base's, lifted once and shared.
        #expect(derived.field("kind")?.type == .named(TypeID("Base/kind")))
        #expect(ir.types.filter { $0.nameParts.last == "kind" }.count == 1)
        guard case .alias(let target)? = ir.type("Wrapped")?.kind else {
            Issue.record("Wrapped should be an alias")
            return
        }
        #expect(target == .named(TypeID("Base")))
        #expect(ir.type("Wrapped")?.documentation.description == "just a wrapper")
        guard case .alias(.any)? = ir.type("NotObjects")?.kind else {
            Issue.record("NotObjects should fall back to a JSON value")
            return
        }
        #expect(ir.warnings.count == 1)
    }

    @Test func unionsWithDiscriminators() throws {
        let ir = try buildIR(header + """
                Cat: {type: object, properties: {kind: {type: string}, meows: {type: boolean}}}
                Dog: {type: object, properties: {kind: {type: string}, barks: {type: boolean}}}
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                    - type: object
                      title: Fish
                      properties: {fins: {type: integer}}
                  discriminator:
                    propertyName: kind
                    mapping:
                      kitty: '#/components/schemas/Cat'
                Either:
                  anyOf:
                    - type: string
                    - type: integer
            """)
        guard case .union(let pet)? = ir.type("Pet")?.kind else {
            Issue.record("Pet should be a union")
            return
        }
        #expect(pet.style == .oneOf)
        #expect(pet.variants == [.named(TypeID("Cat")), .named(TypeID("Dog")), .named(TypeID("Pet/Fish"))])
        #expect(pet.discriminator?.propertyName == "kind")
        #expect(pet.discriminator?.mapping.map(\.value) == ["kitty", "Dog"])
        guard case .union(let either)? = ir.type("Either")?.kind else {
            Issue.record("Either should be a union")
            return
        }
        #expect(either.style == .anyOf)
        #expect(either.variants == [.string(.plain), .integer(.unspecified)])
    }

    @Test func recursionIsMarkedForBoxing() throws {
        let ir = try buildIR(header + """
                Tree:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                    parent: {$ref: '#/components/schemas/Tree'}
                    label: {type: string}
                Ping:
                  type: object
                  properties:
                    pong: {$ref: '#/components/schemas/Pong'}
                Pong:
                  type: object
                  properties:
                    ping: {$ref: '#/components/schemas/Ping'}
                    list: {type: array, items: {$ref: '#/components/schemas/Ping'}}
                Leaf:
                  type: object
                  properties:
                    tree: {$ref: '#/components/schemas/Tree'}
            """)
        let tree = try #require(ir.object("Tree"))
        #expect(tree.fields.map(\.needsIndirection) == [false, true, false])
        #expect(ir.type("Tree")?.isRecursive == true)
        #expect(ir.object("Ping")?.field("pong")?.needsIndirection == true)
        #expect(ir.object("Pong")?.field("ping")?.needsIndirection == true)
        #expect(ir.object("Pong")?.field("list")?.needsIndirection == false)
        #expect(ir.type("Leaf")?.isRecursive == false)
        #expect(ir.object("Leaf")?.field("tree")?.needsIndirection == false)
    }

    @Test func collidingInlineNamesGetSuffixes() throws {
        let ir = try buildIR(header + """
                A:
                  type: object
                  properties:
                    tags: {type: array, items: {type: string, enum: [x]}}
                    tagsItem: {type: string, enum: [y]}
            """)
        #expect(ir.object("A")?.field("tags")?.type == .array(.named(TypeID("A/tagsItem"))))
        #expect(ir.object("A")?.field("tagsItem")?.type == .named(TypeID("A/tagsItem2")))
    }

    @Test func unsupportedKeywordsWarnWithPointers() throws {
        let ir = try buildIR(header + """
                A:
                  type: object
                  patternProperties:
                    "^x-": {type: string}
                  properties:
                    b:
                      not: {type: string}
            """)
        #expect(ir.warnings.map(\.description) == [
            "spec.yaml:9:9: warning: 'patternProperties' is not supported; ignored (at #/components/schemas/A/patternProperties)",
            "spec.yaml:12:11: warning: 'not' is not supported; ignored (at #/components/schemas/A/properties/b)",
        ])
    }
}
