import Diagnostics
import YAML

/// A `$ref` with where it was written, in canonical form: `#/…` for the root file (as written there),
/// `<file>#/…` for another file, named by its path relative to the root file's folder, so one target has
/// one spelling whichever file refers to it.
public struct Reference: Sendable, Hashable {
    /// The canonical reference, e.g. `#/components/schemas/FollowUpV2` or `models/droplet.yml#/droplet`.
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

    /// The file holding the target, relative to the root file's folder; nil for the root file.
    public var file: String? {
        guard let hash = ref.firstIndex(of: "#") else { return ref.isEmpty ? nil : ref }
        return hash == ref.startIndex ? nil : String(ref[..<hash])
    }

    /// The unescaped pointer tokens of the target within its file.
    public var tokens: [String]? {
        guard let hash = ref.firstIndex(of: "#") else { return ref.isEmpty ? nil : [] }
        return hash == ref.startIndex ? JSONPointer.parseLocal(ref) : JSONPointer.parseLocal(String(ref[hash...]))
    }

    /// What a type defined by the target is best called: its last pointer token, or the name of the file
    /// it fills (`models/droplet.yml` → `droplet`).
    public var nameHint: String? {
        if let last = tokens?.last { return last }
        guard let file else { return nil }
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

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
