import Diagnostics
import YAML

/// A loaded OpenAPI 3.0/3.1 document whose every `$ref` is known to resolve without a cycle.
public struct OpenAPIDocument: Sendable {
    /// The parsed YAML, for positions and for reading examples as written.
    public let source: YAML.Document
    public let version: OpenAPIVersion
    /// The `openapi` field as written, e.g. `3.0.3`.
    public let versionText: String
    public let info: Info
    public let servers: [Server]
    public let paths: [PathItem]
    public let components: Components
    /// Document-wide security requirements; nil when none are declared.
    public let security: [SecurityRequirement]?
    public let tags: [Tag]
    public let extensions: [(name: String, value: Node)]
    /// Warnings found while loading (errors make loading fail).
    public let warnings: [Diagnostic]
    let indirectTargets: [String: IndirectTarget]
    /// The other files the document's `$ref`s reached, by the name canonical references give them
    /// (relative to the root file's folder), in name order; empty for a document in one file.
    public let referencedSources: [(name: String, document: YAML.Document)]
    /// What the API sends to its subscribers (`webhooks`, `x-webhooks`), in document order.
    public let webhooks: [Webhook]

    public var file: String { source.file }

    /// Every operation in path order, then method order as written.
    public var operations: [Operation] { paths.flatMap(\.operations) }

    /// The value a reference points at (one step; the result may itself be a reference).
    public func lookup<Value: ComponentValue>(_ reference: Reference, as type: Value.Type = Value.self) -> Referenceable<Value>? {
        Value.target(of: reference, in: components, indirect: indirectTargets)
    }

    /// Follows references to the value. Loading has already rejected dangling references and cycles,
    /// so this returns nil only for references made up after loading.
    public func resolve<Value: ComponentValue>(_ item: Referenceable<Value>) -> Value? {
        var current = item
        for _ in 0..<64 {
            switch current {
            case .value(let value): return value
            case .reference(let reference):
                guard let next = lookup(reference, as: Value.self) else { return nil }
                current = next
            }
        }
        return nil
    }

    /// Follows a chain of references and reports the last component name passed through, which is the
    /// name a generated type should carry.
    public func resolveNamed<Value: ComponentValue>(_ item: Referenceable<Value>) -> (value: Value, componentName: String?)? {
        var current = item
        var name: String?
        for _ in 0..<64 {
            switch current {
            case .value(let value): return (value, name)
            case .reference(let reference):
                guard let next = lookup(reference, as: Value.self) else { return nil }
                name = reference.componentName(in: Value.section) ?? name
                current = next
            }
        }
        return nil
    }
}
