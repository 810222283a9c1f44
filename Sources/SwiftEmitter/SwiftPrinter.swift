import SwiftPlan

/// Writes Swift source text and owns indentation: emitters say what, never how many spaces.
struct SwiftPrinter {
    // Bytes, not a String: appending UTF-8 to an array is a copy, where String appends also keep
    // grapheme bookkeeping up to date; the text is decoded once at the end.
    private var bytes: [UInt8] = []
    private var depth = 0
    /// Spaces for indentation, copied from static memory (no array to retain per line).
    private static let spaces: StaticString = "                                                                                                                                "

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// `prefix` followed by the text, made with a single copy of the text (files are large).
    func text(after prefix: String) -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            bytes.withUnsafeBufferPointer { body in
                String(unsafeUninitializedCapacity: head.count + body.count) { buffer in
                    _ = buffer.initialize(fromContentsOf: head)
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[head.count...]).initialize(fromContentsOf: body)
                    return head.count + body.count
                }
            }
        }
    }

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            bytes.append(UInt8(ascii: "\n"))
            return
        }
        indent()
        bytes.append(contentsOf: content.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func indent() {
        var remaining = depth * 4
        while remaining > 0 {
            let count = min(remaining, Self.spaces.utf8CodeUnitCount)
            Self.spaces.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
            remaining -= count
        }
    }

    /// `opener {`, the body one level deeper, then `}`.
    mutating func block(_ opener: String, _ body: (inout SwiftPrinter) -> Void) {
        line(opener + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// The body one level deeper, with no line of its own around it (a list inside brackets, say).
    mutating func indented(_ body: (inout SwiftPrinter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
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
        guard var text, !text.isEmpty else { return }
        let isPlain = text.withUTF8 { utf8 -> Bool in
            guard SwiftLiteral.isPlainCommentText(utf8) else { return false }
            // Plain text (the usual description) is copied line by line, without a String per line.
            for line in SwiftLiteral.plainCommentLines(utf8) {
                indent()
                if line.isEmpty {
                    bytes.append(contentsOf: "///\n".utf8)
                } else {
                    bytes.append(contentsOf: "/// ".utf8)
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[line]))
                    bytes.append(UInt8(ascii: "\n"))
                }
            }
            return true
        }
        guard !isPlain else { return }
        for line in SwiftLiteral.commentLines(text) {
            self.line(line.isEmpty ? "///" : "/// " + line)
        }
    }
}
