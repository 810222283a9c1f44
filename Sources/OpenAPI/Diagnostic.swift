import YAML

/// A located problem in a spec: `file:line:column: severity: message (at #/json/pointer)`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public let severity: Severity
    public let message: String
    public let file: String
    public let mark: Mark
    /// The JSON pointer of the object the problem belongs to, e.g. `#/components/schemas/Foo`; nil when not known.
    public let pointer: String?

    public init(_ severity: Severity, _ message: String, file: String, mark: Mark, pointer: String?) {
        self.severity = severity
        self.message = message
        self.file = file
        self.mark = mark
        self.pointer = pointer
    }

    public var description: String {
        let location = "\(file):\(mark.line):\(mark.column): \(severity.rawValue): \(message)"
        guard let pointer else { return location }
        return "\(location) (at \(pointer))"
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

extension Diagnostic {
    init(_ error: YAMLError) {
        self.init(.error, error.message, file: error.file, mark: error.mark, pointer: nil)
    }
}
