import Foundation

/// The command that regenerates what `--check` found stale: this very invocation without `--check`, so
/// following the hint writes to the same place with the same options.
enum CommandLineEcho {
    /// The command plugin sets this to how it is invoked (`swift package … openapi-generate`), since the
    /// user never typed `openapi-gen` there.
    static let invocationVariable = "OPENAPI_GEN_INVOCATION"

    static func regenerateCommand(arguments: [String] = CommandLine.arguments,
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var rest = Array(arguments.dropFirst()).filter { $0 != "--check" }
        let program: String
        if let invocation = environment[invocationVariable], !invocation.isEmpty {
            program = invocation
            if rest.first == "generate" { rest.removeFirst() }
        } else {
            program = programName(arguments.first ?? "openapi-gen", currentDirectory: currentDirectory)
            if rest.first != "generate" { rest.insert("generate", at: 0) }
        }
        return ([program] + rest.map(shellQuoted)).joined(separator: " ")
    }

    /// `swift run openapi-gen` for the binary SwiftPM built in this directory's package, else the program as
    /// it was started.
    static func programName(_ argument0: String, currentDirectory: String) -> String {
        let absolute = argument0.hasPrefix("/") ? argument0 : currentDirectory + "/" + argument0
        let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let build = URL(fileURLWithPath: currentDirectory).standardizedFileURL.path + "/.build/"
        if standardized.hasPrefix(build), standardized.hasSuffix("/openapi-gen") { return "swift run openapi-gen" }
        return shellQuoted(argument0)
    }

    /// The argument as a POSIX shell reads it back: bare when it has only safe characters, else in single quotes.
    static func shellQuoted(_ argument: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=@%+,")
        if !argument.isEmpty, argument.allSatisfy(safe.contains) { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
