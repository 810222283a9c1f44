import Foundation

/// Renders changes for people (text, markdown for pull-request comments) and machines (JSON).
public enum DiffReport {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public static func render(_ changes: [SpecChange], format: Format, verbose: Bool) -> String {
        let shown = verbose ? changes : changes.filter { $0.severity != .cosmetic }
        switch format {
        case .text: return text(shown)
        case .json: return json(shown)
        case .markdown: return markdown(shown)
        }
    }

    private static func counts(_ changes: [SpecChange]) -> String {
        let breaking = changes.filter { $0.severity == .breaking }.count
        let nonBreaking = changes.filter { $0.severity == .nonBreaking }.count
        let cosmetic = changes.filter { $0.severity == .cosmetic }.count
        return "\(breaking) breaking, \(nonBreaking) non-breaking" + (cosmetic > 0 ? ", \(cosmetic) documentation" : "")
    }

    private static func location(_ change: SpecChange) -> String {
        switch (change.oldPointer, change.newPointer) {
        case let (old?, new?) where old == new: return old
        case let (old?, new?): return "\(old) → \(new)"
        case let (old?, nil): return "\(old) (old)"
        case let (nil, new?): return "\(new) (new)"
        default: return "-"
        }
    }

    private static func text(_ changes: [SpecChange]) -> String {
        guard !changes.isEmpty else { return "No changes.\n" }
        var lines = ["\(changes.count) changes: \(counts(changes))"]
        for change in changes {
            lines.append("\(change.severity.rawValue.uppercased()) \(change.kind): \(change.message)")
            if let symbol = change.symbol { lines.append("    Swift: \(symbol)") }
            lines.append("    at: \(location(change))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ changes: [SpecChange]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(changes)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    private static func markdown(_ changes: [SpecChange]) -> String {
        guard !changes.isEmpty else { return "### API changes\n\nNo changes.\n" }
        var lines = ["### API changes: \(counts(changes))", ""]
        for severity in [SpecChange.Severity.breaking, .nonBreaking, .cosmetic] {
            let group = changes.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let title = severity == .breaking ? "Breaking" : severity == .nonBreaking ? "Non-breaking" : "Documentation"
            lines += ["#### \(title) (\(group.count))", "", "| change | Swift | where |", "| --- | --- | --- |"]
            for change in group {
                lines.append("| \(cell(change.message)) | \(change.symbol.map { "`\(cell($0))`" } ?? "") | `\(cell(location(change)))` |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
