import Diagnostics
import OpenAPI
import YAML

// The IR's own words for what an operation is made of. They mirror OpenAPI's, so the IR's consumers
// (planners, emitters, the spec diff) never need the `OpenAPI` or `YAML` modules.

/// An HTTP method.
public enum IRMethod: String, Sendable, Hashable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}

/// Where a parameter travels.
public enum IRParameterLocation: String, Sendable, Hashable {
    case query, header, path, cookie
}

/// How a parameter's value is serialised (OpenAPI's `style`).
public enum IRParameterStyle: String, Sendable, Hashable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
}

/// The kind of a security scheme.
public enum IRSecuritySchemeKind: String, Sendable, Hashable {
    case apiKey, http, oauth2, openIdConnect, mutualTLS
}

/// A response's status key: a code, a range (`2XX`) or `default`.
public enum IRStatus: Sendable, Hashable, Comparable, CustomStringConvertible {
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

    public static func < (lhs: IRStatus, rhs: IRStatus) -> Bool { lhs.order < rhs.order }
}

/// An example from the spec. Its JSON is worked out only when asked for: most examples are never read.
public struct IRExample: Sendable {
    let node: Node

    init(_ node: Node) {
        self.node = node
    }

    public var value: SpecValue { SpecValue(node) }

    /// Compact JSON text of the value.
    public var jsonText: String { value.jsonText }
}

extension IRMethod {
    init(_ method: HTTPMethod) { self = IRMethod(rawValue: method.rawValue)! }
}

extension IRParameterLocation {
    init(_ location: ParameterLocation) { self = IRParameterLocation(rawValue: location.rawValue)! }
}

extension IRParameterStyle {
    init(_ style: ParameterStyle) { self = IRParameterStyle(rawValue: style.rawValue)! }
}

extension IRSecuritySchemeKind {
    init(_ kind: SecurityScheme.Kind) { self = IRSecuritySchemeKind(rawValue: kind.rawValue)! }
}

extension IRStatus {
    init(_ status: ResponseStatus) {
        switch status {
        case .code(let code): self = .code(code)
        case .range(let digit): self = .range(digit)
        case .default: self = .default
        }
    }
}
