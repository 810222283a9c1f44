// The words OpenAPI documents and the IR share for what an HTTP operation is made of. Both layers use these
// types, so the IR can speak of methods, statuses and parameters without naming the OpenAPI model.

/// An HTTP method.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
    /// OpenAPI 3.2's `query` (the HTTP QUERY method: a safe request with a body).
    case query
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
