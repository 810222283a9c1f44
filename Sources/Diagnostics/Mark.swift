/// A position in a source document: 1-based line and column, as libyaml counts them.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    /// The file the position is in when it is not the document's root file: a document can span files
    /// joined by `$ref`s, and a position reported later (by the IR, the plan) must still name its file.
    public let file: String?

    public init(line: Int, column: Int, file: String? = nil) {
        self.line = line
        self.column = column
        self.file = file
    }

    /// No position: the problem is with the file as a whole (it cannot be opened or read).
    public static let wholeFile = Mark(line: 0, column: 0)

    /// `file:line:column`, or just `file` for ``wholeFile``: the prefix compilers and editors understand.
    public func location(in file: String) -> String {
        self == .wholeFile ? file : "\(file):\(line):\(column)"
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        ((lhs.file ?? ""), lhs.line, lhs.column) < ((rhs.file ?? ""), rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
