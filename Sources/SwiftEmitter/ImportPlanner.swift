/// Decides each file's imports from the code it holds, so no access level can produce an unused-import
/// warning and targets built with `InternalImportsByDefault` still compile.
///
/// A module the file's `public`/`package` declarations mention is imported with that access level
/// (`public import Foundation`). Any other module gets a plain `import` under `public` access, which never
/// warns; under `package` access it is written `internal import`, because a plain import is implicitly
/// `public` in targets without `InternalImportsByDefault` (Swift 5 mode, Swift 6 defaults), and the
/// compiler refuses a module imported implicitly in one file and as `package` in another.
struct ImportPlanner {
    let access: SwiftEmitter.AccessLevel

    /// Which modules a file's API mentions.
    struct Uses: Sendable {
        var foundation = false
        var runtime = false

        static func | (lhs: Uses, rhs: Uses) -> Uses {
            Uses(foundation: lhs.foundation || rhs.foundation, runtime: lhs.runtime || rhs.runtime)
        }
    }

    /// Foundation types generated declarations can mention.
    static let foundationNames = ["Date", "Data", "URL"].map { Array($0.utf8) }
    /// The runtime's public names generated declarations can mention.
    static let runtimeNames = [
        "JSONValue", "OpenEnum", "Indirect", "RFC3339Date", "APIClient", "ClientConfiguration", "ClientError",
        "RequestBuilder", "HTTPTransport", "URLSessionTransport", "RetryPolicy", "ClientMiddleware",
        "APIResponse", "PageSequence",
    ].map { Array($0.utf8) }

    /// The import lines for a file whose API makes `uses`.
    func imports(for uses: Uses) -> String {
        guard access != .internal else { return "import Foundation\nimport OpenAPIGenRuntime\n" }
        let used = access.rawValue + " "
        let unused = access == .package ? "internal " : ""
        return (uses.foundation ? used : unused) + "import Foundation\n" + (uses.runtime ? used : unused) + "import OpenAPIGenRuntime\n"
    }

    /// The modules named by identifiers on lines that declare API at the access level (and on enum cases,
    /// whose payloads are API too), outside comments and string literals, so spec text cannot count as a
    /// use. Works on UTF-8 bytes: generated files are large and every keyword and identifier that matters
    /// is ASCII.
    func uses(in bytes: UnsafeBufferPointer<UInt8>) -> Uses {
        var uses = Uses()
        guard access != .internal else { return uses }
        let prefixes = [Array((access.rawValue + " ").utf8), Array("case ".utf8), Array("@available".utf8)]
        let nonisolated = Array("nonisolated ".utf8)
        let typeDeclarations = [Array((access.rawValue + " struct ").utf8), Array((access.rawValue + " enum ").utf8)]
        var lineStart = 0
        while lineStart < bytes.count, !(uses.foundation && uses.runtime) {
            let lineEnd = (UnsafeBufferPointer(rebasing: bytes[lineStart...]).firstIndex(of: UInt8(ascii: "\n"))).map { lineStart + $0 } ?? bytes.count
            var start = lineStart
            while start < lineEnd, bytes[start] == UInt8(ascii: " ") { start += 1 }
            defer { lineStart = lineEnd + 1 }
            var line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            if line.starts(with: nonisolated) { line = UnsafeBufferPointer(rebasing: line[nonisolated.count...]) }
            // Most lines are comments, cases' bodies or statements: reject them on their first byte.
            guard let first = line.first, first == prefixes[0][0] || first == UInt8(ascii: "c") || first == UInt8(ascii: "@"),
                  prefixes.contains(where: { line.starts(with: $0) }) else { continue }
            var end = line.count
            // Generated literals are single-line and escape every quote and backslash.
            if let quote = line.firstIndex(of: UInt8(ascii: "\"")) { end = quote }
            // Conformances of package types do not count as package uses of a module (public ones do).
            if access == .package, typeDeclarations.contains(where: { line.starts(with: $0) }),
               let colon = line[..<end].firstIndex(of: UInt8(ascii: ":")) {
                end = colon
            }
            var index = 0
            while index < end {
                guard Self.isIdentifierByte(line[index]) else { index += 1; continue }
                let tokenStart = index
                while index < end, Self.isIdentifierByte(line[index]) { index += 1 }
                let token = UnsafeBufferPointer(rebasing: line[tokenStart..<index])
                if !uses.foundation, Self.foundationNames.contains(where: { $0.elementsEqual(token) }) { uses.foundation = true }
                if !uses.runtime, Self.runtimeNames.contains(where: { $0.elementsEqual(token) }) { uses.runtime = true }
            }
        }
        return uses
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
