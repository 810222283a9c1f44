import ArgumentParser
import Foundation
import GeneratorCore
import OpenAPI
import SchemaIR
import SpecDiff
import SwiftEmitter

/// `openapi-gen`: generates Swift clients from OpenAPI documents.
struct OpenAPIGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi-gen",
        abstract: "Generate Swift clients from OpenAPI 3.0/3.1 documents.",
        version: SwiftEmitter.generatorVersion,
        subcommands: [Generate.self, Diff.self],
        defaultSubcommand: Generate.self
    )
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate (or with --check, verify) a client.",
        discussion: """
            With no arguments, regenerates the shipped incident.io client into Generated/IncidentIO.
            Exit status: 0 on success; 1 when the spec or configuration has errors, or --check finds stale files; \
            2 for usage errors (unknown options, a spec or configuration file that does not exist or cannot be read).
            """)

    static let defaultSpec = "openapi/incident-io-follow-ups.yaml"
    static let defaultModule = "IncidentIO"

    @Argument(help: "The OpenAPI document (YAML or JSON).")
    var spec: String = defaultSpec

    @Option(name: .long, help: "The directory to write into (default: Generated/<module>).")
    var output: String?

    @Option(name: .long, help: "The Swift module the files belong to (default: from the spec's file name).")
    var module: String?

    @Option(name: .long, help: "Access level of the generated API: public (default), internal or package.")
    var access: SwiftEmitter.AccessLevel?

    @Option(name: .long, help: "The root client's type name (default: <module>Client).")
    var clientName: String?

    @Option(name: .long, help: "How files are split: split (models, root client, one file per tag), bundle (Types.swift and Client.swift) or modules (a package of one module per tag or group of small tags, shared ones and the root; see --runtime-package).")
    var layout: SwiftEmitter.Layout = .split

    @Option(name: .long, help: "With --layout modules: where the written Package.swift finds OpenAPIGenRuntime, a URL or a path relative to the output directory.")
    var runtimePackage: String?

    @Option(name: .long, help: "With --layout modules: about how many lines a module holds at least; smaller tags share one, and models a set of tags shares get one of their own from half this size (default \(SwiftEmitter.Options.defaultMinimumModuleLines); 0: a module per tag and per set of tags).")
    var minimumModuleLines: Int?

    @Option(name: .long, help: "How object-typed query parameters without a declared style are sent: form (the OpenAPI default) or deepObject (name[key]=value).")
    var queryObjectStyle: SwiftEmitter.QueryObjectStyle?

    @Flag(name: .long, help: "Give every model var properties (by default only types requests carry have them; received models are immutable).")
    var mutableModels = false

    @Option(name: .long, help: "A configuration file (access, clientName, module, queryObjectStyle, mutableModels, includeTags, includeOperations, excludeTags, excludeOperations, pagination, errorEnvelope, untaggedOperations, securitySchemes, security); command-line options win. Default: openapi-gen-config.yaml beside the spec, if there is one.")
    var config: String?

    @Option(name: .long, help: "Generate only operations with this tag (repeatable), and the types they reach.")
    var includeTag: [String] = []

    @Option(name: .long, help: "Generate only this operation (operationId, repeatable), and the types it reaches.")
    var includeOperation: [String] = []

    @Option(name: .long, help: "Leave out operations with this tag (repeatable).")
    var excludeTag: [String] = []

    @Option(name: .long, help: "Leave out this operation (operationId, repeatable).")
    var excludeOperation: [String] = []

    @Flag(name: .long, help: "Also emit <Module>TypeRegistry, mapping schema locations to generated types.")
    var typeRegistry = false

    @Flag(name: .long, help: "Write nothing; list the files that differ and exit 1 when the output is stale.")
    var check = false

    @Option(name: .long, help: "The folder tree the spec's $refs may read files from (default: the spec's own folder). Absolute paths, URLs and symbolic links out of it are always refused.")
    var referenceRoot: String?

    func run() throws {
        try requireReadable(spec, subcommandsLikely: true)
        if let config { try requireReadable(config, subcommandsLikely: false) }
        if let referenceRoot { try requireReadable(referenceRoot, subcommandsLikely: false) }
        var configuration = GeneratorConfiguration()
        // Without --config, the configuration file beside the spec applies, as it does for the plugins.
        if let config = config ?? GeneratorConfiguration.path(besideSpec: spec) {
            do {
                configuration = try GeneratorConfiguration.load(path: config)
            } catch {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitCode(1)
            }
        }
        let moduleName = module ?? configuration.module
            ?? (spec == Self.defaultSpec ? Self.defaultModule : Self.moduleName(forSpec: spec))
        let directory = OutputDirectory(path: output ?? "Generated/" + moduleName)
        let accessLevel = access ?? configuration.access ?? .public
        if layout == .modules {
            guard accessLevel == .public else { throw ValidationError("--layout modules needs public access: its modules use each other's types.") }
            guard runtimePackage != nil else { throw ValidationError("--layout modules needs --runtime-package, the URL or relative path of openapi-swift for the Package.swift it writes.") }
        } else if minimumModuleLines != nil {
            throw ValidationError("--minimum-module-lines applies to --layout modules only.")
        }
        if let minimumModuleLines, minimumModuleLines < 0 { throw ValidationError("--minimum-module-lines must be 0 or more.") }
        let options = SwiftEmitter.Options(
            moduleName: moduleName, access: accessLevel,
            clientName: clientName ?? configuration.clientName, layout: layout,
            queryObjectStyle: queryObjectStyle ?? configuration.queryObjectStyle ?? .form, typeRegistry: typeRegistry,
            mutableModels: mutableModels || configuration.mutableModels == true, runtimePackage: runtimePackage,
            minimumModuleLines: minimumModuleLines ?? SwiftEmitter.Options.defaultMinimumModuleLines)
        let result: Generator.Result
        do {
            let subset = OperationSubset(
                includeTags: includeTag.isEmpty ? configuration.subset.includeTags : includeTag,
                includeOperations: includeOperation.isEmpty ? configuration.subset.includeOperations : includeOperation,
                excludeTags: excludeTag.isEmpty ? configuration.subset.excludeTags : excludeTag,
                excludeOperations: excludeOperation.isEmpty ? configuration.subset.excludeOperations : excludeOperation)
            result = try Generator.generate(specPath: spec, options: options, subset: subset, conventions: configuration.conventions,
                                            references: ReferenceLimits(root: referenceRoot))
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            throw ExitCode(1)
        }
        for warning in result.warnings { printError(warning) }
        if check {
            let differences = directory.differences(from: result.files)
            guard !differences.isEmpty else {
                print("\(directory.path) is up to date (\(result.files.count) files).")
                return
            }
            for difference in differences {
                print("\(difference.kind.rawValue): \(directory.path)/\(difference.file)")
                if !difference.excerpt.isEmpty { print(difference.excerpt) }
            }
            print("\(directory.path) is stale; regenerate with: \(CommandLineEcho.regenerateCommand())")
            throw ExitCode(1)
        }
        let written = try directory.write(result.files)
        print("\(directory.path): \(result.files.count) files, \(written.count) changed.")
    }

    /// `petstore-expanded.yaml` → `PetstoreExpanded`.
    static func moduleName(forSpec path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let words = base.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let name = words.joined()
        return name.isEmpty || name.first!.isNumber ? "API" + name : name
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// A spec or configuration file that cannot be opened is a usage error (exit 2), reported without a line and
/// column (there is no text to point into). A bare word that names no file is most likely a mistyped subcommand.
func requireReadable(_ path: String, subcommandsLikely: Bool) throws {
    guard !FileManager.default.isReadableFile(atPath: path) else { return }
    let exists = FileManager.default.fileExists(atPath: path)
    let message: String
    if subcommandsLikely, !exists, !path.contains("/"), !path.contains(".") {
        let subcommands = OpenAPIGen.configuration.subcommands.compactMap { $0.configuration.commandName }.joined(separator: ", ")
        message = "error: '\(path)' is neither a subcommand (\(subcommands)) nor a file"
    } else {
        message = "\(path): error: \(exists ? "cannot read file: permission denied" : "no such file")"
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    throw ExitCode(2)
}

/// `openapi-gen diff OLD NEW`: what a spec change means for users of the generated Swift client.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what changed between two versions of a spec, classified for Swift clients.",
        discussion: "Exit status follows --fail-on: 1 when a change of that severity is found (or a spec has errors), 2 for usage errors such as a missing file, else 0.")

    enum FailOn: String, ExpressibleByArgument, CaseIterable { case breaking, any, none }

    @Argument(help: "The old version of the spec.")
    var old: String

    @Argument(help: "The new version of the spec.")
    var new: String

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: DiffReport.Format = .text

    @Option(name: .long, help: "Exit 1 on: breaking (default), any, none.")
    var failOn: FailOn = .breaking

    @Flag(name: .long, help: "Also list documentation changes (descriptions).")
    var verbose = false

    @Option(name: .long, help: "The module name, which decides Swift names (default: from the old spec's file name).")
    var module: String?

    @Option(name: .long, help: "The folder tree each spec's $refs may read files from (default: that spec's own folder).")
    var referenceRoot: String?

    func run() throws {
        try requireReadable(old, subcommandsLikely: false)
        try requireReadable(new, subcommandsLikely: false)
        if let referenceRoot { try requireReadable(referenceRoot, subcommandsLikely: false) }
        let documents: [OpenAPIDocument]
        do {
            let references = ReferenceLimits(root: referenceRoot)
            documents = [try OpenAPIDocument.load(path: old, references: references),
                         try OpenAPIDocument.load(path: new, references: references)]
        } catch {
            for diagnostic in error.diagnostics { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
            throw ExitCode(1)
        }
        let moduleName = module ?? Generate.moduleName(forSpec: old)
        let changes = SpecDiff.compare(old: documents[0], new: documents[1], options: .init(moduleName: moduleName))
        print(DiffReport.render(changes, format: format, verbose: verbose), terminator: "")
        let failing: Bool
        switch failOn {
        case .breaking: failing = changes.contains { $0.severity == .breaking }
        case .any: failing = changes.contains { verbose || $0.severity != .cosmetic }
        case .none: failing = false
        }
        if failing { throw ExitCode(1) }
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
extension SwiftEmitter.AccessLevel: ExpressibleByArgument {}
extension SwiftEmitter.Layout: ExpressibleByArgument {}
extension SwiftEmitter.QueryObjectStyle: ExpressibleByArgument {}

// Usage errors exit with 2 (argument-parser's default is 64); help and version exit 0.
do {
    var command = try OpenAPIGen.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = OpenAPIGen.exitCode(for: error)
    if code == .success {
        print(OpenAPIGen.fullMessage(for: error))
        Foundation.exit(0)
    }
    FileHandle.standardError.write(Data((OpenAPIGen.fullMessage(for: error) + "\n").utf8))
    Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
}
