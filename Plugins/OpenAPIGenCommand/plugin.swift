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
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "openapi-gen")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("openapi-gen exited with status \(process.terminationStatus)")
            throw CommandError.failed(process.terminationStatus)
        }
    }

    enum CommandError: Error {
        case failed(Int32)
    }
}
