import SchemaIR

/// Which module declares each type in the modules layout (``GenerationOptions/Layout/modules``), chosen so
/// that the modules import each other without cycles and an edit to a schema rebuilds the module it is in
/// and the few modules that use it:
///
/// - a tag's module (`<Module><Tag>`) holds its client and the types only its operations reach; tags
///   smaller than ``GenerationOptions/minimumModuleLines`` share a module with the tags after them in the
///   document (`<Module><Tag>And2More`) until it is that large, since every module costs its own compiler
///   start-up in a clean build;
/// - a type the operations of several modules reach lives in `<Module>Shared`, which every other module
///   may import, or, when the types one set of tags reaches weigh half that much and nothing in `Shared`
///   refers to them, in a module of their own (`<Module>SharedChannelsGuilds`), which only those tags'
///   modules import: then an edit to them rebuilds those tags, not every module;
/// - a type only untagged operations reach lives in `<Module>`, the root module with the root client;
/// - a type no operation reaches (a webhook's payload, say) lives with what it refers to: in the one tag
///   module it reaches, else, when it reaches only shared types, in `<Module>Other`, else (it reaches
///   several tags' types, or another unreached type of `<Module>Other` besides a tag's) in `<Module>`.
///
/// A type's declarations refer only to types reached at least as widely as itself, so a shared module
/// imports only modules shared more widely, and `Shared` none: no import cycle. `<Module>` imports every
/// other module and re-exports them, so `import <Module>` is all a user writes.
package struct ModuleSplit: Sendable {
    /// The root module's name (the module name the user chose).
    package let root: String
    package let shared: String
    package let other: String
    /// Each tag's module, by tag; small tags share one.
    package let tagModules: [String: String]
    /// The modules of types one set of tags shares, besides `shared`.
    package let sharedSubsets: [String]
    /// The module of every type, nested ones included.
    package let moduleOf: [TypeID: String]

    /// About how many lines a client takes per operation (its protocol requirement, convenience call,
    /// method and `…WithResponse` twin, with their documentation).
    static let linesPerOperation = 40

    /// - Parameters:
    ///   - clientNames: each tag's client type name, for the tags that have a client.
    ///   - minimumLines: about how many lines a module holds at least, as ``ModelFiles`` estimates them:
    ///     smaller tags share a module, and a set of tags' shared types half this large gets one of its own.
    package init(ir: IRDocument, rootModule: String, clientNames: [String: String], nesting: TypeNesting, minimumLines: Int) {
        root = rootModule
        // Module names are claimed before any type's, in an order that depends on the document alone.
        var scope = NameScope(reserved: [rootModule])
        shared = scope.claim(rootModule + "Shared")
        other = scope.claim(rootModule + "Other")
        let groups = ir.groups.filter { $0.tag.flatMap { clientNames[$0] } != nil }
        let tags = groups.map { $0.tag! }

        let reachedBy = Self.reach(ir: ir, clientNames: clientNames, nesting: nesting)
        var weight: [TypeID: Int] = [:]
        for top in nesting.roots { weight[top] = ModelFiles.estimatedLines(of: top, ir: ir, nesting: nesting) }

        // Tags, in the document's order, fill modules of at least `minimumLines`. A tag nested under another,
        // or with tags nested under it, keeps a module of its own: its parent's client hands out its client,
        // so their modules import each other's in one direction only if each family is whole.
        let nested = Set(ir.groups.compactMap(\.parent)).union(ir.groups.filter { $0.parent != nil }.compactMap(\.tag))
        var ownWeight: [String: Int] = [:]
        for group in groups { ownWeight[group.tag!] = group.operations.count * Self.linesPerOperation }
        for (top, keys) in reachedBy where keys.count == 1 {
            if let tag = keys.first!, ownWeight[tag] != nil { ownWeight[tag]! += weight[top]! }
        }
        let bins = Self.fill(tags: tags, weights: ownWeight, alone: nested, minimumLines: minimumLines)
        let baseName = Dictionary(uniqueKeysWithValues: tags.map { tag in
            let client = clientNames[tag]!
            return (tag, client.hasSuffix("Client") ? String(client.dropLast("Client".count)) : client)
        })
        var tagModules: [String: String] = [:]
        for bin in bins {
            let name = scope.claim(rootModule + baseName[bin[0]]! + (bin.count > 1 ? "And\(bin.count - 1)More" : ""))
            for tag in bin { tagModules[tag] = name }
        }
        self.tagModules = tagModules

        // The modules whose operations reach each type; `nil` the root's.
        var module: [TypeID: String] = [:]
        var sharedBy: [TypeID: [String?]] = [:]
        for top in nesting.roots {
            guard let keys = reachedBy[top] else { continue }
            let modules = Set(keys.map { $0.flatMap { tagModules[$0] } })
            if modules.count > 1 {
                sharedBy[top] = modules.sorted { ($0 ?? "") < ($1 ?? "") }
            } else {
                module[top] = modules.first! ?? rootModule
            }
        }
        // A set of modules' shared types weighing half of `minimumLines` gets a module, unless a type left in
        // `Shared` refers to one of them: `Shared` imports no other generated module. Half, because such a
        // module spares an edit to those types every module that imports `Shared`, and an edit to the rest
        // of `Shared` type-checking them again, where a small tag's module of its own spares only its tag.
        let separate = Self.subsetsOfTheirOwn(sharedBy: sharedBy, weights: weight, ir: ir, nesting: nesting, minimumLines: minimumLines / 2)
        // Named by the tags whose operations reach them, in the document's order; claimed in the order of
        // their first type.
        var sharingTags: [[String?]: Set<String>] = [:]
        for (top, modules) in sharedBy where separate.contains(modules) {
            sharingTags[modules, default: []].formUnion(reachedBy[top]!.compactMap { $0 })
        }
        var subsetModules: [[String?]: String] = [:]
        var sharedSubsets: [String] = []
        for top in nesting.roots {
            guard let modules = sharedBy[top], separate.contains(modules), subsetModules[modules] == nil else { continue }
            let sharing = tags.filter { sharingTags[modules]!.contains($0) }
            let named = sharing.prefix(3).map { baseName[$0]! }.joined()
            let name = scope.claim(rootModule + "Shared" + named + (sharing.count > 3 ? "And\(sharing.count - 3)More" : ""))
            subsetModules[modules] = name
            sharedSubsets.append(name)
        }
        self.sharedSubsets = sharedSubsets
        for (top, modules) in sharedBy { module[top] = subsetModules[modules] ?? shared }

        module.merge(Self.placeUnreached(placed: module, ir: ir, nesting: nesting, rootModule: rootModule, other: other,
                                         shared: Set(sharedSubsets + [shared]))) { first, _ in first }
        var all: [TypeID: String] = [:]
        for (id, top) in nesting.rootOf { all[id] = module[top] }
        moduleOf = all
    }

    /// Which tags' operations reach each top-level type; `nil` stands for the operations without a client.
    private static func reach(ir: IRDocument, clientNames: [String: String], nesting: TypeNesting) -> [TypeID: Set<String?>] {
        var reachedBy: [TypeID: Set<String?>] = [:]
        for group in ir.groups {
            let key: String? = group.tag.flatMap { clientNames[$0] != nil ? $0 : nil }
            for id in ir.reachableTypes(from: group.operations.flatMap(\.referencedTypes)) {
                guard let top = nesting.rootOf[id] else { continue }
                reachedBy[top, default: []].insert(key)
            }
        }
        return reachedBy
    }

    /// Tags in the document's order filling modules of at least `minimumLines` each, in the order of their
    /// first tags; a tag as large, or one of `alone`, has a module of its own.
    private static func fill(tags: [String], weights: [String: Int], alone: Set<String>, minimumLines: Int) -> [[String]] {
        var bins: [[String]] = []
        var openBin: (tags: [String], lines: Int)?
        for tag in tags {
            if alone.contains(tag) || weights[tag]! >= minimumLines {
                bins.append([tag])
                continue
            }
            var bin = openBin ?? ([], 0)
            bin.tags.append(tag)
            bin.lines += weights[tag]!
            if bin.lines >= minimumLines {
                bins.append(bin.tags)
                openBin = nil
            } else {
                openBin = bin
            }
        }
        if let openBin { bins.append(openBin.tags) }
        let position = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
        return bins.sorted { position[$0[0]]! < position[$1[0]]! }
    }

    /// The sets of modules whose shared types weigh at least `minimumLines` and that no type left in
    /// `Shared` refers to, directly or through other types left there.
    private static func subsetsOfTheirOwn(sharedBy: [TypeID: [String?]], weights: [TypeID: Int], ir: IRDocument, nesting: TypeNesting,
                                          minimumLines: Int) -> Set<[String?]> {
    var subsetLines: [[String?]: Int] = [:]
    for (top, modules) in sharedBy { subsetLines[modules, default: 0] += weights[top]! }
    var separate = Set(subsetLines.filter { $0.value >= minimumLines }.keys)
    var referencesOf: [TypeID: Set<TypeID>] = [:]
    for type in ir.types {
        guard let top = nesting.rootOf[type.id] else { continue }
        for reference in type.kind.references {
            if let id = reference.namedType, let target = nesting.rootOf[id], target != top { referencesOf[top, default: []].insert(target) }
        }
    }
    var pending = nesting.roots.filter { sharedBy[$0].map { !separate.contains($0) } == true }
    var visited = Set(pending)
    while let top = pending.popLast() {
        for target in referencesOf[top] ?? [] {
            guard let modules = sharedBy[target] else { continue }
            if separate.remove(modules) != nil {
                let joining = nesting.roots.filter { sharedBy[$0] == modules && visited.insert($0).inserted }
                pending += joining
            } else if !separate.contains(modules), visited.insert(target).inserted {
                pending.append(target)
            }
        }
    }
        return separate
    }

    /// Where the types no operation reaches live, given where the reached ones do: with the one tag's
    /// module they reach, else in `other` when they reach only shared types, else in the root; then those
    /// that reach a type left in `other` while belonging to a tag move up to the root, which imports both.
    private static func placeUnreached(placed module: [TypeID: String], ir: IRDocument, nesting: TypeNesting, rootModule: String,
                                       other: String, shared sharedModules: Set<String>) -> [TypeID: String] {
        let unreached = nesting.roots.filter { module[$0] == nil }
        var reachedRoots: [TypeID: Set<TypeID>] = [:]
        for top in unreached {
            reachedRoots[top] = Set(ir.reachableTypes(from: [.named(top)]).compactMap { nesting.rootOf[$0] }).subtracting([top])
        }
        var placed: [TypeID: String] = [:]
        for top in unreached {
            let homes = Set(reachedRoots[top]!.compactMap { module[$0] }).subtracting(sharedModules)
            placed[top] = homes.isEmpty ? other : homes.count == 1 ? homes.first! : rootModule
        }
        for top in unreached where placed[top] != other && placed[top] != rootModule {
            if reachedRoots[top]!.contains(where: { placed[$0] == other }) { placed[top] = rootModule }
        }
        return placed
    }

    /// Every module name the layout may use, which no type may take.
    package var moduleNames: Set<String> {
        Set(tagModules.values).union(sharedSubsets).union([root, shared, other])
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
