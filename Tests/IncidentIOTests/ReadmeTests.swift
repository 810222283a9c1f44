import Foundation
import Testing

@Suite struct ReadmeTests {
    static func block(in text: String, after start: String, before end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func readmeUsageExampleIsTheCompiledOne() throws {
        let readme = try String(contentsOfFile: Paths.repository + "/README.md", encoding: .utf8)
        let source = try String(contentsOfFile: Paths.repository + "/Tests/IncidentIOTests/ReadmeSnippet.swift", encoding: .utf8)
        let compiled = try #require(Self.block(in: source, after: "// README-SNIPPET-START", before: "// README-SNIPPET-END"))
        let shown = try #require(Self.block(in: readme, after: "<!-- usage-snippet -->\n```swift", before: "```"))
        #expect(shown == compiled)
    }
}
