import Diagnostics
import Foundation
import GeneratorCore
import OpenAPI
import Testing

/// Specs written to break a generator: each gives a located error or a deterministic rename, never a
/// crash, a hang or unbounded memory.
@Suite struct HostileSpecTests {
    func generate(_ text: String) throws(SpecError) -> Generator.Result {
        let path = NSTemporaryDirectory() + "hostile-\(UUID().uuidString).yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "could not write \(path)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Generator.generate(specPath: path, options: .init(moduleName: "Hostile"))
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try generate(text)
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    static let header = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"

    @Test func deepNestingOfMappingsAndSchemasIsALocatedError() {
        let mappings = String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(errors(Self.header + "x-deep: " + mappings + "\n") == ["collections nest deeper than 512 levels"])
        let schemas = String(repeating: "{type: object, properties: {p: ", count: 5_000) + "{type: string}" + String(repeating: "}}", count: 5_000)
        #expect(errors(Self.header + "components:\n  schemas:\n    Deep: " + schemas + "\n") == ["collections nest deeper than 512 levels"])
    }

    @Test func aFiftyMegabyteScalarLoads() throws {
        let big = String(repeating: "x", count: 50 * 1024 * 1024)
        let result = try generate(Self.header + "components:\n  schemas:\n    Big:\n      type: string\n      description: \(big)\n")
        let models = try #require(result.files.first { $0.name == "Models.swift" })
        #expect(models.contents.contains("public typealias Big = String"))
    }

    @Test func oddPropertyNamesGetDeterministicNames() throws {
        let result = try generate(Self.header + """
            components:
              schemas:
                Odd:
                  type: object
                  properties:
                    "": {type: string}
                    "!!!": {type: string}
                    name: {type: string}
                    Name: {type: string}
                    NAME: {type: string}
            """)
        let models = try #require(result.files.first { $0.name == "Models.swift" }).contents
        for declaration in ["public let property: String?", "public let property2: String?", "public let name: String?",
                            "public let name2: String?", "public let name3: String?",
                            "self.property = try container.decodeValueIfPresent(String.self, forKey: \"\")",
                            "self.property2 = try container.decodeValueIfPresent(String.self, forKey: \"!!!\")",
                            "self.name2 = try container.decodeValueIfPresent(String.self, forKey: \"Name\")",
                            "try container.encodeValueIfPresent(self.name3, forKey: \"NAME\")"] {
            #expect(models.contains(declaration), "missing: \(declaration)")
        }
    }

    @Test func schemaNamesCollidingAfterCleaningAreRenamedInOrder() throws {
        let result = try generate(Self.header + """
            components:
              schemas:
                foo-bar: {type: object, properties: {a: {type: string}}}
                foo.bar: {type: object, properties: {b: {type: string}}}
                Foo Bar: {type: object, properties: {c: {type: string}}}
            """)
        let models = try #require(result.files.first { $0.name == "Models.swift" }).contents
        #expect(models.contains("public struct FooBar: Codable"))
        #expect(models.contains("public struct FooBar2: Codable"))
        #expect(models.contains("public struct FooBar3: Codable"))
    }

    @Test func documentsThatAreNotMappingsAreErrors() {
        #expect(errors("42\n") == ["an OpenAPI document must be a mapping, found a number"])
        #expect(errors("[1, 2]\n") == ["an OpenAPI document must be a mapping, found a list"])
    }
}
