/// Writes Swift source text and owns indentation: emitters say what, never how many spaces.
struct SwiftPrinter {
    private(set) var text = ""
    private var depth = 0
    private static let indentation = (0..<32).map { String(repeating: "    ", count: $0) }

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
            return
        }
        text += depth < Self.indentation.count ? Self.indentation[depth] : String(repeating: "    ", count: depth)
        text += content
        text += "\n"
    }

    /// `opener {`, the body one level deeper, then `}`.
    mutating func block(_ opener: String, _ body: (inout SwiftPrinter) -> Void) {
        line(opener + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// `opener` (a line that opens a closure, ending in `in`), the body one level deeper, then `}`.
    mutating func closure(_ opener: String, _ body: (inout SwiftPrinter) -> Void) {
        line(opener)
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// `switch subject {` with its cases at the switch's own depth, as Swift style has it.
    mutating func switchBlock(_ subject: String, _ body: (inout SwiftPrinter) -> Void) {
        line("switch " + subject + " {")
        body(&self)
        line("}")
    }

    /// A `///` comment; every line of `text` is sanitised so nothing can end the comment early.
    mutating func documentation(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        for line in SwiftLiteral.commentLines(text) {
            self.line(line.isEmpty ? "///" : "/// " + line)
        }
    }
}
