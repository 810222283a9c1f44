import Diagnostics
import Foundation
import OpenAPI
import Testing

/// Documents spread over files: references relative to the file that holds them, each file read once,
/// diagnostics in the right file, and reads confined to the root document's folder tree.
@Suite struct MultiFileTests {
    /// A fresh folder holding `files` (path relative to the folder → content); removed by the caller.
    final class Folder {
        let path: String

        init(_ files: [String: String]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("multi-file-\(UUID().uuidString)").path
            for (name, text) in files {
                let url = URL(fileURLWithPath: path + "/" + name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func load(_ root: String = "api/openapi.yaml", references: ReferenceLimits = ReferenceLimits()) throws(SpecError) -> OpenAPIDocument {
            try OpenAPIDocument.load(path: path + "/" + root, references: references)
        }

        /// The errors loading reports, with the folder's path left out.
        func errors(_ root: String = "api/openapi.yaml", references: ReferenceLimits = ReferenceLimits()) -> [String] {
            do {
                _ = try load(root, references: references)
                return []
            } catch {
                return error.errors.map { $0.description.replacingOccurrences(of: path + "/", with: "") }
            }
        }
    }

    static func root(schema ref: String) -> String {
        minimalHeader + """
            paths: {}
            components:
              schemas:
                Root:
                  $ref: '\(ref)'
            """
    }

    @Test func referencesAreRelativeToTheFileThatHoldsThemAndEachFileIsReadOnce() throws {
        let folder = try Folder([
            "api/openapi.yaml": minimalHeader + """
                paths: {}
                components:
                  schemas:
                    A: {$ref: 'models/a.yaml#/a'}
                    B: {$ref: './models/../models/b.yaml'}
                    C: {$ref: 'models/a.yaml#/c'}
                """,
            "api/models/a.yaml": """
                a:
                  type: object
                  properties:
                    b: {$ref: 'b.yaml'}
                    c: {$ref: '#/c'}
                c:
                  type: string
                """,
            "api/models/b.yaml": """
                type: object
                properties:
                  back: {$ref: '../openapi.yaml#/components/schemas/A'}
                """,
        ])
        let document = try folder.load()
        #expect(document.referencedSources.map(\.name) == ["models/a.yaml", "models/b.yaml"])
        let b = try #require(document.components.schemas["B"]?.reference)
        #expect(b.ref == "models/b.yaml#")
        #expect(b.nameHint == "b")
        let a = try #require(document.resolve(document.components.schemas["A"]!))
        #expect(a.properties.map(\.name) == ["b", "c"])
        // The same target is spelled one way whichever file refers to it.
        #expect(a.properties[0].schema.reference?.ref == "models/b.yaml#")
        #expect(a.properties[1].schema.reference?.ref == "models/a.yaml#/c")
        let bSchema = try #require(document.resolve(a.properties[0].schema))
        #expect(bSchema.properties.first?.schema.reference?.ref == "#/components/schemas/A")
    }

    @Test func diagnosticsNameTheFileLineAndColumnOfTheProblem() throws {
        let folder = try Folder([
            "api/openapi.yaml": Self.root(schema: "models/bad.yaml#/bad"),
            "api/models/bad.yaml": """
                ok:
                  type: string
                bad:
                  type: object
                  required: 12
                """,
        ])
        #expect(folder.errors() == ["api/models/bad.yaml:5:13: error: 'required' must be a list of strings, found a number (at #/bad)"])
    }

    @Test func aFileThatDoesNotParseIsReportedWhereItBreaks() throws {
        let folder = try Folder([
            "api/openapi.yaml": Self.root(schema: "broken.yaml#/x"),
            "api/broken.yaml": "x: [1, 2\n",
        ])
        let errors = folder.errors()
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix("api/broken.yaml:2:1: error: ") })
        #expect(errors.contains { $0 == "api/openapi.yaml:9:13: error: 'broken.yaml#/x' names a file that could not be read as YAML or JSON (at #/components/schemas/Root)" })
    }

    @Test func cyclesAcrossFilesAreErrorsNotHangs() throws {
        let folder = try Folder([
            "api/openapi.yaml": minimalHeader + """
                paths:
                  /loop:
                    $ref: 'paths/loop.yaml'
                components:
                  schemas:
                    Root: {$ref: 'a.yaml#/a'}
                """,
            "api/a.yaml": "a: {$ref: 'b.yaml#/b'}\n",
            "api/b.yaml": "b: {$ref: 'a.yaml#/a'}\n",
            "api/paths/loop.yaml": "$ref: 'loop.yaml'\n",
        ])
        let errors = folder.errors()
        #expect(errors.contains { $0.contains("reference cycle: a.yaml#/a → b.yaml#/b → a.yaml#/a") })
        #expect(errors.contains { $0.hasPrefix("api/paths/loop.yaml:1:7: error: reference cycle: paths/loop.yaml# → paths/loop.yaml#") })
    }

    @Test func readsStayInsideTheRootFolderUnlessWidened() throws {
        let folder = try Folder([
            "api/openapi.yaml": Self.root(schema: "../common/thing.yaml"),
            "common/thing.yaml": "type: string\n",
        ])
        let errors = folder.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("api/openapi.yaml:9:13: error: '../common/thing.yaml' resolves to a file outside ") == true)
        let document = try folder.load(references: ReferenceLimits(root: folder.path))
        #expect(document.referencedSources.map(\.name) == ["../common/thing.yaml"])
    }

    @Test func symbolicLinksOutOfTheFolderAreRefused() throws {
        let folder = try Folder([
            "api/openapi.yaml": Self.root(schema: "linked/thing.yaml"),
            "outside/thing.yaml": "type: string\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/api/linked", withDestinationPath: folder.path + "/outside")
        #expect(folder.errors().first?.contains("'linked/thing.yaml' resolves to a file outside") == true)
    }

    @Test func absolutePathsURLsAndMissingFilesAreRefused() throws {
        let folder = try Folder([
            "api/openapi.yaml": minimalHeader + """
                paths: {}
                components:
                  schemas:
                    A: {$ref: '/etc/hosts'}
                    B: {$ref: 'https://example.com/b.yaml#/B'}
                    C: {$ref: 'file:///etc/hosts'}
                    D: {$ref: 'missing.yaml#/D'}
                """,
        ])
        #expect(folder.errors() == [
            "api/openapi.yaml:8:15: error: '/etc/hosts' is an absolute path; references to other files must be relative to the file that holds them (at #/components/schemas/A)",
            "api/openapi.yaml:9:15: error: 'https://example.com/b.yaml#/B' is a URL; generation never reads the network (at #/components/schemas/B)",
            "api/openapi.yaml:10:15: error: 'file:///etc/hosts' is a URL; generation never reads the network (at #/components/schemas/C)",
            "api/openapi.yaml:11:15: error: 'missing.yaml#/D' names no file that can be read (api/missing.yaml) (at #/components/schemas/D)",
        ])
    }

    /// OpenAPI 3.2: absolute references under the root's `$self` are the files under the root file's folder; its own
    /// URI is the root; a URI elsewhere is still a URL that is not read.
    @Test func referencesUnderSelfAreLocalFiles() throws {
        let folder = try Folder([
            "api/openapi.yaml": """
                openapi: 3.2.0
                $self: https://example.com/apis/v1/openapi.yaml
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet: {$ref: 'https://example.com/apis/v1/schemas/pet.yaml'}
                    Owner: {$ref: 'https://example.com/apis/v1/openapi.yaml#/components/schemas/Name'}
                    Name: {type: string}
                    Far: {$ref: 'https://example.com/other/far.yaml'}
                """,
            "api/schemas/pet.yaml": "type: object\nproperties:\n  owner: {$ref: '../openapi.yaml#/components/schemas/Owner'}\n",
        ])
        #expect(folder.errors() == [
            "api/openapi.yaml:10:17: error: 'https://example.com/other/far.yaml' is a URL outside the root's $self folder (https://example.com/apis/v1/); generation never reads the network (at #/components/schemas/Far)",
        ])
        var fixed = try String(contentsOfFile: folder.path + "/api/openapi.yaml", encoding: .utf8)
        fixed = fixed.replacingOccurrences(of: "    Far: {$ref: 'https://example.com/other/far.yaml'}", with: "")
        try fixed.write(toFile: folder.path + "/api/openapi.yaml", atomically: true, encoding: .utf8)
        let document = try folder.load()
        #expect(document.referencedSources.map(\.name) == ["schemas/pet.yaml"])
    }

    @Test func filesAndBytesAreBounded() throws {
        var files = ["api/openapi.yaml": minimalHeader + "paths: {}\ncomponents:\n  schemas:\n"
            + (0..<5).map { "    S\($0): {$ref: 's\($0).yaml'}\n" }.joined()]
        for index in 0..<5 { files["api/s\(index).yaml"] = "type: string\ndescription: '\(String(repeating: "x", count: 1_000))'\n" }
        let folder = try Folder(files)
        #expect(try folder.load().referencedSources.count == 5)
        let fewFiles = folder.errors(references: ReferenceLimits(maximumFiles: 3))
        #expect(fewFiles.count == 3)
        #expect(fewFiles.first?.contains("names file number 4 of this document; at most 3 are read") == true)
        let fewBytes = folder.errors(references: ReferenceLimits(maximumBytes: 2_500))
        // The root file and two schemas fit; the other three do not.
        #expect(fewBytes.count == 3)
        #expect(fewBytes.first?.contains("past 2500 bytes") == true)
    }

    @Test func referencesWhereTheSpecificationAllowsNoneAreFollowed() throws {
        let folder = try Folder([
            "api/openapi.yaml": minimalHeader + """
                tags:
                  - name: Things
                    description: {$ref: 'text.yaml#/things'}
                paths:
                  /things:
                    get: {$ref: 'operations/list.yaml'}
                """,
            "api/text.yaml": "things: All the things.\n",
            "api/operations/list.yaml": """
                operationId: things_list
                tags: [Things]
                responses:
                  '200':
                    description: OK
                    content:
                      application/json:
                        schema:
                          properties: {$ref: '../text.yaml#/fields'}
                """,
        ])
        let errors = folder.errors()
        #expect(errors == ["api/operations/list.yaml:9:30: error: unresolvable reference 'text.yaml#/fields': nothing at that pointer (at #/responses/200/content/application~1json/schema/properties)"])
        try Data("things: All the things.\nfields:\n  name: {type: string}\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/api/text.yaml"))
        let document = try folder.load()
        #expect(document.tags.first?.description == "All the things.")
        let operation = try #require(document.operations.first)
        #expect(operation.operationID == "things_list")
        #expect(operation.pointer == "#/paths/~1things/get")
        let schema = try #require(operation.responses.first.flatMap { document.resolve($0.response) }?.content.first?.schema)
        #expect(document.resolve(schema)?.properties.map(\.name) == ["name"])
    }
}
