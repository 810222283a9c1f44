/// The name an inline schema gets if it must become a named type: derived from where it sits.
struct NameContext {
    var parts: [String]
    var parent: TypeID?

    /// A property of a named type.
    static func property(_ name: String, of owner: TypeID, parts ownerParts: [String]) -> NameContext {
        NameContext(parts: ownerParts + [name], parent: owner)
    }

    /// The element of an array at this position: `labels` → `labelsItem`.
    var item: NameContext { suffixed("Item") }

    /// The value of a map at this position: `metadata` → `metadataValue`.
    var value: NameContext { suffixed("Value") }

    private func suffixed(_ suffix: String) -> NameContext {
        var copy = self
        if copy.parts.isEmpty { copy.parts = [suffix] } else { copy.parts[copy.parts.count - 1] += suffix }
        return copy
    }
}
