import Foundation
import Testing

/// The Swift examples of the README and the documentation articles are code compiled in the tests, character for character.
@Suite struct ReadmeTests {
    static func block(in text: String, after start: String, before end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The code between `// MARKER-START` and `// MARKER-END`, without the indentation its enclosing function adds.
    static func compiledBlock(in source: String, marker: String) -> String? {
        guard let start = source.range(of: "// \(marker)-START\n"),
              let end = source.range(of: "// \(marker)-END", range: start.upperBound..<source.endIndex) else { return nil }
        var lines = source[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.allSatisfy({ $0 == " " }) == true { lines.removeLast() }
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(min(indent, $0.count))) }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every Swift example of the README and the articles is one of the compiled ones above.
    @Test func everySwiftExampleIsCompiled() throws {
        let documents = ["README.md", "Generated/IncidentIO/IncidentIO.docc/IncidentIO.md"]
            + (try FileManager.default.contentsOfDirectory(atPath: Paths.repository + "/" + Self.guide)).filter { $0.hasSuffix(".md") }.map { Self.guide + $0 }
        for document in documents {
            let lines = try String(contentsOfFile: Paths.repository + "/" + document, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line == "```swift" {
                // Package manifests are checked by SwiftPM where they are used, not here.
                let manifest = lines[index + 1].hasPrefix(".") || lines[index + 1].hasPrefix("// Package.swift")
                #expect(manifest || (index > 0 && lines[index - 1].hasPrefix("<!-- ")), "\(document):\(index + 1) shows Swift no test compiles")
            }
        }
    }

    static let guide = "Sources/OpenAPIGenRuntime/OpenAPIGenRuntime.docc/"

    /// The compiled source, its markers, the document showing it and the anchor before its code block.
    @Test(arguments: [
        ("ReadmeSnippet.swift", "README-FRONT", "README.md", "front-snippet"),
        ("ReadmeSnippet.swift", "README-SNIPPET", guide + "GettingStarted.md", "usage-snippet"),
        ("ReadmeRuntimeSnippet.swift", "README-RUNTIME", guide + "TransportsAndMiddleware.md", "runtime-snippet"),
        ("ReadmeFakeSnippet.swift", "README-FAKE", guide + "TestingWithFakes.md", "fake-snippet"),
        ("TestTransportSnippet.swift", "README-TESTTRANSPORT", guide + "TestingWithFakes.md", "test-transport-snippet"),
        ("../ClientRuntimeTests/ReadmeFeaturesSnippet.swift", "README-FEATURES", guide + "GeneratedCode.md", "features-snippet"),
        ("../ClientRuntimeTests/ReadmeBulkSnippet.swift", "README-BULK", guide + "BulkWork.md", "bulk-snippet"),
        ("../WebhookTests/ReadmeWebhookSnippet.swift", "README-WEBHOOK", guide + "Webhooks.md", "webhook-snippet"),
        ("DocumentationSnippets.swift", "DOC-OVERVIEW", guide + "OpenAPIGenRuntime.md", "overview-snippet"),
        ("DocumentationSnippets.swift", "DOC-CALL", guide + "GettingStarted.md", "call-snippet"),
        ("DocumentationSnippets.swift", "DOC-ERRORS", guide + "ErrorsAndRetries.md", "errors-snippet"),
        ("DocumentationSnippets.swift", "DOC-PACING", guide + "ErrorsAndRetries.md", "pacing-snippet"),
        ("DocumentationSnippets.swift", "DOC-OPTIONS", guide + "TransportsAndMiddleware.md", "options-snippet"),
        ("DocumentationSnippets.swift", "DOC-MODULE", "Generated/IncidentIO/IncidentIO.docc/IncidentIO.md", "module-snippet"),
        ("../ClientRuntimeTests/StreamingSnippet.swift", "DOC-STREAM", guide + "Streaming.md", "stream-snippet"),
    ])
    func documentationShowsTheCompiledExample(file: String, marker: String, document: String, anchor: String) throws {
        let text = try String(contentsOfFile: Paths.repository + "/" + document, encoding: .utf8)
        let source = try String(contentsOfFile: Paths.repository + "/Tests/IncidentIOTests/" + file, encoding: .utf8)
        let compiled = try #require(Self.compiledBlock(in: source, marker: marker))
        let shown = try #require(Self.block(in: text, after: "<!-- \(anchor) -->\n```swift", before: "```"))
        #expect(shown == compiled)
    }

    /// Every relative link of the README reaches a file of the repository.
    @Test func readmeLinksResolve() throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        let links = readme.matches(of: /\]\(([^)#:]+)\)/).map { String($0.output.1) }
        #expect(links.count >= 10)
        for link in links {
            #expect(FileManager.default.fileExists(atPath: Paths.repository + "/" + link), "\(link)")
        }
    }
}
