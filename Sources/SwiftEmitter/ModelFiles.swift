import SchemaIR

/// Which file declares each top-level type: the models a tag's operations reach first live beside that
/// tag's client (`FollowUpsV2Models.swift` next to `FollowUpsV2Client.swift`); a type no tagged operation
/// reaches goes beside the first type it refers to, else in `Models.swift`. Large groups are split.
///
/// Besides keeping a type near the operations that use it, this spreads the models across the sorted
/// file list. The Swift driver compiles contiguous runs of that list as one batch job, so one long run
/// of model files would leave a core idle for most of a debug build.
enum ModelFiles {
    struct Chunk {
        let name: String
        let roots: [TypeID]
    }

    static func chunks(ir: IRDocument, names: TypeNames, groupTypeNames: [String: String], limit: Int) -> [Chunk] {
        // The top-level type each type is declared in.
        var rootOf: [TypeID: TypeID] = [:]
        for root in names.roots {
            var pending = [root]
            while let id = pending.popLast() {
                rootOf[id] = root
                pending += names.children[id] ?? []
            }
        }
        var owner: [TypeID: String] = [:]
        for group in ir.groups {
            guard let tag = group.tag, let typeName = groupTypeNames[tag] else { continue }
            let base = typeName.hasSuffix("Client") ? String(typeName.dropLast("Client".count)) : typeName
            for operation in group.operations {
                // Sorted, so the assignment does not depend on set order.
                for id in ir.reachableTypes(from: operation.referencedTypes).sorted() {
                    if let root = rootOf[id], owner[root] == nil { owner[root] = base + "Models" }
                }
            }
        }
        // A type no operation reaches (a webhook payload, say) goes beside the first type it refers to.
        for root in names.roots where owner[root] == nil {
            let referenced = ir.reachableTypes(from: [.named(root)]).compactMap { rootOf[$0] }.filter { $0 != root }
            if let home = referenced.sorted().first(where: { owner[$0] != nil }) { owner[root] = owner[home] }
        }
        var byFile: [String: [TypeID]] = [:]
        var order: [String] = []
        for root in names.roots {
            let file = owner[root] ?? "Models"
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(root)
        }
        return order.flatMap { file -> [Chunk] in
            let roots = byFile[file]!
            let pieces = stride(from: 0, to: roots.count, by: limit).map { Array(roots[$0..<min($0 + limit, roots.count)]) }
            return pieces.enumerated().map { index, piece in
                Chunk(name: file + (index == 0 ? "" : String(index + 1)) + ".swift", roots: piece)
            }
        }
    }
}
