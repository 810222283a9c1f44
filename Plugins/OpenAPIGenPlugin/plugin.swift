import Foundation
import PackagePlugin

/// Build-tool plugin: a target holding `openapi.yaml` (or `.yml`/`.json`) and optionally
/// `openapi-gen-config.yaml` gets its client generated at build time into the plugin's work directory.
/// Nothing is committed; SwiftPM reruns the generator only when the spec, a file beside it that its `$ref`s
/// may read, or the configuration changes.
@main
struct OpenAPIGenBuildToolPlugin: BuildToolPlugin {
    static let specNames: Set<String> = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configName = "openapi-gen-config.yaml"

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url)
        let specs = files.filter { Self.specNames.contains($0.lastPathComponent) }
        guard let spec = specs.first else {
            Diagnostics.error("target '\(target.name)' uses the OpenAPIGenPlugin plugin but has no openapi.yaml, openapi.yml or openapi.json")
            return []
        }
        if specs.count > 1 {
            Diagnostics.error("target '\(target.name)' has more than one OpenAPI document: \(specs.map(\.lastPathComponent).sorted())")
            return []
        }
        let config = files.first { $0.lastPathComponent == Self.configName }
        // A document split across files reads any YAML or JSON file in its folder tree (and nothing outside
        // it): all of them are inputs, so editing any one regenerates.
        let specFolder = spec.deletingLastPathComponent().standardizedFileURL.path + "/"
        let documentFiles = files.filter { file in
            ["yaml", "yml", "json"].contains(file.pathExtension) && file != spec && file != config
                && file.standardizedFileURL.path.hasPrefix(specFolder)
        }.sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = ["generate", spec.path, "--output", output.path, "--module", target.name, "--layout", "bundle"]
        if let config { arguments += ["--config", config.path] }
        return [
            .buildCommand(
                displayName: "Generating the OpenAPI client for \(target.name)",
                executable: try context.tool(named: "openapi-gen").url,
                arguments: arguments,
                inputFiles: [spec] + (config.map { [$0] } ?? []) + documentFiles,
                outputFiles: [output.appending(path: "Client.swift"), output.appending(path: "Types.swift")]
            ),
        ]
    }
}
