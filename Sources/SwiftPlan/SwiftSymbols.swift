import SchemaIR

/// The Swift names a spec's constructs get, as the generated code declares them: for tools that talk about
/// the generated API (the spec diff names the symbols a change affects). Read from the generation plan,
/// so they are the emitter's names by construction.
public struct SwiftSymbols: Sendable {
    /// Qualified type names, e.g. `FollowUpV2.Status`.
    public let types: [TypeID: String]
    /// Per object type: wire property name → Swift property name.
    public let properties: [TypeID: [String: String]]
    /// Per enum type: raw value → case name.
    public let enumCases: [TypeID: [String: String]]
    /// Operation key → `FollowUpsV2Client.list(incidentID:incidentMode:)`.
    public let operations: [String: String]

    /// The symbols of the code generated for `ir` with `options`.
    public init(_ ir: IRDocument, options: GenerationOptions) {
        self.init(GenerationPlan(ir, options: options))
    }

    package init(_ plan: GenerationPlan) {
        types = plan.names.qualified
        properties = plan.objects.mapValues { object in
            Dictionary(object.members.map { ($0.field.name, $0.name) }) { first, _ in first }
        }
        enumCases = plan.enums.mapValues { enumeration in
            Dictionary(enumeration.cases.map { ($0.rawValue, $0.name) }) { first, _ in first }
        }
        var operations: [String: String] = [:]
        for client in [plan.rootClient] + plan.tagClients {
            for operation in client.operations {
                operations[operation.operation.key] = client.typeName + "." + operation.selector
            }
        }
        self.operations = operations
    }

    /// How generated code spells a type reference, e.g. `[FollowUpV2.Status]?`.
    public func spelling(of type: TypeRef) -> String {
        TypeSpelling.spelling(of: type, names: types)
    }
}
