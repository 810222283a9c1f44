import Diagnostics
import Foundation
import SchemaIR

/// Every Swift decision about one API, made once before any text is written: the names of types,
/// members, cases, clients, methods and arguments; which request and response bodies methods use; how
/// paged lists bind to members; which files hold what and what each imports; and the warnings about what
/// the Swift output cannot express. Emitters print a plan without deciding anything; tools that talk
/// about the generated API (``SwiftSymbols``, the spec diff) read it instead of replaying an emitter.
package struct GenerationPlan: Sendable {
    package let ir: IRDocument
    package let options: GenerationOptions
    package let names: TypeNames
    package let rootClient: ClientPlan
    /// One client per tag, in the document's order.
    package let tagClients: [ClientPlan]
    /// The root client's property for each tag's client.
    package let tagProperties: [TagPropertyPlan]
    package let objects: [TypeID: ObjectPlan]
    package let enums: [TypeID: EnumPlan]
    package let unions: [TypeID: UnionPlan]
    /// Unions whose cases are boxed (`indirect`) for size; recursive unions are boxed anyway.
    package let indirectUnions: Set<TypeID>
    /// Types a request body can contain: their optional nullable fields can be sent as `null`.
    package let requestTypes: Set<TypeID>
    /// Types whose properties are `var` (what requests carry, which callers build); nil when every model is.
    package let mutableTypes: Set<TypeID>?
    /// The first server the document declares, with its variables' defaults, or `http://localhost`.
    package let defaultServerURL: String
    /// Whether the document declares HTTP bearer authentication, so the root client requires a token.
    /// The security schemes, default requirements and credentials of the client.
    package let security: SecurityPlan
    package let typeRegistryName: String
    /// The union of the events the API sends, when its webhooks declare the discriminating field.
    package let webhookEvents: WebhookEventsPlan?
    /// Which module declares what, in the modules layout.
    package let split: ModuleSplit?
    /// The files to write, each with what it declares and imports.
    package private(set) var files: [FilePlan] = []
    /// What the Swift output cannot express and the fallback used, located in the spec.
    package let warnings: [Diagnostic]
    package let defaults: DefaultValues

    package init(_ ir: IRDocument, options: GenerationOptions) {
        self.ir = ir
        self.options = options
        var warnings: [Diagnostic] = []
        let rootName = Self.rootClientName(options)
        var groupScope = NameScope(reserved: TypeNames.reserved.union([rootName]))
        var groupTypeNames: [String: String] = [:]
        var groupProtocolNames: [String: String] = [:]
        for group in ir.groups {
            guard let tag = group.tag else { continue }
            groupTypeNames[tag] = groupScope.claim(SwiftNames.typeName(SwiftNames.upperCamel(tag) + "Client"))
            groupProtocolNames[tag] = groupScope.claim(SwiftNames.typeName(SwiftNames.upperCamel(tag) + "API"))
        }
        // The event union's name is taken before any schema's, like the clients'.
        let eventsName = SwiftNames.typeName(SwiftNames.typeName(options.moduleName) + "WebhookEvent")
        let hasEvents = ir.webhooks.contains(where: \.isDiscriminated)
        // The modules layout's module names are taken before any type's too: a type named like a module
        // would make the module's name ambiguous in qualified references.
        let nesting = TypeNesting(ir: ir)
        let split = options.layout == .modules
            ? ModuleSplit(ir: ir, rootModule: options.moduleName, clientNames: groupTypeNames, nesting: nesting,
                          minimumLines: options.minimumModuleLines) : nil
        let names = TypeNames(ir: ir, reserved: Set(groupTypeNames.values).union(groupProtocolNames.values)
            .union([rootName, options.moduleName]).union(hasEvents ? [eventsName] : []).union(split?.moduleNames ?? []),
                              nesting: nesting)
        self.names = names
        self.split = split
        // Which file holds which model depends only on the names: worked out meanwhile on another thread.
        let chunks = Concurrently { [groupTypeNames] in ModelFiles.chunks(ir: ir, names: names, groupTypeNames: groupTypeNames, split: split) }

        // Each type's members are named in a scope of its own: name them on all cores, a slice of the
        // types at a time, and merge in a fixed order.
        enum ModelPlan: Sendable { case object(ObjectPlan), enumeration(EnumPlan), union(UnionPlan) }
        let positions = Dictionary(uniqueKeysWithValues: ir.types.enumerated().map { ($1.id, $0) })
        let slices = stride(from: 0, to: ir.types.count, by: 128).map { $0..<min($0 + 128, ir.types.count) }
        let multipart = Self.multipartPayloads(ir)
        let layout = InlineLayout(ir: ir)
        let planned = slices.concurrentMap { range -> [(TypeID, ModelPlan)] in
            ir.types[range].compactMap { type in
                switch type.kind {
                case .object(let object):
                    return (type.id, .object(ObjectPlan(object, names: names, multipartPayload: multipart.contains(type.id),
                                                          boxedForSize: layout.boxedFields[type.id] ?? [])))
                case .enumeration(let enumeration): return (type.id, .enumeration(EnumPlan(enumeration)))
                case .union(let union): return (type.id, .union(UnionPlan(union, id: type.id, ir: ir, names: names, positions: positions)))
                case .alias: return nil
                }
            }
        }
        var objects: [TypeID: ObjectPlan] = [:]
        var enums: [TypeID: EnumPlan] = [:]
        var unions: [TypeID: UnionPlan] = [:]
        for (id, model) in planned.joined() {
            switch model {
            case .object(let plan): objects[id] = plan
            case .enumeration(let plan): enums[id] = plan
            case .union(let plan): unions[id] = plan
            }
        }
        self.objects = objects
        self.enums = enums
        self.unions = unions
        self.indirectUnions = layout.indirectUnions

        // The root client's members: a property per tag, then the untagged operations' methods.
        var rootScope = NameScope(reserved: ["client", "defaultServerURL", "init"])
        var properties: [TagPropertyPlan] = []
        // A nested tag's client is a property of its parent's client, not of the root.
        let nestedUnder: [String: String] = Dictionary(ir.groups.compactMap { group in
            guard let tag = group.tag, let parent = group.parent, groupTypeNames[parent] != nil else { return nil }
            return (tag, parent)
        }) { first, _ in first }
        for group in ir.groups where group.tag.map({ nestedUnder[$0] == nil }) ?? false {
            guard let tag = group.tag, let typeName = groupTypeNames[tag] else { continue }
            properties.append(TagPropertyPlan(tag: tag, name: rootScope.claim(SwiftNames.memberName(tag, fallback: "operations")),
                                              typeName: typeName, description: group.description))
        }
        // Each tag's client names its methods in its own scope: plan the clients on all cores.
        let tagged = ir.groups.filter { $0.tag.flatMap { groupTypeNames[$0] } != nil }
        let (clientNames, protocolNames, objectPlans) = (groupTypeNames, groupProtocolNames, objects)
        let tagClients = tagged.concurrentMap(weights: tagged.map(\.operations.count)) { group -> ClientPlan in
            var scope = NameScope(reserved: ["client", "init"])
            let operations = group.operations.map { OperationPlan($0, tag: group.tag, scope: &scope, ir: ir, objects: objectPlans, objectStyle: options.queryObjectStyle) }
            var children: [TagPropertyPlan] = []
            for child in ir.groups where child.tag.map({ nestedUnder[$0] == group.tag }) ?? false {
                guard let childTag = child.tag, let childType = clientNames[childTag] else { continue }
                children.append(TagPropertyPlan(tag: childTag, name: scope.claim(SwiftNames.memberName(childTag, fallback: "operations")),
                                                typeName: childType, description: child.description))
            }
            var plan = ClientPlan(tag: group.tag, typeName: clientNames[group.tag!]!, protocolName: protocolNames[group.tag!],
                              description: group.description, operations: operations)
            plan.children = children
            return plan
        }
        let untagged = ir.groups.first { $0.tag == nil }?.operations ?? []
        let rootOperations = untagged.map { OperationPlan($0, tag: nil, scope: &rootScope, ir: ir, objects: objects, objectStyle: options.queryObjectStyle) }
        rootClient = ClientPlan(tag: nil, typeName: rootName, protocolName: nil, description: nil, operations: rootOperations)
        self.tagClients = tagClients
        self.tagProperties = properties

        requestTypes = ir.reachableTypes(from: ir.operations.flatMap { $0.requestBody?.contents.compactMap(\.type) ?? [] })
        mutableTypes = options.mutableModels ? nil : requestTypes.union(ir.reachableTypes(from: ir.operations.flatMap { $0.parameters.map(\.type) }))
        security = SecurityPlan(ir: ir, warnings: &warnings)
        defaultServerURL = Self.defaultServer(ir, warnings: &warnings)
        typeRegistryName = SwiftNames.typeName(SwiftNames.typeName(options.moduleName) + "TypeRegistry")
        webhookEvents = hasEvents ? WebhookEventsPlan(ir: ir, typeName: eventsName) : nil
        defaults = DefaultValues(ir: ir)
        for client in [rootClient] + tagClients {
            for operation in client.operations { Self.checkOperation(operation, file: ir.file, warnings: &warnings) }
        }
        self.warnings = warnings + defaults.warnings(in: ir)
        // The files read the rest of the plan, so they are settled last.
        files = filePlans(chunks: chunks.value)
    }

    /// The optional nullable members, for which absent and `null` differ: a request payload sends `null` on
    /// purpose (PATCH semantics) for those `explicitNulls` names, and a decoded value records the ones that
    /// arrived as `null`, so it re-encodes them as `null`.
    package func clearableMembers(of id: TypeID) -> [MemberPlan] {
        objects[id]?.members.filter(\.isClearable) ?? []
    }

    /// Whether the type's properties are `var`.
    package func isMutable(_ id: TypeID) -> Bool {
        mutableTypes?.contains(id) ?? true
    }

    /// The root client's type name: `clientName`, else the module name with its first letter upper-cased
    /// (type names are UpperCamelCase: module `petdemo` → `PetdemoClient`) and `Client` appended.
    static func rootClientName(_ options: GenerationOptions) -> String {
        if let clientName = options.clientName { return SwiftNames.typeName(clientName) }
        var module = SwiftNames.typeName(options.moduleName)
        if let first = module.first, first.isLowercase, first.isASCII {
            module = first.uppercased() + module.dropFirst()
        }
        return SwiftNames.typeName(module + "Client")
    }

    /// Object types that are multipart bodies (the body chosen for their operation) and appear nowhere else
    /// that is JSON: their binary properties can be files with a name and a content type.
    static func multipartPayloads(_ ir: IRDocument) -> Set<TypeID> {
        var payloads = Set<TypeID>()
        var elsewhere: [TypeRef] = []
        for operation in ir.operations {
            elsewhere += operation.parameters.map(\.type)
            elsewhere += operation.responses.flatMap { $0.contents.compactMap(\.type) }
            guard let body = operation.requestBody else { continue }
            if case .multipart(let type, _, _)? = RequestBodyPlan.choose(body, ir: ir), case .named(let id) = ir.resolved(type) {
                payloads.insert(id)
                elsewhere += body.contents.filter { !ContentType.isMultipart($0.contentType) }.compactMap(\.type)
            } else {
                elsewhere += body.contents.compactMap(\.type)
            }
        }
        guard !payloads.isEmpty else { return [] }
        return payloads.subtracting(ir.reachableTypes(from: elsewhere))
    }

    private static func defaultServer(_ ir: IRDocument, warnings: inout [Diagnostic]) -> String {
        guard let server = ir.servers.first else { return "http://localhost" }
        var url = server.url
        for variable in server.variables {
            url = url.replacingOccurrences(of: "{" + variable.name + "}", with: variable.defaultValue)
        }
        // Only RFC 3986 characters: then `URL(string:)` accepts the literal on every platform, so the
        // generated force-unwrap cannot fail.
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)
        guard url.utf8.allSatisfy(allowed.contains), let parsed = URL(string: url), parsed.scheme != nil, parsed.host != nil else {
            warnings.append(Diagnostic(.warning, "server URL '\(server.url)' is not an absolute URL; the client defaults to http://localhost",
                                       file: ir.file, mark: server.mark, pointer: server.pointer))
            return "http://localhost"
        }
        return url
    }

    /// Warnings about what a method cannot express, in the order the emitter met them before.
    private static func checkOperation(_ plan: OperationPlan, file: String, warnings: inout [Diagnostic]) {
        let operation = plan.operation
        func warn(_ message: String) {
            warnings.append(Diagnostic(.warning, message, file: file, mark: operation.mark, pointer: operation.pointer))
        }
        for parameter in operation.parameters where parameter.location == .cookie {
            warn("cookie parameter '\(parameter.name)' is not sent by generated clients")
        }
        if case .raw(let contentType)? = plan.requestBody {
            warn("request body '\(contentType)' is not generated as a model; the method takes the encoded bytes as Data")
        }
        if plan.response == .opaque, let accept = plan.accept {
            warn("success response '\(accept)' is not JSON with a schema; the method returns the bytes as Data")
        }
        for placeholder in pathPlaceholders(operation.path)
        where !plan.arguments.contains(where: { $0.isPath && $0.parameter.name == placeholder }) {
            warn("path parameter '\(placeholder)' is not declared; it is sent literally")
        }
    }

    /// The `{name}` placeholders of a path template, in order.
    package static func pathPlaceholders(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
