/// Turns spec text into Swift string literals and comments that mean exactly the text, whatever it holds.
package enum SwiftLiteral {
    /// A double-quoted literal: backslashes, quotes, line breaks, NUL, controls and bidirectional
    /// formatting characters are escaped, so `\(`, `"""` or a newline followed by code stay inert text.
    package static func string(_ text: String) -> String {
        // Most spec text is printable ASCII without quotes or backslashes: copy it as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// What goes between the quotes of ``string(_:)``, for building a literal from several pieces.
    package static func stringContents(_ text: String) -> String {
        String(string(text).dropFirst().dropLast())
    }

    /// Comment text split into lines at every character Swift (or an editor) might treat as a line
    /// break; controls and bidirectional overrides are replaced by visible escapes.
    package static func commentLines(_ text: String) -> [String] {
        var text = text
        if let lines = text.withUTF8({ utf8 in
            isPlainCommentText(utf8) ? plainCommentLines(utf8).map { String(decoding: UnsafeBufferPointer(rebasing: utf8[$0]), as: UTF8.self) } : nil
        }) {
            return lines
        }
        var lines: [String] = []
        var current = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = scalar == "\r"
            switch scalar {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(current)
                current = ""
            case "\t":
                current += "    "
            default:
                if needsEscape(scalar) {
                    current += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
        }
        lines.append(current)
        // Trailing spaces and blank lines at the ends carry nothing.
        lines = lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Whether comment text is the common case: printable ASCII and newlines only.
    package static func isPlainCommentText(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == UInt8(ascii: "\n") }
    }

    /// ``commentLines(_:)`` for plain text (see ``isPlainCommentText(_:)``), as byte ranges of it.
    package static func plainCommentLines(_ utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0
        func finishLine(at end: Int) {
            var trimmed = end
            while trimmed > lineStart, utf8[trimmed - 1] == UInt8(ascii: " ") { trimmed -= 1 }
            // Blank lines before the first line of text carry nothing.
            if trimmed > lineStart || !lines.isEmpty { lines.append(lineStart..<trimmed) }
        }
        for position in 0..<utf8.count where utf8[position] == UInt8(ascii: "\n") {
            finishLine(at: position)
            lineStart = position + 1
        }
        finishLine(at: utf8.count)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Controls, and Unicode format characters that reorder or hide text (bidi overrides, zero-width).
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F: return false
        case 0..<0x20, 0x7F..<0xA0: return true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return true
        default: return scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .unassigned
        }
    }
}
