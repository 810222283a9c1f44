/// A located problem in a spec: `file:line:column: severity: message (at #/json/pointer)`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public let severity: Severity
    public let message: String
    /// The file the problem is in: the mark's own file when it has one (a file joined by `$ref`), else `file`.
    public let file: String
    public let mark: Mark
    /// The JSON pointer of the object the problem belongs to, e.g. `#/components/schemas/Foo`; nil when not known.
    public let pointer: String?

    public init(_ severity: Severity, _ message: String, file: String, mark: Mark, pointer: String?) {
        self.severity = severity
        self.message = message
        self.file = mark.file ?? file
        self.mark = mark
        self.pointer = pointer
    }

    /// One line for a terminal: spec text in the message (controls, line breaks, bidirectional overrides)
    /// is escaped so it cannot forge other lines or reorder what the reader sees.
    public var description: String {
        let location = "\(mark.location(in: file)): \(severity.rawValue): \(Self.printable(message))"
        guard let pointer else { return location }
        return "\(location) (at \(Self.printable(pointer)))"
    }

    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0x200E || scalar.value == 0x200F
    }
}

/// Thrown when a spec cannot be loaded: every error found, plus the warnings seen on the way.
public struct SpecError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Diagnostic: Comparable {
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.mark.line, lhs.mark.column, lhs.message) < (rhs.file, rhs.mark.line, rhs.mark.column, rhs.message)
    }
}
