import SchemaIR

/// Which file declares each top-level type: the models a tag's operations reach first live beside that
/// tag's client (`FollowUpsV2Models.swift` next to `FollowUpsV2Client.swift`); a type no tagged operation
/// reaches goes beside the first type it refers to, else beside the tag its name speaks of, else in
/// `Models.swift`.
///
/// Besides keeping a type near the operations that use it, this spreads the models across the sorted
/// file list. The Swift driver compiles contiguous runs of that list, equal in file count, as one batch
/// job each, so files of very different sizes make some batches long and leave a core idle at the end
/// of a debug build. Files are therefore also capped at about ``linesPerFile`` lines.
package enum ModelFiles {
    /// About how many lines of declarations a models file holds at most (a single larger type is never
    /// split).
    package static let linesPerFile = 700

    package struct Chunk: Sendable {
        package let name: String
        package let roots: [TypeID]
        /// About how many lines its declarations take.
        package let estimatedLines: Int
    }

    /// - Parameter split: in the modules layout, which module declares each type: the files are then
    ///   grouped by module, each in its module's folder (`IncidentIOFollowUpsV2/FollowUpsV2Models.swift`).
    package static func chunks(ir: IRDocument, names: TypeNames, groupTypeNames: [String: String], split: ModuleSplit? = nil,
                               limit: Int = linesPerFile) -> [Chunk] {
        let rootOf = names.rootOf
        var owner: [TypeID: String] = [:]
        for group in ir.groups {
            guard let tag = group.tag, let typeName = groupTypeNames[tag] else { continue }
            let file = modelsFile(besideClient: typeName)
            for operation in group.operations {
                // Sorted, so the assignment does not depend on set order.
                for id in ir.reachableTypes(from: operation.referencedTypes).sorted() {
                    if let root = rootOf[id], owner[root] == nil { owner[root] = file }
                }
            }
        }
        // A type no operation reaches (a webhook payload, say) goes beside the first type it refers to,
        // else beside the tag its name speaks of (`AuditLogAlertRouteCreatedV2` with "Alert Routes V2").
        let tags = tagWords(ir: ir, groupTypeNames: groupTypeNames)
        for root in names.roots where owner[root] == nil {
            let referenced = ir.reachableTypes(from: [.named(root)]).compactMap { rootOf[$0] }.filter { $0 != root }
            if let home = referenced.sorted().first(where: { owner[$0] != nil }) {
                owner[root] = owner[home]
            } else if let file = namesake(of: names.local[root] ?? "", among: tags) {
                owner[root] = file
            }
        }
        var byFile: [String: [TypeID]] = [:]
        var order: [String] = []
        for root in names.roots {
            let file = (split.flatMap { $0.moduleOf[root] }.map { $0 + "/" } ?? "") + (owner[root] ?? "Models")
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(root)
        }
        return order.flatMap { file -> [Chunk] in
            var pieces: [(roots: [TypeID], lines: Int)] = [([], 0)]
            for root in byFile[file]! {
                let weight = estimatedLines(of: root, ir: ir, nesting: names.nesting)
                if pieces[pieces.count - 1].lines + weight > limit, !pieces[pieces.count - 1].roots.isEmpty {
                    pieces.append(([], 0))
                }
                pieces[pieces.count - 1].roots.append(root)
                pieces[pieces.count - 1].lines += weight
            }
            return pieces.enumerated().map { index, piece in
                Chunk(name: file + (index == 0 ? "" : String(index + 1)) + ".swift", roots: piece.roots, estimatedLines: piece.lines)
            }
        }
    }

    /// Each tag's models file with the words of its name, singular, without a version (`Alert Routes V2`
    /// → alert, route), in the spec's tag order.
    private static func tagWords(ir: IRDocument, groupTypeNames: [String: String]) -> [(file: String, words: Set<String>, version: String?)] {
        ir.groups.compactMap { group in
            guard let tag = group.tag, let typeName = groupTypeNames[tag] else { return nil }
            var words = SwiftNames.words(tag).map { $0.lowercased() }
            let version = words.last.flatMap { $0.count >= 2 && $0.first == "v" && $0.dropFirst().allSatisfy(\.isNumber) ? $0 : nil }
            if version != nil { words.removeLast() }
            return (modelsFile(besideClient: typeName), Set(words.map(singular)), version)
        }
    }

    /// `FollowUpsV2Models` for the client type `FollowUpsV2Client`.
    package static func modelsFile(besideClient typeName: String) -> String {
        (typeName.hasSuffix("Client") ? String(typeName.dropLast("Client".count)) : typeName) + "Models"
    }

    /// The models file of the tag whose every word the type name contains, preferring more words, then a
    /// matching version, then the spec's order; nil when no tag fits.
    private static func namesake(of typeName: String, among tags: [(file: String, words: Set<String>, version: String?)]) -> String? {
        let words = SwiftNames.words(typeName).map { singular($0.lowercased()) }
        let present = Set(words)
        var best: (file: String, score: Int)?
        for tag in tags where !tag.words.isEmpty && tag.words.isSubset(of: present) {
            let score = tag.words.count * 2 + (tag.version.map { present.contains($0) } == true ? 1 : 0)
            if best == nil || score > best!.score { best = (tag.file, score) }
        }
        return best?.file
    }

    private static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// Roughly how many lines a type's declaration takes, with the types nested in it.
    package static func estimatedLines(of id: TypeID, ir: IRDocument, nesting: TypeNesting) -> Int {
        var lines = 8
        switch ir[id]?.kind {
        case .object(let object)?: lines += object.fields.count * 7
        case .enumeration(let enumeration)?: lines += enumeration.cases.count * 3 + 10
        case .union(let union)?: lines += union.variants.count * 8 + 10
        default: break
        }
        return (nesting.children[id] ?? []).reduce(lines) { $0 + estimatedLines(of: $1, ir: ir, nesting: nesting) }
    }
}
