import Diagnostics
import YAML

extension SpecDecoder {
    /// The canonical form of a `$ref` written in the file being decoded (see ``Reference``), reading the
    /// file it names on first use; nil, with an error at `node`, when that file cannot be used.
    mutating func canonicalReference(_ written: String, at node: Node) -> String? {
        guard !written.isEmpty else {
            error("'$ref' is empty", at: node)
            return nil
        }
        let hash = written.firstIndex(of: "#")
        let filePart = hash.map { written[..<$0] } ?? written[...]
        let fragment = hash.map { String(written[$0...]) } ?? "#"
        if filePart.isEmpty {
            return source.map { $0 + fragment } ?? fragment
        }
        var problems: [Diagnostic] = []
        let resolution = files.resolve(String(filePart), of: written, from: source, problems: &problems)
        diagnostics += problems
        switch resolution {
        case .failure(let failure):
            error(failure.message, at: node)
            return nil
        case .success(.root):
            return fragment
        case .success(.file(let name)):
            return name + fragment
        }
    }

    /// The node a canonical reference points at, or nil when there is none.
    func target(of reference: Reference) -> Node? {
        guard let tokens = reference.tokens, let document = files.document(reference.file) else { return nil }
        return document.root.descendant(at: tokens)
    }

    /// Decodes `node` with `body`, or, when `node` is a `$ref`, the node it points at, in the context of the
    /// file that holds it (so references there are read relative to it). For places the specification
    /// allows a reference that is not to a component (a path item), or allows none but documents split
    /// across files write one anyway (an operation, a tag's description).
    mutating func followingReference<T>(in node: Node, _ body: (inout SpecDecoder, Node) -> T?) -> T? {
        guard node.kind == .mapping, let refNode = node["$ref"] else { return body(&self, node) }
        guard let written = refNode.string, refNode.kind == .scalar else {
            error("'$ref' must be a string, found \(refNode.kindName)", at: refNode)
            return nil
        }
        guard let canonical = canonicalReference(written, at: refNode) else { return nil }
        let reference = Reference(ref: canonical, mark: refNode.mark)
        guard let targetNode = target(of: reference) else {
            error("unresolvable reference '\(canonical)': nothing at that pointer", at: refNode)
            return nil
        }
        guard !following.contains(canonical) else {
            error("reference cycle: \((following + [canonical]).joined(separator: " → "))", at: refNode)
            return nil
        }
        let saved = (source, path)
        following.append(canonical)
        source = reference.file
        path = reference.tokens ?? []
        defer {
            following.removeLast()
            (source, path) = saved
        }
        // The target may itself be a reference: a chain is followed to its end.
        return followingReference(in: targetNode, body)
    }
}

extension SpecDecoder {
    /// An example value as meant: documents split across files write `example: {$ref: examples.yml#/x}`,
    /// although an example is a literal. A lone `$ref` that resolves is read as the value it points at;
    /// anything else (including a `$ref` that resolves to nothing) is the literal it appears to be.
    mutating func exampleValue(_ node: Node) -> Node {
        guard node.kind == .mapping, node.count == 1, let refNode = node["$ref"], let written = refNode.string,
              refNode.kind == .scalar else { return node }
        let before = diagnostics.count
        let canonical = canonicalReference(written, at: refNode)
        diagnostics.removeSubrange(before...)
        guard let canonical, let target = target(of: Reference(ref: canonical, mark: refNode.mark)) else { return node }
        return target
    }
}

extension Node {
    /// The node at a JSON pointer's tokens below this one; nil when there is none.
    func descendant(at tokens: [String]) -> Node? {
        var node = self
        for token in tokens {
            switch node.kind {
            case .mapping:
                guard let next = node[token] else { return nil }
                node = next
            case .sequence:
                guard let index = Int(token), index >= 0, index < node.count,
                      let next = node.sequence?.dropFirst(index).first(where: { _ in true }) else { return nil }
                node = next
            case .scalar:
                return nil
            }
        }
        return node
    }
}
