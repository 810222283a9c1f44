import Foundation
import PackagePlugin

/// Command plugin for teams that commit generated code: regenerates it in place with the same
/// `openapi-gen` the build-tool plugin uses.
///
///     swift package --allow-writing-to-package-directory openapi-generate [openapi-gen generate options]
///
/// With no options it runs `openapi-gen generate` in the package directory (the shipped default:
/// `openapi/incident-io-follow-ups.yaml` → `Generated/IncidentIO`).
@main
struct OpenAPIGenCommandPlugin: CommandPlugin {
    /// What `openapi-gen generate` reads when it is given no spec.
    static let defaultSpec = "openapi/incident-io-follow-ups.yaml"

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let directory = context.package.directoryURL
        // Without arguments the generator falls back to this repository's own spec, which a downstream
        // package does not have: say what was looked for before anything runs.
        if arguments.isEmpty, !FileManager.default.fileExists(atPath: directory.appending(path: Self.defaultSpec).path) {
            Diagnostics.error("""
                openapi-generate was given no arguments, so it looked for the default spec \(Self.defaultSpec) in \
                \(directory.path), which does not exist. Name the spec and where the client goes, e.g.:
                swift package --allow-writing-to-package-directory openapi-generate openapi.yaml --output Sources/MyAPI/Generated --module MyAPI
                """)
            throw CommandError.noSpec
        }
        let tool = try context.tool(named: "openapi-gen")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = directory
        // So `--check` tells the user to run this plugin again, not a binary they never typed.
        var environment = ProcessInfo.processInfo.environment
        environment["OPENAPI_GEN_INVOCATION"] = "swift package --allow-writing-to-package-directory openapi-generate"
        process.environment = environment
        // SwiftPM prints a plugin's diagnostics as they come but its other output later, so the generator's
        // messages travel as diagnostics too: the reason comes before the summary line.
        let messages = Pipe()
        process.standardError = messages
        try process.run()
        let text = String(decoding: messages.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        for line in text.split(separator: "\n") {
            if line.contains(": warning: ") { Diagnostics.warning(String(line)) } else { Diagnostics.error(String(line)) }
        }
        guard process.terminationStatus == 0 else {
            throw CommandError.failed(arguments: arguments, status: process.terminationStatus)
        }
    }

    enum CommandError: Error, CustomStringConvertible {
        case noSpec
        case failed(arguments: [String], status: Int32)

        var description: String {
            switch self {
            case .noSpec: "no OpenAPI document to generate from"
            case .failed(let arguments, let status): "openapi-gen generate \(arguments.joined(separator: " ")) failed with status \(status)"
            }
        }
    }
}
