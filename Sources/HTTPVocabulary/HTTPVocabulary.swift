// The words OpenAPI documents and the IR share for what an HTTP operation is made of. Both layers use these
// types, so the IR can speak of methods, statuses and parameters without naming the OpenAPI model.

/// An HTTP method: one of the Path Item's fields (`get` … `query`), or any other method an OpenAPI 3.2
/// document names under `additionalOperations` (`PURGE`, `LINK`), kept as it is to be sent.
public struct HTTPMethod: Sendable, Hashable, CustomStringConvertible {
    /// The Path Item field's name for the fixed methods (`get`); the method as sent for the others.
    public let rawValue: String

    private init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public static let get = HTTPMethod("get")
    public static let put = HTTPMethod("put")
    public static let post = HTTPMethod("post")
    public static let delete = HTTPMethod("delete")
    public static let options = HTTPMethod("options")
    public static let head = HTTPMethod("head")
    public static let patch = HTTPMethod("patch")
    public static let trace = HTTPMethod("trace")
    /// OpenAPI 3.2's `query` (the HTTP QUERY method: a safe request with a body).
    public static let query = HTTPMethod("query")

    /// The methods a Path Item names as fields.
    public static let fixed: [HTTPMethod] = [.get, .put, .post, .delete, .options, .head, .patch, .trace, .query]

    /// The fixed method whose Path Item field is `field` (`get`), if any.
    public init?(field: String) {
        guard let method = Self.fixed.first(where: { $0.rawValue == field }) else { return nil }
        self = method
    }

    /// A method named as it is sent (an `additionalOperations` key): the fixed method it spells in any case, or
    /// the name itself; nil unless it is an HTTP token (RFC 9110 §5.6.2).
    public init?(sent name: String) {
        if let method = Self.fixed.first(where: { $0.rawValue == name.lowercased() }) {
            self = method
            return
        }
        let delimiters = Set("\"(),/:;<=>?@[\\]{}")
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 }),
              !name.contains(where: { delimiters.contains($0) }) else { return nil }
        self.init(name)
    }

    /// Whether this is one of the Path Item's fields.
    public var isFixed: Bool { Self.fixed.contains(self) }

    /// The method as the request sends it: `GET`, or an additional method exactly as the document writes it.
    public var token: String { isFixed ? rawValue.uppercased() : rawValue }

    public var description: String { token }
}

/// Where a parameter travels.
public enum ParameterLocation: String, Sendable, Hashable {
    case query, header, path, cookie
    /// OpenAPI 3.2: the whole query string as one value, serialised by its `content` media type.
    case querystring
}

/// How a parameter's value is serialised (OpenAPI's `style`).
public enum ParameterStyle: String, Sendable, Hashable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    /// OpenAPI 3.2: a cookie's `name=value; name2=value2` form.
    case cookie
}

/// The kind of a security scheme.
public enum SecuritySchemeKind: String, Sendable, Hashable {
    case apiKey, http, oauth2, openIdConnect, mutualTLS
}

/// A response's status key: a code, a range (`2XX`) or `default`.
public enum ResponseStatus: Sendable, Hashable, Comparable, CustomStringConvertible {
    case code(Int)
    case range(Int)
    case `default`

    public var description: String {
        switch self {
        case .code(let code): return String(code)
        case .range(let digit): return "\(digit)XX"
        case .default: return "default"
        }
    }

    /// True for 2xx codes and the `2XX` range.
    public var isSuccess: Bool {
        switch self {
        case .code(let code): return (200..<300).contains(code)
        case .range(let digit): return digit == 2
        case .default: return false
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .code(let code): return (code / 100, code % 100)
        case .range(let digit): return (digit, 100)
        case .default: return (10, 0)
        }
    }

    public static func < (lhs: ResponseStatus, rhs: ResponseStatus) -> Bool { lhs.order < rhs.order }
}
