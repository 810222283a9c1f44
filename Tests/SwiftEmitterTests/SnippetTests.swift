import Foundation
import OpenAPI
import SchemaIR
import SwiftEmitter
import Testing

/// One rule at a time: a YAML fragment in, the Swift declaration the plan and the emitter make of it out.
/// Each snippet is a whole declaration, copied from what the generator writes (the whole-spec goldens cover
/// how they fit together).
@Suite struct SnippetTests {
    /// The generated code for a document whose paths and components are `body` (YAML at the top level).
    static func generate(_ body: String, access: SwiftEmitter.AccessLevel = .public, conventions: APIConventions = APIConventions())
        throws -> SwiftEmitter.Output {
        let text = "openapi: 3.1.0\ninfo: {title: Snippet, version: '1'}\n" + body
        let document = try OpenAPIDocument.load(bytes: Array(text.utf8), file: "snippet.yaml")
        let ir = IRDocument(document, conventions: conventions)
        return SwiftEmitter(options: .init(moduleName: "Snippet", access: access)).emit(ir, specName: "snippet", specDigest: "0")
    }

    /// The declaration whose first line contains `start`, through the brace that closes it (or that line
    /// alone when it opens no block), as written in any generated file.
    /// The first declaration starting with `start`, a tag protocol's extension (the calls without `options`)
    /// skipped so a method's own declaration is found.
    static func declaration(_ start: String, in output: SwiftEmitter.Output) -> String? {
        for file in output.files {
            let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
            let extensionEnd = lines.firstIndex { $0.hasPrefix("nonisolated extension") }
                .flatMap { start in lines[start...].firstIndex { $0 == "}" } } ?? -1
            guard let first = lines.indices.first(where: { $0 > extensionEnd && lines[$0].contains(start) })
                ?? lines.firstIndex(where: { $0.contains(start) }) else { continue }
            guard lines[first].hasSuffix("{") else { return String(lines[first]) }
            let indent = lines[first].prefix { $0 == " " }
            let last = lines[(first + 1)...].firstIndex { $0 == indent + "}" } ?? lines.count - 1
            return lines[first...last].joined(separator: "\n")
        }
        return nil
    }

    static func expect(_ body: String, declares expected: String, access: SwiftEmitter.AccessLevel = .public,
                       conventions: APIConventions = APIConventions(), sourceLocation: SourceLocation = #_sourceLocation) throws {
        let start = String(expected.prefix { $0 != "\n" })
        let output = try generate(body, access: access, conventions: conventions)
        #expect(declaration(start, in: output) == expected, sourceLocation: sourceLocation)
    }

    // MARK: Names

    @Test func propertiesAreLowerCamelCaseAndNeverCollide() throws {
        let output = try Self.generate("""
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  required: [incident_id]
                  properties:
                    incident_id: {type: string}
                    html_url: {type: string}
                    default: {type: string}
                    self: {type: string}
                    additionalProperties: {type: string}
                    additional_properties: {type: string}
            """)
        let thing = try #require(Self.declaration("nonisolated public struct Thing: Codable, Hashable, Sendable", in: output))
        #expect(thing.split(separator: "\n").filter { $0.hasPrefix("    public let") } == [
            "    public let incidentID: String",
            "    public let htmlURL: String?",
            "    public let `default`: String?",
            "    public let self_: String?",
            // `additionalProperties` is the name of the extra-properties storage every model may have.
            "    public let additionalProperties2: String?",
            "    public let additionalProperties3: String?",
        ])
        #expect(thing.contains("public init(incidentID: String, htmlURL: String? = nil, `default`: String? = nil, self_: String? = nil, additionalProperties2: String? = nil, additionalProperties3: String? = nil)"))
        #expect(thing.contains("self.additionalProperties2 = try container.decodeValueIfPresent(String.self, forKey: \"additionalProperties\")"))
    }

    @Test func enumCasesAreCleanedAndTheCatchAllStepsAside() throws {
        let output = try Self.generate("""
            paths: {}
            components:
              schemas:
                Mode:
                  type: string
                  enum: ["", none, unknown, public, issue-tracker, N/A]
            """)
        let cases = try #require(Self.declaration("nonisolated public enum Mode: OpenEnum", in: output))
            .split(separator: "\n").filter { $0.hasPrefix("    case ") }
        #expect(cases == ["    case empty", "    case none_", "    case unknown", "    case `public`", "    case issueTracker",
                          "    case nA", "    case undocumented(String)"])
    }

    @Test func unionCasesAreNamedAfterTheirVariants() throws {
        let output = try Self.generate("""
            paths: {}
            components:
              schemas:
                Cat: {type: object, properties: {meow: {type: boolean}}}
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - {type: string}
                    - {type: string, format: date-time}
            """)
        let cases = try #require(Self.declaration("nonisolated public enum Pet: Codable, Hashable, Sendable", in: output))
            .split(separator: "\n").filter { $0.hasPrefix("    case ") }
        #expect(cases == ["    case cat(Cat)", "    case string(String)", "    case date(Date)", "    case undocumented(JSONValue)"])
    }

    @Test func schemaNamesStepAsideForSwiftAndRuntimeNames() throws {
        let output = try Self.generate("""
            paths: {}
            components:
              schemas:
                String: {type: object, properties: {a: {type: string}}}
                JSONValue: {type: object, properties: {a: {type: string}}}
                SnippetClient: {type: object, properties: {a: {type: string}}}
            """)
        let declared = output.files.flatMap { $0.contents.split(separator: "\n") }.filter { $0.hasPrefix("nonisolated public struct") }
        #expect(declared.contains("nonisolated public struct String2: Codable, Hashable, Sendable {"))
        #expect(declared.contains("nonisolated public struct JSONValue2: Codable, Hashable, Sendable {"))
        #expect(declared.contains("nonisolated public struct SnippetClient2: Codable, Hashable, Sendable {"))
        #expect(declared.contains("nonisolated public struct SnippetClient: Sendable {"))
    }

    @Test func methodAndArgumentNames() throws {
        let output = try Self.generate("""
            paths:
              /things/{request}:
                get:
                  operationId: Things#List
                  tags: [Things]
                  parameters:
                    - {name: request, in: path, required: true, schema: {type: string}}
                    - {name: body, in: query, schema: {type: string}}
                    - {name: client, in: header, schema: {type: string}}
                    - {name: session, in: cookie, schema: {type: string}}
                  responses:
                    '204': {description: done}
              /things:
                get:
                  operationId: things_list
                  tags: [Things]
                  responses:
                    '204': {description: done}
                post:
                  summary: Make a thing
                  tags: [Things]
                  responses:
                    '204': {description: done}
            """)
        let client = try #require(output.files.first { $0.name == "ThingsClient.swift" }?.contents)
        let methods = client.components(separatedBy: "public struct ThingsClient")[1]
            .split(separator: "\n").filter { $0.hasPrefix("    public func") }.map { $0.prefix { $0 != "(" } }
        #expect(methods == ["    public func list", "    public func listWithResponse", "    public func thingsList",
                            "    public func thingsListWithResponse", "    public func makeAThing", "    public func makeAThingWithResponse"])
        // Arguments step aside for the method's own locals; cookies are not sent (and warned about).
        #expect(client.contains("public func list(request2: String, body2: String? = nil, client2: String? = nil, options: RequestOptions? = nil) async throws(ClientError)"))
        #expect(output.warnings.map(\.message) == ["cookie parameter 'session' is not sent by generated clients"])
    }

    // MARK: Choices

    @Test func aJSONBodyIsChosenOverOtherContentAndPlusJSONCounts() throws {
        let output = try Self.generate("""
            paths:
              /things:
                post:
                  operationId: create
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded: {schema: {type: object, properties: {a: {type: string}}}}
                      application/merge-patch+json: {schema: {$ref: '#/components/schemas/Thing'}}
                  responses:
                    '202': {description: accepted}
                    '201':
                      description: created
                      content:
                        application/vnd.api+json: {schema: {$ref: '#/components/schemas/Thing'}}
            components:
              schemas:
                Thing: {type: object, properties: {a: {type: string}}}
            """)
        let method = try #require(Self.declaration("public func create(", in: output))
        #expect(method == """
                public func create(_ body: Thing, options: RequestOptions? = nil) async throws(ClientError) -> Thing {
                    try await createWithResponse(body, options: options).body
                }
            """)
        #expect(output.warnings.isEmpty)
    }

    @Test func otherBodiesAreBytesWithTheirMediaTypes() throws {
        let output = try Self.generate("""
            paths:
              /report:
                put:
                  operationId: upload
                  requestBody:
                    content:
                      text/csv: {schema: {type: string}}
                  responses:
                    '200':
                      description: the report
                      content:
                        application/pdf: {schema: {type: string, format: binary}}
            """)
        #expect(Self.declaration("public func uploadWithResponse(", in: output) == """
                public func uploadWithResponse(_ body: Data? = nil, options: RequestOptions? = nil) async throws(ClientError) -> APIResponse<Data> {
                    var request = RequestBuilder(method: "PUT", path: "/report")
                    request.options = options
                    request.accept = "application/pdf"
                    if let body {
                        request.setBody(body, contentType: "text/csv")
                    }
                    return try await client.dataResponse(request)
                }
            """)
        #expect(output.warnings.map(\.message) == ["request body 'text/csv' is not generated as a model; the method takes the encoded bytes as Data",
                                                  "success response 'application/pdf' is not JSON with a schema; the method returns the bytes as Data"])
    }

    @Test func publicOperationsSendNoCredentials() throws {
        let output = try Self.generate("""
            security: [{token: []}]
            paths:
              /health:
                get:
                  operationId: health
                  security: []
                  responses:
                    '204': {description: up}
            components:
              securitySchemes:
                token: {type: http, scheme: bearer}
            """)
        #expect(Self.declaration("public func healthWithResponse(", in: output) == """
                public func healthWithResponse(options: RequestOptions? = nil) async throws(ClientError) -> APIResponse<Void> {
                    var request = RequestBuilder(method: "GET", path: "/health")
                    request.options = options
                    request.sendsCredentials = false
                    return try await client.response(request)
                }
            """)
    }

    @Test func pagingFollowsTheConfiguredRuleOnly() throws {
        let document = """
            paths:
              /events:
                get:
                  operationId: Events#List
                  tags: [Events]
                  parameters:
                    - {name: cursor, in: query, schema: {type: string}}
                    - {name: limit, in: query, schema: {type: integer}}
                  responses:
                    '200':
                      description: a page
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [data]
                            properties:
                              data: {type: array, items: {type: string}}
                              meta: {type: object, properties: {next_cursor: {type: string}}}
            """
        #expect(Self.declaration("public func listAll(", in: try Self.generate(document)) == nil)
        let rule = PaginationRule(cursorParameter: "cursor", pageSizeParameter: "limit", metaField: "meta", nextCursorField: "next_cursor")
        let output = try Self.generate(document, conventions: APIConventions(pagination: [rule]))
        #expect(Self.declaration("public func listAll(", in: output) == """
                public func listAll(limit: Int? = nil, options: RequestOptions? = nil) -> PageSequence<String> {
                    PageSequence { (cursor: String?) async throws(ClientError) -> (items: [String], nextCursor: String?) in
                        let page = try await self.list(cursor: cursor, limit: limit, options: options)
                        return (page.data, page.meta?.nextCursor)
                    }
                }
            """)
    }

    @Test func importsFollowWhatEachFilesAPIMentions() throws {
        let output = try Self.generate("""
            paths: {}
            components:
              schemas:
                Stamp: {type: object, properties: {at: {type: string, format: date-time}}}
                Free: {type: object, properties: {anything: {}}}
            """, access: .package)
        let models = try #require(output.files.first { $0.name == "Models.swift" }?.contents)
        // `Stamp.at` is a Date and `Free.anything` a JSONValue: both modules are package API here.
        #expect(models.contains("package import Foundation\npackage import OpenAPIGenRuntime\n"))
        let root = try #require(output.files.first { $0.name == "SnippetClient.swift" }?.contents)
        #expect(root.contains("package import Foundation\npackage import OpenAPIGenRuntime\n"))
        let onlyDates = try Self.generate("""
            paths: {}
            components:
              schemas:
                Stamp: {type: object, properties: {at: {type: string, format: date-time}}}
            """, access: .package)
        #expect(onlyDates.files.first { $0.name == "Models.swift" }?.contents.contains("package import Foundation\ninternal import OpenAPIGenRuntime\n") == true)
    }

    @Test func theServerWarningPointsAtTheServer() throws {
        let output = try Self.generate("""
            servers:
              - url: "not a url"
            paths: {}
            """)
        #expect(output.warnings.map(\.description) == [
            "snippet.yaml:4:5: warning: server URL 'not a url' is not an absolute URL; the client defaults to http://localhost (at #/servers/0)",
        ])
    }

    @Test func liftedTypesNestInTheirOwnerWithoutShadowingIt() throws {
        let output = try Self.generate("""
            paths: {}
            components:
              schemas:
                Status: {type: string, enum: [a]}
                Incident:
                  type: object
                  properties:
                    status: {type: string, enum: [open, closed]}
                    incident: {type: object, properties: {id: {type: string}}}
                    codes: {type: array, items: {type: integer, enum: [-1, 2]}}
            """)
        let incident = try #require(Self.declaration("nonisolated public struct Incident: Codable, Hashable, Sendable", in: output))
        #expect(incident.split(separator: "\n").filter { $0.hasPrefix("    public let") } == [
            // Nested names shadow neither a top-level type (`Status`) nor their owner.
            "    public let status: Incident.Status2?",
            "    public let incident: Incident.Incident2?",
            "    public let codes: [Incident.CodesItem]?",
        ])
        #expect(incident.contains("    nonisolated public enum CodesItem: OpenEnum {\n        case _minus1\n        case _2\n"))
    }

    @Test func deprecatedOptionalParametersOnlyOnADeprecatedOverload() throws {
        let output = try Self.generate("""
            paths:
              /things:
                get:
                  operationId: list
                  parameters:
                    - {name: sort, in: query, schema: {type: string}}
                    - {name: legacy, in: query, deprecated: true, description: "Deprecated: use sort.", schema: {type: string}}
                  responses:
                    '204': {description: done}
            """)
        let client = try #require(output.files.first { $0.name == "ThingsClient.swift" }?.contents)
        let lines = client.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let plain = try #require(lines.firstIndex(of: "public func list(sort: String? = nil, options: RequestOptions? = nil) async throws(ClientError) {"))
        #expect(!lines[plain - 1].hasPrefix("@available"))
        let overload = try #require(lines.firstIndex(of: "public func list(sort: String? = nil, legacy: String? = nil, options: RequestOptions? = nil) async throws(ClientError) {"))
        #expect(lines[overload - 1] == "@available(*, deprecated, message: \"'legacy' is deprecated: use sort.\")")
    }
}
