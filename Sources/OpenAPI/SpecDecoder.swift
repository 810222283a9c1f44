import Diagnostics
import YAML

/// What a `$ref` is expected to point at.
enum ReferenceKind: Sendable {
    case schema, parameter, response, requestBody, header, example, securityScheme
}

/// A `$ref` met while decoding, checked once the whole document is decoded.
struct PendingReference: Sendable {
    let reference: Reference
    let kind: ReferenceKind
    /// The pointer tokens of the object holding the `$ref`.
    let path: [String]
}

/// Walks the YAML node tree into the typed model, collecting located diagnostics instead of stopping
/// at the first problem. Keeps the current JSON pointer as tokens and renders it only for messages.
struct SpecDecoder {
    let file: String
    var version: OpenAPIVersion = .v3_0
    /// The pointer of the node being decoded, within the file being decoded.
    var path: [String] = []
    var diagnostics: [Diagnostic] = []
    var pendingReferences: [PendingReference] = []
    let files: SourceFiles
    /// The file being decoded, as canonical references name it; nil for the root file.
    var source: String?
    /// References being followed in place, innermost last: a chain that comes back is a cycle.
    var following: [String] = []

    init(files: SourceFiles) {
        self.files = files
        file = files.root.file
    }

    var pointer: String { JSONPointer.render(path) }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, message, file: file, mark: node.mark, pointer: pointer))
    }

    mutating func warning(_ message: String, at mark: Mark) {
        diagnostics.append(Diagnostic(.warning, message, file: file, mark: mark, pointer: pointer))
    }

    // MARK: Typed values

    mutating func string(_ value: Node, key: String) -> String? {
        guard let text = value.string, value.scalarKind != .null || value.style != .plain else {
            if value.kind == .mapping, value["$ref"] != nil {
                // Documents split across files write `description: {$ref: intro.yml#/text}` although the
                // specification allows no reference there; the text it points at is what they mean.
                return followingReference(in: value) { $0.string($1, key: key) }
            }
            error("'\(key)' must be a string, found \(value.kindName)", at: value)
            return nil
        }
        return text
    }

    mutating func bool(_ value: Node, key: String) -> Bool? {
        guard let scalar = value.scalar, let flag = scalar.bool else {
            error("'\(key)' must be true or false, found \(value.kindName)", at: value)
            return nil
        }
        return flag
    }

    mutating func int(_ value: Node, key: String) -> Int? {
        guard let number = value.scalar?.int, number >= 0, let int = Int(exactly: number) else {
            error("'\(key)' must be a non-negative integer, found \(value.kindName)", at: value)
            return nil
        }
        return int
    }

    mutating func number(_ value: Node, key: String) -> Double? {
        guard let number = value.scalar?.double else {
            if value.kindName == "a number" {
                error("'\(key)' is a number out of the range a Double can hold: \(value.string ?? "")", at: value)
            } else {
                error("'\(key)' must be a number, found \(value.kindName)", at: value)
            }
            return nil
        }
        return number
    }

    mutating func mapping(_ value: Node, key: String, of what: String) -> Node.Pairs? {
        guard let pairs = value.mapping else {
            error("'\(key)' must be \(what), found \(value.kindName)", at: value)
            return nil
        }
        return pairs
    }

    mutating func list(_ value: Node, key: String, of what: String) -> Node.Children? {
        guard let items = value.sequence else {
            error("'\(key)' must be \(what), found \(value.kindName)", at: value)
            return nil
        }
        return items
    }

    mutating func strings(_ value: Node, key: String) -> [String] {
        guard let items = list(value, key: key, of: "a list of strings") else { return [] }
        var result: [String] = []
        for item in items {
            if let text = string(item, key: key) { result.append(text) }
        }
        return result
    }

    /// A mapping key's text; keys that are collections are reported.
    mutating func keyText(_ key: Node) -> String? {
        guard let text = key.string else {
            error("mapping keys must be strings, found \(key.kindName)", at: key)
            return nil
        }
        return text
    }

    /// Reads `$ref` if the node has one, recording it for checking after decoding.
    mutating func reference(in node: Node, kind: ReferenceKind) -> Reference? {
        guard let refNode = node["$ref"] else { return nil }
        guard let ref = string(refNode, key: "$ref") else { return nil }
        var description: String?
        if let text = node["description"]?.string { description = text }
        guard let canonical = canonicalReference(ref, at: refNode) else {
            return Reference(ref: ref, mark: refNode.mark, description: description)
        }
        let reference = Reference(ref: canonical, mark: refNode.mark, description: description)
        pendingReferences.append(PendingReference(reference: reference, kind: kind, path: path))
        return reference
    }

    /// Runs `body` with `token` appended to the current pointer.
    mutating func at<T>(_ token: String, _ body: (inout SpecDecoder) -> T) -> T {
        path.append(token)
        defer { path.removeLast() }
        return body(&self)
    }
}
