/// Decides each file's imports from the code it holds, so no access level can produce an unused-import
/// warning and targets built with `InternalImportsByDefault` still compile.
///
/// A module the file's `public`/`package` declarations mention is imported with that access level
/// (`public import Foundation`); any other module gets a plain `import`, which never warns.
struct ImportPlanner {
    let access: SwiftEmitter.AccessLevel

    /// Foundation types generated declarations can mention.
    static let foundationNames: Set<Substring> = ["Date", "Data", "URL"]
    /// The runtime's public names generated declarations can mention.
    static let runtimeNames: Set<Substring> = [
        "JSONValue", "OpenEnum", "Indirect", "RFC3339Date", "APIClient", "ClientConfiguration", "ClientError",
        "RequestBuilder", "HTTPTransport", "URLSessionTransport", "RetryPolicy", "ClientMiddleware",
        "APIResponse", "PageSequence",
    ]

    func imports(for code: String) -> String {
        guard access != .internal else { return "import Foundation\nimport OpenAPIGenRuntime\n" }
        var foundation = false, runtime = false
        for line in Self.declarationLines(code, access: access) {
            for token in Self.identifiers(line) {
                if Self.foundationNames.contains(token) { foundation = true }
                if Self.runtimeNames.contains(token) { runtime = true }
            }
            if foundation && runtime { break }
        }
        let modifier = access.rawValue + " "
        return (foundation ? modifier : "") + "import Foundation\n" + (runtime ? modifier : "") + "import OpenAPIGenRuntime\n"
    }

    /// Lines that declare API at the access level (and enum cases, whose payloads are API too), with
    /// comments and string literals removed so spec text cannot count as a use.
    static func declarationLines(_ code: String, access: SwiftEmitter.AccessLevel) -> [Substring] {
        let prefix = access.rawValue + " "
        var result: [Substring] = []
        for rawLine in code.split(separator: "\n") {
            var line = rawLine.drop { $0 == " " }
            if line.hasPrefix("//") { continue }
            if line.hasPrefix("nonisolated ") { line = line.dropFirst("nonisolated ".count) }
            guard line.hasPrefix(prefix) || line.hasPrefix("case ") || line.hasPrefix("@available") else { continue }
            // Generated literals are single-line and escape every quote and backslash.
            if let quote = line.firstIndex(of: "\"") { line = line[..<quote] }
            // Conformances of package types do not count as package uses of a module (public ones do).
            if access == .package, line.hasPrefix(prefix + "struct ") || line.hasPrefix(prefix + "enum "),
               let colon = line.firstIndex(of: ":") {
                line = line[..<colon]
            }
            result.append(line)
        }
        return result
    }

    static func identifiers(_ line: Substring) -> [Substring] {
        line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
