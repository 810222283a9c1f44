import Diagnostics

/// A problem in a YAML source, located by file, line and column.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let mark: Mark
    public let message: String

    public init(file: String, mark: Mark, message: String) {
        self.file = file
        self.mark = mark
        self.message = message
    }

    /// `file:line:column: error: message`, the form compilers and editors understand.
    public var description: String { "\(mark.location(in: file)): error: \(message)" }
}
