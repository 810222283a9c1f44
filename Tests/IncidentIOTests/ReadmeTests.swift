import Foundation
import Testing

/// The Swift examples of the README and the documentation articles are code compiled in the tests, character for character.
@Suite struct ReadmeTests {
    static func block(in text: String, after start: String, before end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let guide = "Sources/OpenAPIGenRuntime/OpenAPIGenRuntime.docc/"

    /// The compiled source, its markers, the document showing it and the anchor before its code block.
    @Test(arguments: [
        ("ReadmeSnippet.swift", "README-FRONT", "README.md", "front-snippet"),
        ("ReadmeSnippet.swift", "README-SNIPPET", guide + "GettingStarted.md", "usage-snippet"),
        ("ReadmeRuntimeSnippet.swift", "README-RUNTIME", guide + "TransportsAndMiddleware.md", "runtime-snippet"),
        ("ReadmeFakeSnippet.swift", "README-FAKE", guide + "TestingWithFakes.md", "fake-snippet"),
        ("../ClientRuntimeTests/ReadmeFeaturesSnippet.swift", "README-FEATURES", guide + "GeneratedCode.md", "features-snippet"),
        ("../ClientRuntimeTests/ReadmeBulkSnippet.swift", "README-BULK", guide + "BulkWork.md", "bulk-snippet"),
        ("../WebhookTests/ReadmeWebhookSnippet.swift", "README-WEBHOOK", guide + "Webhooks.md", "webhook-snippet"),
    ])
    func documentationShowsTheCompiledExample(file: String, marker: String, document: String, anchor: String) throws {
        let text = try String(contentsOfFile: Paths.repository + "/" + document, encoding: .utf8)
        let source = try String(contentsOfFile: Paths.repository + "/Tests/IncidentIOTests/" + file, encoding: .utf8)
        let compiled = try #require(Self.block(in: source, after: "// \(marker)-START", before: "// \(marker)-END"))
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
