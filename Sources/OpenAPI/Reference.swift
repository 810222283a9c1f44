import YAML

/// A `$ref` as written, with where it was written.
public struct Reference: Sendable, Hashable {
    /// The reference text, e.g. `#/components/schemas/FollowUpV2`.
    public let ref: String
    public let mark: Mark
    /// Sibling `description` (OpenAPI 3.1 lets a reference override it).
    public let description: String?

    public init(ref: String, mark: Mark, description: String? = nil) {
        self.ref = ref
        self.mark = mark
        self.description = description
    }

    /// The unescaped pointer tokens of a local reference.
    public var tokens: [String]? { JSONPointer.parseLocal(ref) }

    /// The component name when the reference is `#/components/<section>/<name>`.
    public func componentName(in section: String) -> String? {
        // Checked on bytes first: this runs for every reference the generator follows.
        let prefix = "#/components/" + section + "/"
        guard ref.utf8.starts(with: prefix.utf8) else { return nil }
        guard let tokens, tokens.count == 3 else { return nil }
        return tokens[2]
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
