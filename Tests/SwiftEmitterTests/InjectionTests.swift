import Foundation
import GeneratorCore
import Testing

/// Attack text in a spec (`*/`, `"""`, `\(`, newlines followed by code, bidi overrides, NUL) must end up
/// inside comments and string literals only: the code declares nothing the spec does not describe.
@Suite struct InjectionTests {
    /// The source with comments and string literals blanked out, so only code remains.
    static func codeOnly(_ source: String) -> String {
        var code = ""
        var iterator = Array(source.unicodeScalars)[...]
        while let scalar = iterator.popFirst() {
            if scalar == "/", iterator.first == "/" {
                while let next = iterator.first, next != "\n" { iterator.removeFirst() }
            } else if scalar == "\"" {
                // Generated literals are single-line and escape every quote and backslash.
                while let next = iterator.popFirst() {
                    if next == "\\" { _ = iterator.popFirst(); continue }
                    if next == "\"" { break }
                }
                code += "\"\""
            } else {
                code.unicodeScalars.append(scalar)
            }
        }
        return code
    }

    static func declaredNames(_ code: String, keyword: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "\\b\(keyword)\\s+`?([A-Za-z_][A-Za-z0-9_]*)")
        let range = NSRange(code.startIndex..., in: code)
        return Set(pattern.matches(in: code, range: range).map { String(code[Range($0.range(at: 1), in: code)!]) })
    }

    @Test func hostileTextDeclaresOnlyWhatTheSpecDescribes() throws {
        let result = try Generator.generate(specPath: Paths.fixtures + "/hostile-text.yaml", options: .init(moduleName: "HostileText"))
        let code = result.files.map { Self.codeOnly($0.contents) }.joined(separator: "\n")
        #expect(!code.contains("pwned()"))
        #expect(!code.unicodeScalars.contains { $0.value == 0 || (0x202A...0x202E).contains($0.value) })
        #expect(Self.declaredNames(code, keyword: "func") == ["showPublicFuncPwned", "showPublicFuncPwnedWithResponse", "encode"])
        #expect(Self.declaredNames(code, keyword: "struct") == ["HostileTextClient", "ItemsPublicFuncPwnedClient", "Item"])
        // The header parameter's enum is named from the operation and parameter names, cleaned.
        #expect(Self.declaredNames(code, keyword: "enum") == ["Kind", "ItemsShowPublicFuncPwnedXHeaderPwned"])
        // Properties are `let` on received models and `var` on what requests carry; locals are either.
        let bindings = Self.declaredNames(code, keyword: "var").union(Self.declaredNames(code, keyword: "let"))
        #expect(bindings == ["namePublicFuncPwned", "kind", "note", "tags", "container", "rawValue", "itemsPublicFuncPwned", "request",
                             "lookup", "knownCases", "client", "defaultServerURL", "value"])
        // Defaults are string literals with every quote, backslash and control escaped.
        #expect(result.files.contains { $0.contents.contains(#"qPwnedPublicFuncPwned: String? = "\"); pwned(); (\" \\(pwned()) */ \u{202e} \0""#) })
    }
}

@Suite struct DiagnosticTextTests {
    @Test func warningsAboutHostileTextStayOnOneVisibleLine() throws {
        let result = try Generator.generate(specPath: Paths.fixtures + "/hostile-text.yaml", options: .init(moduleName: "HostileText"))
        let server = try #require(result.warnings.first { $0.contains("server URL") })
        #expect(server.contains(#"\u{202e}"#))
        #expect(!result.warnings.joined().unicodeScalars.contains { $0.value < 0x20 || (0x202A...0x202E).contains($0.value) })
    }
}
