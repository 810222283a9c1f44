/// A position in a source document: 1-based line and column, as libyaml counts them.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// No position: the problem is with the file as a whole (it cannot be opened or read).
    public static let wholeFile = Mark(line: 0, column: 0)

    /// `file:line:column`, or just `file` for ``wholeFile``: the prefix compilers and editors understand.
    public func location(in file: String) -> String {
        self == .wholeFile ? file : "\(file):\(line):\(column)"
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
