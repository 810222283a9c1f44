import CYAML
import Diagnostics

/// Parses one YAML (or JSON) document into a ``Node`` tree using libyaml's event parser.
public struct YAMLParser: Sendable {
    /// Limits that keep hostile input from exhausting time, memory or stack.
    public struct Limits: Sendable {
        /// Deepest nesting of collections accepted.
        public var maximumDepth: Int
        /// Most nodes that aliases may add to the tree (a "billion laughs" document exceeds it fast).
        public var maximumAliasedNodes: Int

        public init(maximumDepth: Int = 512, maximumAliasedNodes: Int = 1_000_000) {
            self.maximumDepth = maximumDepth
            self.maximumAliasedNodes = maximumAliasedNodes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses `bytes`, naming `file` in every error.
    /// - Parameter marksNameFile: whether every node's mark names `file` too, as the files a document's
    ///   `$ref`s join to it need (the root file's marks do not: diagnostics name it already).
    public func parse(_ bytes: [UInt8], file: String, marksNameFile: Bool = false) throws(YAMLError) -> Document {
        let input = JSONEscapes.rewritingSurrogatePairs(bytes)
        var builder = TreeBuilder(file: file, marksNameFile: marksNameFile, limits: limits, expectedBytes: input.count)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(file: file, mark: Mark(line: 1, column: 1), message: "libyaml could not initialise")
        }
        defer { yaml_parser_delete(&parser) }

        return try input.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> Document in
            // libyaml reads the buffer in place; an empty buffer still needs a valid pointer.
            var empty: UInt8 = 0
            if let base = buffer.baseAddress {
                yaml_parser_set_input_string(&parser, base, buffer.count)
            } else {
                yaml_parser_set_input_string(&parser, &empty, 0)
            }
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.parserError(parser, file: file)
                }
                let done = event.type == YAML_STREAM_END_EVENT
                defer { yaml_event_delete(&event) }
                try builder.consume(&event)
                if done { break }
            }
            return try builder.finish()
        }
    }

    /// Reads and parses the file at `path`, naming it `name` (by default `path`) in the document and its errors.
    public func parseFile(atPath path: String, naming name: String? = nil, marksNameFile: Bool = false) throws(YAMLError) -> Document {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw YAMLError(file: name ?? path, mark: error.mark, message: error.message)
        }
        return try parse(bytes, file: name ?? path, marksNameFile: marksNameFile)
    }

    private static func parserError(_ parser: yaml_parser_t, file: String) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
        let mark = Mark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        var message = problem
        if parser.problem_value != -1 && parser.error == YAML_READER_ERROR {
            message += " (byte value \(parser.problem_value))"
        }
        if let context = parser.context {
            let contextMark = Mark(line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)
            message += " (\(String(cString: context)) at \(contextMark))"
        }
        return YAMLError(file: file, mark: mark, message: message)
    }
}
