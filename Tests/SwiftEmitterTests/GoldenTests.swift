import Foundation
import GeneratorCore
import SchemaIR
import SwiftEmitter
import Testing

/// Golden files are only ever written by the generator: run `UPDATE_GOLDENS=1 swift test` after a
/// deliberate change. `.ci/run` compiles every golden module (Tests/Goldens/Package.swift).
@Suite struct GoldenTests {
    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.fixtures)) ?? []
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && $0 != GeneratorConfiguration.fileName }.sorted()
    }()

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    @Test func fixturesExist() {
        #expect(Self.fixtures == ["all-of.yaml", "bodies.yaml", "bulk.yaml", "collisions.yaml", "features.yaml", "hostile-text.yaml", "kitchen-sink.yaml", "paths-and-parameters.yaml", "petstore-expanded.yaml", "petstore.yaml", "security-schemes.yaml", "streams-32.yaml", "unions.yaml", "webhooks.yaml"])
    }

    @Test(arguments: fixtures)
    func fixtureMatchesGolden(fixture: String) throws {
        let module = moduleName(forFixture: fixture)
        let result = try Generator.generate(specPath: Paths.fixtures + "/" + fixture, options: .init(moduleName: module))
        let directory = OutputDirectory(path: Paths.goldens + "/" + module)
        if Self.updating {
            try directory.write(result.files)
            return
        }
        let differences = directory.differences(from: result.files)
        #expect(differences.isEmpty, Comment(rawValue: report(differences, regenerate: "UPDATE_GOLDENS=1 swift test --filter GoldenTests")))
    }

    /// Goldens of one spec under other options (access levels, subsets), named by their module.
    struct Variant: Sendable, CustomStringConvertible {
        var module: String
        var spec: String
        var access: SwiftEmitter.AccessLevel = .public
        var subset = OperationSubset()
        var layout: SwiftEmitter.Layout = .split
        var minimumModuleLines = SwiftEmitter.Options.defaultMinimumModuleLines
        var description: String { module }
    }

    static let variants: [Variant] = [
        Variant(module: "IncidentIOPackage", spec: Paths.repository + "/openapi/incident-io-follow-ups.yaml", access: .package),
        Variant(module: "IncidentIOInternal", spec: Paths.repository + "/openapi/incident-io-follow-ups.yaml", access: .internal),
        // The README's example: the whole incident.io API cut down to one tag and one more operation.
        Variant(module: "IncidentIOFollowUpsSubset", spec: Paths.specs + "/incident-io/openapi3.yaml",
                subset: OperationSubset(includeTags: ["Follow-ups V2"], includeOperations: ["Actions V2#Create"])),
        // A document split across files, joined by relative references.
        Variant(module: "MultiFile", spec: Paths.fixtures + "/multi-file/openapi.yaml"),
        // The modules layout: shared models, deprecated ones (whose namespace the shared module declares),
        // models no operation uses, and name collisions, each module in a folder of its own; a module per tag
        // and per set of tags sharing models, and (Bulk) small tags sharing modules.
        Variant(module: "FeaturesModules", spec: Paths.fixtures + "/features.yaml", layout: .modules, minimumModuleLines: 0),
        Variant(module: "CollisionsModules", spec: Paths.fixtures + "/collisions.yaml", layout: .modules, minimumModuleLines: 0),
        Variant(module: "BulkModules", spec: Paths.fixtures + "/bulk.yaml", layout: .modules, minimumModuleLines: 300),
    ]

    @Test(arguments: variants)
    func variantMatchesGolden(variant: Variant) throws {
        // The modules layout's package finds the runtime at the repository's root.
        let options = SwiftEmitter.Options(moduleName: variant.module, access: variant.access, layout: variant.layout,
                                           runtimePackage: variant.layout == .modules ? "../../.." : nil,
                                           minimumModuleLines: variant.minimumModuleLines)
        let result = try Generator.generate(specPath: variant.spec, options: options, subset: variant.subset)
        let directory = OutputDirectory(path: Paths.goldens + "/" + variant.module)
        if Self.updating {
            try directory.write(result.files)
            return
        }
        let differences = directory.differences(from: result.files)
        #expect(differences.isEmpty, Comment(rawValue: report(differences, regenerate: "UPDATE_GOLDENS=1 swift test --filter GoldenTests")))
    }

    @Test func shippedClientIsFresh() throws {
        let result = try Generator.generate(specPath: Paths.repository + "/openapi/incident-io-follow-ups.yaml",
                                            options: .init(moduleName: "IncidentIO"))
        let differences = OutputDirectory(path: Paths.repository + "/Generated/IncidentIO").differences(from: result.files)
        #expect(differences.isEmpty, Comment(rawValue: report(differences, regenerate: "swift run openapi-gen generate")))
        #expect(result.warnings.isEmpty)
    }

    @Test func yamlAndJSONTwinsGenerateIdenticalFiles() throws {
        let yaml = try Generator.generate(specPath: Paths.specs + "/incident-io/openapi3.yaml", options: .init(moduleName: "IncidentIOFull"))
        let json = try Generator.generate(specPath: Paths.specs + "/incident-io/openapi3.json", options: .init(moduleName: "IncidentIOFull"))
        #expect(yaml.files.count > 40)
        #expect(yaml.files == json.files)
        #expect(yaml.warnings.isEmpty)
    }

    @Test func defaultsThatDoNotFitAreLocatedWarnings() throws {
        let path = Paths.fixtures + "/features.yaml"
        let result = try Generator.generate(specPath: path, options: .init(moduleName: "Features"))
        #expect(result.warnings.map { String($0.dropFirst(path.count + 1)) } == [
            "112:7: warning: success response 'text/csv, text/plain' is not JSON with a schema; the method returns the bytes as Data (at #/paths/~1v2~1widgets~1export/get)",
            "236:9: warning: default \"seven\" of property 'misfit' does not fit the type; the generated code has no default for it",
            "237:9: warning: default \"c\" of property 'unlisted' is not one of the enum's listed values; the generated code has no default for it",
        ])
        let models = result.files.map(\.contents).joined()
        #expect(models.contains("misfit: Int? = nil, unlisted: WidgetsCreatePayload.Unlisted? = nil"))
        #expect(models.contains("color: WidgetColor? = .darkRed, size: WidgetsCreatePayload.Size? = .small, quantity: Int? = 1, ratio: Double? = 0.5, enabled: Bool? = true"))
    }

    @Test func openAPI30NullableRequestFieldsCanBeSentAsNull() throws {
        let result = try Generator.generate(specPath: Paths.fixtures + "/kitchen-sink.yaml", options: .init(moduleName: "KitchenSink"))
        let models = result.files.map(\.contents).joined()
        #expect(models.contains("public init(name: String, mode: ThingsReplaceRequestBody.Mode? = nil, nickname: String? = nil, explicitNulls: Set<NullableField> = [])"))
        #expect(models.contains("try container.encode(self.nickname, forKey: \"nickname\", sendsNull: explicitNulls.contains(.nickname))"))
    }

    @Test func unsupportedConstructsWarnAndFallBack() throws {
        let path = Paths.fixtures + "/kitchen-sink.yaml"
        let result = try Generator.generate(specPath: path, options: .init(moduleName: "KitchenSink"))
        let prefix = path + ":"
        #expect(result.warnings.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 } == [
            "50:7: warning: callbacks are not generated; 'Things#Upload' is generated without them (at #/paths/~1things~1{thing_id}~1attachments/post)",
            "70:11: warning: response links are not generated ('Things#Upload' 201) (at #/paths/~1things~1{thing_id}~1attachments/post/responses/201)",
            "76:7: warning: success response 'text/csv' is not JSON with a schema; the method returns the bytes as Data (at #/paths/~1things~1export/get)",
        ])
        let things = try #require(result.files.first { $0.name == "ThingsClient.swift" }?.contents)
        // A multipart body is a typed payload now; its binary property a file.
        #expect(things.contains("public func upload(thingID: String, _ body: ThingsUploadRequestBody, options: RequestOptions? = nil) async throws(ClientError) {"))
        #expect(things.contains("public func export(options: RequestOptions? = nil) async throws(ClientError) -> Data {"))
    }

    @Test func generationIsDeterministic() throws {
        let path = Paths.fixtures + "/kitchen-sink.yaml"
        let first = try Generator.generate(specPath: path, options: .init(moduleName: "KitchenSink"))
        let second = try Generator.generate(specPath: path, options: .init(moduleName: "KitchenSink"))
        #expect(first.files == second.files)
    }
}
