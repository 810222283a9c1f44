import Diagnostics
import YAML

/// A `$ref` as written, with where it was written.
public struct Reference: Sendable, Hashable {
    /// The reference text, e.g. `#/components/schemas/FollowUpV2`.
    public let ref: String
    public let mark: Mark
    /// Sibling `description` (OpenAPI 3.1 lets a reference override it).
    public let description: String?

    /// `(section, name)` for `#/components/<section>/<name>`, parsed once: references are followed often.
    private let component: (section: String, name: String)?

    public init(ref: String, mark: Mark, description: String? = nil) {
        self.ref = ref
        self.mark = mark
        self.description = description
        component = Self.componentParts(of: ref)
    }

    public static func == (lhs: Reference, rhs: Reference) -> Bool {
        lhs.ref == rhs.ref && lhs.mark == rhs.mark && lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ref)
        hasher.combine(mark)
    }

    /// True for `#` and `#/…`: a reference into this document.
    public var isLocal: Bool {
        var utf8 = ref.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "#") else { return false }
        let second = utf8.next()
        return second == nil || second == UInt8(ascii: "/")
    }

    private static func componentParts(of ref: String) -> (section: String, name: String)? {
        let prefix = "#/components/".utf8
        let utf8 = ref.utf8
        guard utf8.starts(with: prefix) else { return nil }
        if utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) {
            guard let tokens = JSONPointer.parseLocal(ref), tokens.count == 3 else { return nil }
            return (tokens[1], tokens[2])
        }
        let rest = utf8.dropFirst(prefix.count)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let name = rest[rest.index(after: slash)...]
        guard !name.contains(UInt8(ascii: "/")) else { return nil }
        return (String(decoding: rest[..<slash], as: UTF8.self), String(decoding: name, as: UTF8.self))
    }

    /// The unescaped pointer tokens of a local reference.
    public var tokens: [String]? { JSONPointer.parseLocal(ref) }

    /// The component name when the reference is `#/components/<section>/<name>`.
    public func componentName(in section: String) -> String? {
        guard let component, component.section == section else { return nil }
        return component.name
    }
}

/// Either a `$ref` or an inline value.
public indirect enum Referenceable<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)

    public var reference: Reference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }

    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}
