import SchemaIR

/// Which generated types are declared inside which: a type lifted from another's schema nests in that
/// type (`FollowUpV2.Status`), except in a typealias, which cannot hold nested types. It depends on the IR
/// alone, so the modules layout can weigh types before any of them is named.
package struct TypeNesting: Sendable {
    /// Top-level types in IR order.
    package private(set) var roots: [TypeID] = []
    /// Each type's nested types in IR order.
    package private(set) var children: [TypeID: [TypeID]] = [:]
    /// The top-level type each type is declared in (itself for a top-level type).
    package private(set) var rootOf: [TypeID: TypeID] = [:]
    /// The type each nested type is declared in.
    package private(set) var parentOf: [TypeID: TypeID] = [:]

    package init(ir: IRDocument) {
        var kinds: [TypeID: NamedType.Kind] = [:]
        for type in ir.types { kinds[type.id] = type.kind }
        // Parents precede their children in IR order.
        for type in ir.types {
            guard let parent = type.parent, let kind = kinds[parent], !kind.isAlias else {
                roots.append(type.id)
                rootOf[type.id] = type.id
                continue
            }
            parentOf[type.id] = parent
            children[parent, default: []].append(type.id)
            rootOf[type.id] = rootOf[parent]
        }
    }
}

private extension NamedType.Kind {
    var isAlias: Bool {
        if case .alias = self { return true }
        return false
    }
}
