/// How a scalar was written in the source.
public enum ScalarStyle: UInt8, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// The type a scalar resolves to under the YAML 1.2 core schema (or its explicit tag).
public enum ScalarKind: UInt8, Sendable, Hashable {
    case string, null, bool, int, float
}

/// A scalar's text exactly as written (escapes decoded, `\0` kept), with its style and resolution.
public struct Scalar: Sendable, Hashable {
    public let text: String
    public let style: ScalarStyle
    /// The explicit tag, expanded (`!!str` → `tag:yaml.org,2002:str`), or nil when none was written.
    public let tag: String?
    public let kind: ScalarKind

    public init(text: String, style: ScalarStyle = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
        var utf8 = text
        self.kind = utf8.withUTF8 { CoreSchema.resolve($0, style: style, tag: tag) }
    }

    init(text: String, style: ScalarStyle, tag: String?, kind: ScalarKind) {
        self.text = text
        self.style = style
        self.tag = tag
        self.kind = kind
    }

    /// The boolean value when the scalar resolves to `bool`.
    public var bool: Bool? {
        guard kind == .bool else { return nil }
        return text.first == "t" || text.first == "T"
    }

    /// The integer value when the scalar resolves to `int` and fits in 64 bits.
    public var int: Int64? {
        guard kind == .int else { return nil }
        return CoreSchema.integerValue(text)
    }

    /// The numeric value when the scalar resolves to `int` or `float`.
    public var double: Double? {
        switch kind {
        // An integer beyond Int64 (`-9223372036854776000`, as documents write Int64's bounds) is still a number.
        case .int: return CoreSchema.integerValue(text).map(Double.init) ?? Double(text)
        case .float: return CoreSchema.floatValue(text)
        default: return nil
        }
    }
}
