import YAML

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
