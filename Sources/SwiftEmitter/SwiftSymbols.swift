import SchemaIR

/// The Swift names a spec's constructs get, as the emitter would write them: for tools that talk about
/// the generated API (the spec diff names the symbols a change affects).
public struct SwiftSymbols: Sendable {
    /// Qualified type names, e.g. `FollowUpV2.Status`.
    public let types: [TypeID: String]
    /// Per object type: wire property name → Swift property name.
    public let properties: [TypeID: [String: String]]
    /// Per enum type: raw value → case name.
    public let enumCases: [TypeID: [String: String]]
    /// Operation key → `FollowUpsV2Client.list(incidentID:incidentMode:)`.
    public let operations: [String: String]

    /// How generated code spells a type reference, e.g. `[FollowUpV2.Status]?`.
    public func spelling(of type: TypeRef) -> String {
        TypeRendering.spelling(of: type, names: types)
    }
}

extension SwiftEmitter {
    public func symbols(for ir: IRDocument) -> SwiftSymbols {
        let clientName = options.rootClientName
        let groupNames = ClientEmitter.groupTypeNames(for: ir, clientName: clientName)
        let names = TypeNames(ir: ir, reserved: Set(groupNames.values).union([clientName, options.moduleName]))
        var properties: [TypeID: [String: String]] = [:]
        var cases: [TypeID: [String: String]] = [:]
        for type in ir.types {
            switch type.kind {
            case .object(let object):
                var scope = NameScope(reserved: ModelEmitter.reservedMemberNames)
                var map: [String: String] = [:]
                for field in object.fields { map[field.name] = scope.claim(SwiftNames.memberName(field.name, fallback: "property")) }
                properties[type.id] = map
            case .enumeration(let enumeration):
                cases[type.id] = Dictionary(EnumEmitter.cases(of: enumeration).cases.map { ($0.rawValue, $0.name) }) { first, _ in first }
            default:
                break
            }
        }
        // Method names are claimed in the order the client emitter claims them.
        var operations: [String: String] = [:]
        var rootScope = NameScope(reserved: ["client", "defaultServerURL", "init"])
        for group in ir.groups {
            guard let tag = group.tag else { continue }
            _ = rootScope.claim(SwiftNames.memberName(tag, fallback: "operations"))
            var scope = NameScope(reserved: ["client", "init"])
            for operation in group.operations {
                operations[operation.key] = groupNames[tag]! + "." + Self.signature(of: operation, tag: tag, scope: &scope)
            }
        }
        for group in ir.groups where group.tag == nil {
            for operation in group.operations {
                operations[operation.key] = clientName + "." + Self.signature(of: operation, tag: nil, scope: &rootScope)
            }
        }
        return SwiftSymbols(types: names.qualified, properties: properties, enumCases: cases, operations: operations)
    }

    /// `list(incidentID:incidentMode:)`: path parameters, then the body (`_`), then the rest.
    static func signature(of operation: IROperation, tag: String?, scope: inout NameScope) -> String {
        let name = ClientEmitter.claimMethodNames(operation, tag: tag, in: &scope).plain
        let arguments = ClientEmitter.argumentNames(operation)
        let path = arguments.filter { $0.parameter.location == .path }.map(\.name)
        let other = arguments.filter { $0.parameter.location != .path }.map(\.name)
        let body = operation.requestBody.map { $0.contents.isEmpty ? [] : ["_"] } ?? []
        return name + "(" + (path + body + other).map { $0 + ":" }.joined() + ")"
    }
}
