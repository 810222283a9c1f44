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
        case .bundle:
            // Exactly `Types.swift` and `Client.swift`: names known before generating, as a build plugin needs.
            return [FilePlan(name: "Client.swift", pieces: clientPieces.sorted { $0.name < $1.name }),
                    FilePlan(name: "Types.swift", pieces: pieces.sorted { $0.name < $1.name })]
        }
    }
}
