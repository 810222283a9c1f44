import Diagnostics
import Foundation
import GeneratorCore
import OpenAPI
import SwiftEmitter
import Testing

/// Models a request carries have `var` properties, so callers can build them step by step; models only
/// ever received are immutable values, unless `mutableModels` asks for `var` everywhere.
@Suite struct MutabilityTests {
    static let spec = Paths.fixtures + "/features.yaml"

    func models(mutable: Bool) throws -> String {
        let result = try Generator.generate(specPath: Self.spec, options: .init(moduleName: "Features", mutableModels: mutable))
        return try #require(result.files.first { $0.name == "WidgetsModels.swift" }).contents
    }

    @Test func receivedModelsAreImmutableAndRequestPayloadsMutable() throws {
        let models = try models(mutable: false)
        #expect(models.contains("public let id: String"))  // Widget, a response
        #expect(models.contains("public let widgets: [Widget]"))
        #expect(models.contains("public var name: String"))  // WidgetsCreatePayload, a request body
        // A deprecated property of a received model is read-only too.
        #expect(models.contains("public var legacyCode: String? {\n        _legacyCode\n    }"))
        #expect(models.contains("private let _legacyCode: String?"))
    }

    @Test func mutableModelsGivesEveryModelVarProperties() throws {
        let models = try models(mutable: true)
        #expect(models.contains("public var id: String"))
        #expect(models.contains("public var widgets: [Widget]"))
        #expect(!models.contains("public let "))
    }

    @Test func theConfigurationFileTakesMutableModels() throws {
        let path = NSTemporaryDirectory() + "config-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("mutableModels: true\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try GeneratorConfiguration.load(path: path).mutableModels == true)
        try Data("mutableModels: sometimes\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SpecError.self) { try GeneratorConfiguration.load(path: path) }
    }
}
