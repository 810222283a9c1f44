import SchemaIR

/// Which module declares each type in the modules layout (``GenerationOptions/Layout/modules``), chosen so
/// that the modules import each other without cycles and an edit to the schemas of one tag's operations
/// changes that tag's module alone:
///
/// - a type only one tag's operations reach lives in that tag's module (`<Module><Tag>`), with its client;
/// - a type the operations of several tags (or a tag and the untagged operations) reach lives in
///   `<Module>Shared`, which every other module imports; what it refers to is reached as widely, so it
///   lives there too;
/// - a type only untagged operations reach lives in `<Module>`, the root module with the root client;
/// - a type no operation reaches (a webhook's payload, say) lives with what it refers to: in the one tag
///   module it reaches, else, when it reaches only shared types, in `<Module>Other`, else (it reaches
///   several tags' types, or another unreached type of `<Module>Other` besides a tag's) in `<Module>`.
///
/// `<Module>` imports every other module and re-exports them, so `import <Module>` is all a user writes.
package struct ModuleSplit: Sendable {
    /// The root module's name (the module name the user chose).
    package let root: String
    package let shared: String
    package let other: String
    /// Each tag's module, by tag.
    package let tagModules: [String: String]
    /// The module of every type, nested ones included.
    package let moduleOf: [TypeID: String]

    /// - Parameters:
    ///   - tagModules: each tag's module name.
    ///   - rootOf: the top-level type each type is declared in.
    package init(ir: IRDocument, rootModule: String, shared: String, other: String, tagModules: [String: String],
                 roots: [TypeID], rootOf: [TypeID: TypeID]) {
        root = rootModule
        self.shared = shared
        self.other = other
        self.tagModules = tagModules
        // Which tags' operations reach each top-level type; `nil` stands for the untagged operations.
        var reachedBy: [TypeID: Set<String?>] = [:]
        for group in ir.groups {
            let key: String? = group.tag.flatMap { tagModules[$0] != nil ? $0 : nil }
            for id in ir.reachableTypes(from: group.operations.flatMap(\.referencedTypes)) {
                guard let top = rootOf[id] else { continue }
                reachedBy[top, default: []].insert(key)
            }
        }
        var module: [TypeID: String] = [:]
        for top in roots {
            guard let tags = reachedBy[top] else { continue }
            if tags.count > 1 {
                module[top] = shared
            } else if let tag = tags.first!, let tagModule = tagModules[tag] {
                module[top] = tagModule
            } else {
                module[top] = rootModule
            }
        }
        // Unreached types: first by the reached types each one reaches, then those that reach an unreached
        // type left in `Other` while belonging to a tag move up to the root, which imports both.
        let unreached = roots.filter { module[$0] == nil }
        var reachedRoots: [TypeID: Set<TypeID>] = [:]
        for top in unreached {
            reachedRoots[top] = Set(ir.reachableTypes(from: [.named(top)]).compactMap { rootOf[$0] }).subtracting([top])
        }
        var placed: [TypeID: String] = [:]
        for top in unreached {
            var homes = Set(reachedRoots[top]!.compactMap { module[$0] })
            homes.remove(shared)
            placed[top] = homes.isEmpty ? other : homes.count == 1 ? homes.first! : rootModule
        }
        for top in unreached where placed[top] != other && placed[top] != rootModule {
            if reachedRoots[top]!.contains(where: { placed[$0] == other }) { placed[top] = rootModule }
        }
        module.merge(placed) { first, _ in first }
        var all: [TypeID: String] = [:]
        for (id, top) in rootOf { all[id] = module[top] }
        moduleOf = all
    }

    /// The module of a type reference's named type, if it has one.
    package func modules(of type: TypeRef) -> Set<String> {
        type.namedType.flatMap { moduleOf[$0] }.map { [$0] } ?? []
    }
}

extension TypeRef {
    /// The generated type a reference names, inside any arrays, maps and optionals around it.
    var namedType: TypeID? {
        switch self {
        case .array(let element), .map(let element), .nullable(let element): return element.namedType
        case .named(let id): return id
        case .string, .integer, .number, .boolean, .any: return nil
        }
    }
}
