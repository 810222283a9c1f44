import Foundation
import GeneratorCore
import SwiftEmitter
import Testing

/// Which file each generated type lands in: beside the client whose operations use it, beside what it
/// refers to, beside the tag its name speaks of, else `Models.swift`; and no models file grows large.
@Suite struct FileLayoutTests {
    func files(_ text: String) throws -> [String: String] {
        let path = NSTemporaryDirectory() + "layout-\(UUID().uuidString).yaml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Generator.generate(specPath: path, options: .init(moduleName: "Layout"))
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.contents) })
    }

    func declares(_ contents: String?, _ type: String) -> Bool {
        contents?.contains("public struct \(type): Codable") == true
    }

    @Test func unreachedTypesGoBesideWhatTheyReferToOrTheTagTheyName() throws {
        let files = try files("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /v2/alert_routes:
                get:
                  operationId: Alert Routes V2#List
                  tags: [Alert Routes V2]
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/AlertRouteV2'}}}}
            components:
              schemas:
                AlertRouteV2: {type: object, properties: {id: {type: string}}}
                AuditLogAlertRouteCreatedV2: {type: object, properties: {at: {type: string}}}
                RouteHistoryEntry: {type: object, properties: {route: {$ref: '#/components/schemas/AlertRouteV2'}}}
                Unrelated: {type: object, properties: {x: {type: string}}}
            """)
        let models = files["AlertRoutesV2Models.swift"]
        #expect(declares(models, "AlertRouteV2"))
        #expect(declares(models, "RouteHistoryEntry"))
        #expect(declares(models, "AuditLogAlertRouteCreatedV2"))
        #expect(declares(files["Models.swift"], "Unrelated"))
    }

    @Test func largeModelFilesAreSplitByLines() throws {
        let fields = (1...12).map { "f\($0): {type: string}" }.joined(separator: ", ")
        let schemas = (1...40).map { "    Thing\($0): {type: object, properties: {\(fields)}}" }.joined(separator: "\n")
        let files = try files("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
            \(schemas)
            """)
        let models = files.keys.filter { $0.hasPrefix("Models") }.sorted()
        #expect(models.count > 1)
        for name in models {
            let lines = files[name]!.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines < 1_000, "\(name) has \(lines) lines")
        }
        // Every type is declared exactly once, in order across the pieces.
        let declared = models.flatMap { name in
            files[name]!.split(separator: "\n").filter { $0.hasPrefix("nonisolated public struct Thing") }
        }
        #expect(declared.count == 40)
    }

    /// Every declaration is separated from the one before it: a closing brace is never followed directly by a
    /// doc comment, and a top-level closing brace is followed by a blank line or the end of the file. Checked
    /// on each layout and access level of every fixture and the shipped spec.
    @Test(arguments: ["all-of.yaml", "collisions.yaml", "features.yaml", "kitchen-sink.yaml", "paths-and-parameters.yaml", "petstore.yaml", "petstore-expanded.yaml", "hostile-text.yaml", "unions.yaml"])
    func declarationsAreSeparatedByABlankLine(fixture: String) throws {
        for layout in [SwiftEmitter.Layout.split, .bundle] {
            for access in [SwiftEmitter.AccessLevel.public, .internal, .package] {
                let options = SwiftEmitter.Options(moduleName: "Layout", access: access, layout: layout, typeRegistry: true)
                for file in try Generator.generate(specPath: Paths.fixtures + "/" + fixture, options: options).files {
                    let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
                    for (index, line) in lines.enumerated().dropLast() {
                        let next = lines[index + 1]
                        guard line.trimmingCharacters(in: .whitespaces) == "}" else { continue }
                        let place = "\(fixture) \(layout) \(access) \(file.name):\(index + 1)"
                        #expect(!next.trimmingCharacters(in: .whitespaces).hasPrefix("///"), "\(place)")
                        if line == "}" { #expect(next.isEmpty, "\(place)") }
                    }
                }
            }
        }
    }
}
