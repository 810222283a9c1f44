import Diagnostics
import YAML

extension OpenAPIDocument {
    /// JSON pointers of the nodes starting at `marks`, found in one walk of the source tree. Used to
    /// locate diagnostics raised after decoding, where only a node's position is at hand.
    public func pointers(for marks: Set<Mark>) -> [Mark: String] {
        guard !marks.isEmpty else { return [:] }
        var found: [Mark: String] = [:]
        var stack: [(node: Node, path: [String])] = [(source.root, [])]
        var visited = Set<Int>()
        while let (node, path) = stack.popLast() {
            // Aliased nodes are reached once, through their first occurrence.
            guard visited.insert(node.id).inserted else { continue }
            if marks.contains(node.mark), found[node.mark] == nil {
                found[node.mark] = JSONPointer.render(path)
                if found.count == marks.count { break }
            }
            switch node.kind {
            case .scalar: break
            case .sequence:
                for (position, item) in node.sequence!.enumerated().reversed() {
                    stack.append((item, path + [String(position)]))
                }
            case .mapping:
                for (key, value) in node.mapping!.reversed() {
                    stack.append((value, path + [key.string ?? ""]))
                }
            }
        }
        return found
    }
}

extension Diagnostic {
    /// The same diagnostic with its pointer filled in from `pointers` when it had none.
    public func located(by pointers: [Mark: String]) -> Diagnostic {
        guard pointer == nil, let found = pointers[mark] else { return self }
        return Diagnostic(severity, message, file: file, mark: mark, pointer: found)
    }
}
