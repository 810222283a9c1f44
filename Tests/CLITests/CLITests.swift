import Foundation
import Testing

/// Runs the real `openapi-gen` executable, built beside the test bundle.
@Suite(.serialized) struct CLITests {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let executable: String = {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return directory.appendingPathComponent("openapi-gen").path
    }()

    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    func run(_ arguments: [String], in directory: String = repository, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   error: String(decoding: errorData, as: UTF8.self))
    }

    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "openapi-gen-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func checkPassesOnTheShippedClient() throws {
        let result = try run(["generate", "--check"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("Generated/IncidentIO is up to date"))
    }

    @Test func generateWritesChecksAndCleansUp() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = Self.repository + "/Tests/Fixtures/petstore.yaml"
        let output = directory + "/Out"

        let first = try run(["generate", spec, "--output", output, "--module", "Petstore"])
        #expect(first.status == 0, "\(first.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["PetsClient.swift", "PetsModels.swift", "PetstoreClient.swift"])

        #expect(try run(["generate", spec, "--output", output, "--module", "Petstore", "--check"]).status == 0)

        // A hand-written file is never touched; a stale generated file is reported, then removed.
        try "// mine\n".write(toFile: output + "/Extensions.swift", atomically: true, encoding: .utf8)
        let stale = try String(contentsOfFile: output + "/PetsModels.swift", encoding: .utf8)
        try stale.write(toFile: output + "/Old.swift", atomically: true, encoding: .utf8)
        try (stale + "// edited\n").write(toFile: output + "/PetsModels.swift", atomically: true, encoding: .utf8)
        let check = try run(["generate", spec, "--output", output, "--module", "Petstore", "--check"])
        #expect(check.status == 1)
        #expect(check.output.contains("changed: \(output)/PetsModels.swift"))
        #expect(check.output.contains("-// edited"))
        #expect(check.output.contains("stale: \(output)/Old.swift"))
        #expect(!check.output.contains("Extensions.swift"))

        #expect(try run(["generate", spec, "--output", output, "--module", "Petstore"]).status == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(after == ["Extensions.swift", "PetsClient.swift", "PetsModels.swift", "PetstoreClient.swift"])
        #expect(try String(contentsOfFile: output + "/Extensions.swift", encoding: .utf8) == "// mine\n")
    }

    @Test func mutableModelsFlagMakesReceivedModelsMutable() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = Self.repository + "/Tests/Fixtures/features.yaml"
        for (arguments, declaration) in [([], "public let id: String"), (["--mutable-models"], "public var id: String")] {
            let run = try run(["generate", spec, "--output", directory, "--module", "Features"] + arguments)
            #expect(run.status == 0, "\(run.error)")
            let models = try String(contentsOfFile: directory + "/WidgetsModels.swift", encoding: .utf8)
            #expect(models.contains(declaration), "\(arguments)")
        }
    }

    @Test func specErrorsExitOneWithLocatedMessages() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = directory + "/broken.yaml"
        try "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: OK, content: {application/json: {schema: {$ref: '#/nope'}}}}\n"
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let result = try run(["generate", spec, "--output", directory + "/Out"])
        #expect(result.status == 1)
        #expect(result.error.contains("broken.yaml:7:"))
        #expect(result.error.contains(": error: unresolvable reference '#/nope'"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/Out"))
    }

    @Test func diffExitStatusFollowsFailOn() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let old = Self.repository + "/openapi/incident-io-follow-ups.yaml"
        let spec = try String(contentsOfFile: old, encoding: .utf8)
        let new = directory + "/new.yaml"
        // Drop the enum value `not_doing` of every status: a breaking change for clients.
        try spec.replacingOccurrences(of: "          - not_doing\n", with: "").write(toFile: new, atomically: true, encoding: .utf8)
        let breaking = try run(["diff", old, new, "--module", "IncidentIO"])
        #expect(breaking.status == 1)
        #expect(breaking.output.contains("BREAKING enum-value-removed: enum value 'not_doing' was removed from FollowUpV2.Status"))
        #expect(try run(["diff", old, new, "--fail-on", "none"]).status == 0)
        #expect(try run(["diff", old, old]).status == 0)
        #expect(try run(["diff", old, old, "--fail-on", "any"]).output == "No changes.\n")
        let markdown = try run(["diff", old, new, "--format", "markdown", "--module", "IncidentIO"])
        #expect(markdown.output.hasPrefix("### API changes:"))
        #expect(try run(["diff", old, directory + "/missing.yaml"]).status == 2)
    }

    @Test func outputIsTheSameUnderAnotherLocaleAndTimeZone() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = Self.repository + "/Tests/Fixtures/kitchen-sink.yaml"
        #expect(try run(["generate", spec, "--output", directory + "/A", "--module", "KitchenSink"]).status == 0)
        let foreign = ["LANG": "de_DE.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "Pacific/Kiritimati"]
        #expect(try run(["generate", spec, "--output", directory + "/B", "--module", "KitchenSink"], environment: foreign).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/A").sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: directory + "/B").sorted()))
        for name in names {
            #expect(FileManager.default.contents(atPath: directory + "/A/" + name) == FileManager.default.contents(atPath: directory + "/B/" + name), "\(name) differs")
        }
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["generate", "--access", "secret"]).status == 2)
        #expect(try run(["generate", "--no-such-flag"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }

    @Test func missingFilesAreUsageErrorsWithoutALineAndColumn() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let missing = directory + "/missing.yaml"
        for arguments in [["generate", missing], [missing], ["diff", missing, missing],
                          ["generate", Self.repository + "/Tests/Fixtures/petstore.yaml", "--config", missing, "--output", directory + "/Out"]] {
            let result = try run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error == "\(missing): error: no such file\n", "\(arguments)")
        }
        // A bare word is most likely a mistyped subcommand.
        let typo = try run(["frob"])
        #expect(typo.status == 2)
        #expect(typo.error == "error: 'frob' is neither a subcommand (generate, diff) nor a file\n")
    }

    @Test func staleOutputNamesTheExactCommandThatRegeneratesIt() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = Self.repository + "/Tests/Fixtures/petstore.yaml"
        let arguments = [spec, "--output", directory + "/fresh dir", "--module", "Pet", "--access", "package"]
        // Outside the package that built it, the program is named as it was started.
        let stale = try run(arguments + ["--check"], in: directory)
        #expect(stale.status == 1)
        let hint = try #require(stale.output.split(separator: "\n").last.flatMap { $0.components(separatedBy: "regenerate with: ").last })
        #expect(hint == "\(Self.executable) generate \(spec) --output '\(directory)/fresh dir' --module Pet --access package")
        // In the package, `swift run` builds and starts it.
        #expect(try run(arguments + ["--check"]).output.hasSuffix(
            "regenerate with: swift run openapi-gen generate \(spec) --output '\(directory)/fresh dir' --module Pet --access package\n"))
        // Following the hint makes the same check pass.
        let words = [spec, "--output", directory + "/fresh dir", "--module", "Pet", "--access", "package"]
        #expect(try run(["generate"] + words).status == 0)
        #expect(try run(["generate"] + words + ["--check"]).status == 0)

        // Run through the command plugin, the hint is the plugin's command.
        let viaPlugin = try run(["generate", spec, "--output", directory + "/other", "--check"],
                                environment: ["OPENAPI_GEN_INVOCATION": "swift package --allow-writing-to-package-directory openapi-generate"])
        #expect(viaPlugin.output.hasSuffix("regenerate with: swift package --allow-writing-to-package-directory openapi-generate \(spec) --output \(directory)/other\n"))
    }

    /// The modules layout writes a package of module folders; it needs public access and the runtime's location,
    /// and a later generation removes the files (and checks the folders) of modules that no longer exist.
    @Test func modulesLayoutWritesAPackageAndCleansUpItsFolders() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let spec = Self.repository + "/Tests/Fixtures/features.yaml"
        let output = directory + "/Out"
        // A module per tag, however small.
        let base = ["generate", spec, "--output", output, "--module", "Shop", "--layout", "modules", "--minimum-module-lines", "0"]

        let noRuntime = try run(base)
        #expect(noRuntime.status != 0)
        #expect(noRuntime.error.contains("--layout modules needs --runtime-package"))
        let internalAccess = try run(base + ["--runtime-package", "../openapi-swift", "--access", "internal"])
        #expect(internalAccess.status != 0)
        #expect(internalAccess.error.contains("--layout modules needs public access"))

        let first = try run(base + ["--runtime-package", "../openapi-swift"])
        #expect(first.status == 0, "\(first.error)")
        let manifest = try String(contentsOfFile: output + "/Package.swift", encoding: .utf8)
        #expect(manifest.contains(".package(name: \"openapi-swift\", path: \"../openapi-swift\")"))
        #expect(manifest.contains(".target(name: \"ShopShared\", dependencies: [.product(name: \"OpenAPIGenRuntime\", package: \"openapi-swift\")], path: \"ShopShared\")"))
        #expect(FileManager.default.fileExists(atPath: output + "/Shop/Exports.swift"))
        #expect(FileManager.default.fileExists(atPath: output + "/ShopWidgets/WidgetsClient.swift"))
        #expect(try run(base + ["--runtime-package", "../openapi-swift", "--check"]).status == 0)

        // Without the tag, its module's files are stale: the check names them, generating removes them.
        let smaller = base + ["--runtime-package", "../openapi-swift", "--exclude-tag", "Widgets"]
        let stale = try run(smaller + ["--check"])
        #expect(stale.status == 1)
        #expect(stale.output.contains("stale: \(output)/ShopWidgets/WidgetsClient.swift"))
        #expect(try run(smaller).status == 0)
        #expect(!FileManager.default.fileExists(atPath: output + "/ShopWidgets"))
        #expect(try run(smaller + ["--check"]).status == 0)

        // By default the two small tags share a module, named after the first.
        let merged = try run(["generate", spec, "--output", directory + "/Merged", "--module", "Shop", "--layout", "modules",
                              "--runtime-package", "../openapi-swift"])
        #expect(merged.status == 0, "\(merged.error)")
        #expect(FileManager.default.fileExists(atPath: directory + "/Merged/ShopWidgetsAnd1More/WidgetsClient.swift"))
        #expect(FileManager.default.fileExists(atPath: directory + "/Merged/ShopWidgetsAnd1More/LegacyClient.swift"))

        let notModules = try run(["generate", spec, "--output", directory + "/Split", "--minimum-module-lines", "10"])
        #expect(notModules.status != 0)
        #expect(notModules.error.contains("--minimum-module-lines applies to --layout modules only"))
        let negative = try run(base + ["--runtime-package", "../openapi-swift", "--minimum-module-lines=-1"])
        #expect(negative.status != 0)
        #expect(negative.error.contains("--minimum-module-lines must be 0 or more"))
    }

    @Test func lowercaseModulesGiveUpperCamelCaseClients() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try run(["generate", Self.repository + "/Tests/Fixtures/petstore.yaml", "--output", directory, "--module", "petdemo"])
        #expect(result.status == 0, "\(result.error)")
        let root = try String(contentsOfFile: directory + "/PetdemoClient.swift", encoding: .utf8)
        #expect(root.contains("public struct PetdemoClient: Sendable"))
    }

    @Test func subsetOptionsAndConfiguration() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let spec = Self.repository + "/Tests/Fixtures/features.yaml"
        let run = try self.run(["generate", spec, "--module", "Legacy", "--include-tag", "Legacy", "--output", output])
        #expect(run.status == 0, Comment(rawValue: run.error))
        // The root client takes `LegacyClient`; the Legacy tag's client is renamed to stay distinct.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["LegacyClient.swift", "LegacyClient2.swift", "LegacyClient2Models.swift"])
        let models = try String(contentsOfFile: output + "/LegacyClient2Models.swift", encoding: .utf8)
        #expect(models.contains("struct Gadget") && !models.contains("struct Widget"))

        // The same subset from a configuration file; the command line wins over it.
        let config = output + "/config.yaml"
        try "includeTags: [Widgets]\nexcludeOperations: [\"Widgets#Create\"]\n".write(toFile: config, atomically: true, encoding: .utf8)
        let configured = try self.run(["generate", spec, "--module", "W", "--config", config, "--output", output + "/w"])
        #expect(configured.status == 0, Comment(rawValue: configured.error))
        let widgets = try String(contentsOfFile: output + "/w/WidgetsModels.swift", encoding: .utf8)
        #expect(widgets.contains("struct WidgetsUpdatePayload") && !widgets.contains("struct WidgetsCreatePayload"))

        let typo = try self.run(["generate", spec, "--include-tag", "Widget", "--output", output + "/typo"])
        #expect(typo.status == 1)
        #expect(typo.error.contains("error: the subset names tag 'Widget', which the document does not have"))
    }
}
