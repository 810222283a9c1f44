// Decodes every example of a real-world document into its generated type and re-encodes it.
// Usage: CheckRealExamples MODULE SPEC ALLOWED-FAILURES
// Prints each failure; exits 1 when a failure is not in the allow-list (or a listed one no longer fails,
// so the list stays honest), or when a schema has no generated type.
import DigitalOcean
import Discord
import ExampleVerifier
import Foundation
import OpenAPI
import SchemaIR
import Spotify

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: CheckRealExamples MODULE SPEC ALLOWED-FAILURES\n".utf8))
    exit(2)
}
let (module, path, allowPath) = (arguments[arguments.startIndex], arguments[arguments.startIndex + 1], arguments[arguments.startIndex + 2])
let registries: [String: @Sendable (String) -> (any Codable.Type)?] = [
    "Discord": { DiscordTypeRegistry.type(forSchema: $0) },
    "Spotify": { SpotifyTypeRegistry.type(forSchema: $0) },
    "DigitalOcean": { DigitalOceanTypeRegistry.type(forSchema: $0) },
]
guard let registry = registries[module] else {
    FileHandle.standardError.write(Data("unknown module \(module)\n".utf8))
    exit(2)
}
// `MODULE LOCATION  # reason` per line; blank lines and lines starting with # are comments.
let allowed = Set(((try? String(contentsOfFile: allowPath, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { line -> String? in
    let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
    return text.isEmpty ? nil : text
})

let ir = IRDocument(try OpenAPIDocument.load(path: path))
let missing = ir.types.map(\.id.rawValue).filter { registry($0) == nil }
let examples = ExampleVerifier.examples(in: ir)
var unexpected = Set<String>()
var failedLocations = Set<String>()
for example in examples {
    do {
        try ExampleVerifier.verify(example, typeForID: registry)
    } catch {
        failedLocations.insert(module + " " + example.location)
        let listed = allowed.contains(module + " " + example.location)
        print((listed ? "allowed: " : "FAILED: ") + error.description)
        if !listed { unexpected.insert(example.location) }
    }
}
let stale = allowed.filter { $0.hasPrefix(module + " ") && !failedLocations.contains($0) }
for entry in stale.sorted() { print("allow-listed but passing (remove it from \(allowPath)): \(entry)") }
print("\(module) examples: \(examples.count - failedLocations.count) passed, \(failedLocations.count - unexpected.count) allowed failures, \(unexpected.count) unexpected failures")
if !missing.isEmpty { print("types missing from the registry: \(missing)") }
exit(unexpected.isEmpty && stale.isEmpty && missing.isEmpty ? 0 : 1)
