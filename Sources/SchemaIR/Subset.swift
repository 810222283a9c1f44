/// Which operations to generate: for users of big APIs who call a few of them.
///
/// An operation is kept when no include is given or it matches one (any of its tags is an included tag,
/// or its operationId or key is an included operation), and it matches no exclude. Types are kept
/// when a kept operation reaches them (transitively), and so are the types they are declared in.
public struct OperationSubset: Sendable, Hashable {
    public var includeTags: [String]
    public var includeOperations: [String]
    public var excludeTags: [String]
    public var excludeOperations: [String]

    public init(includeTags: [String] = [], includeOperations: [String] = [], excludeTags: [String] = [],
                excludeOperations: [String] = []) {
        self.includeTags = includeTags
        self.includeOperations = includeOperations
        self.excludeTags = excludeTags
        self.excludeOperations = excludeOperations
    }

    public var isEverything: Bool {
        includeTags.isEmpty && includeOperations.isEmpty && excludeTags.isEmpty && excludeOperations.isEmpty
    }

    func keeps(_ operation: IROperation) -> Bool {
        func named(_ names: [String]) -> Bool {
            names.contains(operation.key) || operation.operationID.map(names.contains) == true
        }
        let included = (includeTags.isEmpty && includeOperations.isEmpty)
            || operation.tags.contains(where: includeTags.contains) || named(includeOperations)
        return included && !operation.tags.contains(where: excludeTags.contains) && !named(excludeOperations)
    }

    /// Names given that match no tag or operation of the document: almost always a typo.
    public func unmatchedNames(in ir: IRDocument) -> [String] {
        let tags = Set(ir.operations.flatMap(\.tags))
        let operations = Set(ir.operations.flatMap { [$0.key] + ($0.operationID.map { [$0] } ?? []) })
        return (includeTags + excludeTags).filter { !tags.contains($0) }.map { "tag '\($0)'" }
            + (includeOperations + excludeOperations).filter { !operations.contains($0) }.map { "operation '\($0)'" }
    }
}

extension IRDocument {
    /// The document with only the operations the subset keeps and the types they reach.
    public func restricted(to subset: OperationSubset) -> IRDocument {
        guard !subset.isEverything else { return self }
        var groups = self.groups
        for index in groups.indices { groups[index].operations.removeAll { !subset.keeps($0) } }
        groups.removeAll { $0.operations.isEmpty }
        var kept = reachableTypes(from: groups.flatMap(\.operations).flatMap(\.referencedTypes))
        // A lifted type is declared inside the type it came from: keep the enclosing types too.
        while true {
            let parents = kept.compactMap { self[$0]?.parent }.filter { !kept.contains($0) }
            if parents.isEmpty { break }
            kept.formUnion(reachableTypes(from: parents.map(TypeRef.named)))
        }
        var result = IRDocument(
            file: file, title: title, version: version, description: description, openAPIVersion: openAPIVersion,
            servers: servers, types: types.filter { kept.contains($0.id) }, groups: groups,
            securitySchemes: securitySchemes, security: security, warnings: warnings, conventions: conventions)
        result.subset = subset
        return result
    }

    /// The named types the given references lead to, through fields, items, values, variants and aliases.
    public func reachableTypes(from roots: [TypeRef]) -> Set<TypeID> {
        var found = Set<TypeID>()
        var pending = roots
        while let type = pending.popLast() {
            switch type {
            case .array(let inner), .map(let inner), .nullable(let inner):
                pending.append(inner)
            case .named(let id):
                guard found.insert(id).inserted, let named = self[id] else { continue }
                pending += named.kind.references
            case .string, .integer, .number, .boolean, .any:
                break
            }
        }
        return found
    }
}

extension NamedType.Kind {
    /// The types a declaration of this kind refers to directly: its fields, values, variants, mapped
    /// discriminator values or alias target (each possibly inside arrays, maps and optionals).
    public var references: [TypeRef] {
        switch self {
        case .object(let object):
            var references = object.fields.map(\.type)
            if case .typed(let values) = object.additionalProperties { references.append(values) }
            if let variants = object.variants { references.append(variants) }
            return references
        case .union(let union): return union.variants + (union.discriminator?.mapping.map(\.type) ?? [])
        case .alias(let target): return [target]
        case .enumeration: return []
        }
    }
}
