import SchemaIR

/// One generated file: what it declares and which modules its API mentions (for its imports).
package struct FilePlan: Sendable {
    /// A piece of code one emitter job writes.
    package enum Part: Sendable {
        /// Top-level models (each with the types nested in it), in this order.
        case models([TypeID])
        case rootClient
        /// The client of `tagClients[index]`.
        case tagClient(Int)
        case typeRegistry
        /// The union of the webhook events.
        case webhookEvents
        /// The modules layout's `enum Deprecated {}`, in the shared module, which the others extend.
        case deprecatedNamespace
        /// The modules layout's re-exports of the other modules, in the root module.
        case exports([String])

        /// The root client's piece, whose file records the spec's digest.
        package var isRootClient: Bool {
            if case .rootClient = self { return true }
            return false
        }
    }

    package struct Piece: Sendable {
        /// The file the piece is its own file in, in the split layout.
        package let name: String
        package let part: Part
        /// About how many lines it takes, for scheduling the emitter's parallel jobs.
        package let estimatedLines: Int
        package let uses: ModuleUses
        /// The module the piece belongs to, in the modules layout.
        package var module: String? = nil
    }

    package let name: String
    /// What the file holds, in order; one piece in the split layout, several in the bundle layout.
    package let pieces: [Piece]
    package var uses: ModuleUses { pieces.map(\.uses).reduce(ModuleUses(), |) }
}

extension GenerationPlan {
    func filePlans(chunks: [ModelFiles.Chunk]) -> [FilePlan] {
        var pieces: [FilePlan.Piece] = chunks.map { chunk in
            FilePlan.Piece(name: chunk.name, part: .models(chunk.roots), estimatedLines: chunk.estimatedLines,
                           uses: chunk.roots.map(uses(ofModel:)).reduce(ModuleUses(), |))
        }
        var clientPieces = [FilePlan.Piece(name: rootClient.typeName + ".swift", part: .rootClient, estimatedLines: ir.groups.count * 4,
                                           uses: uses(ofClient: rootClient, isRoot: true))]
        for (index, client) in tagClients.enumerated() {
            clientPieces.append(FilePlan.Piece(name: client.typeName + ".swift", part: .tagClient(index),
                                               estimatedLines: client.operations.count * 40, uses: uses(ofClient: client, isRoot: false)))
        }
        if let events = webhookEvents {
            let uses = events.cases.map { ModuleUses.of($0.payload, names: names) }.reduce(ModuleUses(runtime: true), |)
            pieces.append(FilePlan.Piece(name: events.typeName + ".swift", part: .webhookEvents, estimatedLines: events.cases.count * 8, uses: uses))
        }
        if options.typeRegistry {
            // The registry's API mentions only `String` and `Codable`.
            pieces.append(FilePlan.Piece(name: "TypeRegistry.swift", part: .typeRegistry, estimatedLines: ir.types.count * 2, uses: ModuleUses()))
        }
        switch options.layout {
        case .split:
            return (pieces + clientPieces).map { FilePlan(name: $0.name, pieces: [$0]) }.sorted { $0.name < $1.name }
        case .modules:
            return modulePlacement(pieces + clientPieces).map { FilePlan(name: $0.name, pieces: [$0]) }.sorted { $0.name < $1.name }
        case .bundle:
            // Exactly `Types.swift` and `Client.swift`: names known before generating, as a build plugin needs.
            return [FilePlan(name: "Client.swift", pieces: clientPieces.sorted { $0.name < $1.name }),
                    FilePlan(name: "Types.swift", pieces: pieces.sorted { $0.name < $1.name })]
        }
    }
}

extension GenerationPlan {
    /// Puts each piece in its module's folder and adds the pieces only the modules layout has.
    private func modulePlacement(_ pieces: [FilePlan.Piece]) -> [FilePlan.Piece] {
        guard let split else { return pieces }
        let tagIndex = Dictionary(uniqueKeysWithValues: tagClients.enumerated().compactMap { index, client in client.tag.map { (index, $0) } })
        var placed = pieces.map { piece -> FilePlan.Piece in
            var piece = piece
            switch piece.part {
            case .models(let roots):
                // The chunk's name holds its module's folder already.
                piece.module = roots.first.flatMap { split.moduleOf[$0] }
                return piece
            case .tagClient(let index):
                piece.module = tagIndex[index].flatMap { split.tagModules[$0] } ?? split.root
            case .rootClient, .typeRegistry, .webhookEvents, .deprecatedNamespace, .exports:
                piece.module = split.root
            }
            return FilePlan.Piece(name: piece.module! + "/" + piece.name, part: piece.part, estimatedLines: piece.estimatedLines,
                                  uses: piece.uses, module: piece.module)
        }
        if names.deprecatedNamespace != nil {
            placed.append(FilePlan.Piece(name: split.shared + "/" + names.deprecatedNamespace! + ".swift", part: .deprecatedNamespace,
                                         estimatedLines: 3, uses: ModuleUses(), module: split.shared))
        }
        let modules = Set(placed.compactMap(\.module)).subtracting([split.root]).sorted()
        placed.append(FilePlan.Piece(name: split.root + "/Exports.swift", part: .exports(modules), estimatedLines: modules.count,
                                     uses: ModuleUses(modules: Set(modules)), module: split.root))
        return placed
    }
}
