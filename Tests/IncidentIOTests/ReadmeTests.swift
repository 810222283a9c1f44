import Foundation
import Testing

/// The README's Swift examples are the code compiled in this target, character for character.
@Suite struct ReadmeTests {
    static func block(in text: String, after start: String, before end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [
        ("ReadmeSnippet.swift", "README-SNIPPET", "usage-snippet"),
        ("ReadmeRuntimeSnippet.swift", "README-RUNTIME", "runtime-snippet"),
        ("ReadmeFakeSnippet.swift", "README-FAKE", "fake-snippet"),
        ("../ClientRuntimeTests/ReadmeFeaturesSnippet.swift", "README-FEATURES", "features-snippet"),
        ("../ClientRuntimeTests/ReadmeBulkSnippet.swift", "README-BULK", "bulk-snippet"),
        ("../WebhookTests/ReadmeWebhookSnippet.swift", "README-WEBHOOK", "webhook-snippet"),
    ])
    func readmeShowsTheCompiledExample(file: String, marker: String, anchor: String) throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        let source = try String(contentsOfFile: Paths.repository + "/Tests/IncidentIOTests/" + file, encoding: .utf8)
        let compiled = try #require(Self.block(in: source, after: "// \(marker)-START", before: "// \(marker)-END"))
        let shown = try #require(Self.block(in: readme, after: "<!-- \(anchor) -->\n```swift", before: "```"))
        #expect(shown == compiled)
    }
}
