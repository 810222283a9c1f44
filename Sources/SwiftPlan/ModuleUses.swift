import SchemaIR

/// Which modules a file's API (its `public` or `package` declarations) mentions, worked out from the plan:
/// a module it mentions is imported with that access level, any other without one.
package struct ModuleUses: Sendable, Hashable {
    package var foundation = false
    package var runtime = false
    /// The generated modules (in the modules layout) whose types the API mentions.
    package var modules: Set<String> = []
    /// The generated modules whose types only function bodies mention (documented error bodies).
    package var bodyModules: Set<String> = []

    package init(foundation: Bool = false, runtime: Bool = false, modules: Set<String> = [], bodyModules: Set<String> = []) {
        self.foundation = foundation
        self.runtime = runtime
        self.modules = modules
        self.bodyModules = bodyModules
    }

    package static func | (lhs: ModuleUses, rhs: ModuleUses) -> ModuleUses {
        ModuleUses(foundation: lhs.foundation || rhs.foundation, runtime: lhs.runtime || rhs.runtime,
                   modules: lhs.modules.union(rhs.modules), bodyModules: lhs.bodyModules.union(rhs.bodyModules))
    }

    /// The same uses as seen from a file of `module`: its own module is not imported, and a module the API
    /// mentions is not imported a second time for the bodies.
    package func seen(from module: String?) -> ModuleUses {
        var uses = self
        if let module {
            uses.modules.remove(module)
            uses.bodyModules.remove(module)
        }
        uses.bodyModules.subtract(uses.modules)
        return uses
    }

    package static func |= (lhs: inout ModuleUses, rhs: ModuleUses) {
        lhs = lhs | rhs
    }

    /// The modules a type reference's spelling names: `Date` and `Data` are Foundation's, `JSONValue` the
    /// runtime's (also what a type without a generated declaration is spelled as).
    /// - Parameter binaryAsFile: `format: binary` is the runtime's `MultipartFile` (in a multipart payload).
    package static func of(_ type: TypeRef, names: TypeNames, binaryAsFile: Bool = false) -> ModuleUses {
        switch type {
        case .string(.binary) where binaryAsFile: return ModuleUses(runtime: true)
        case .string(.dateTime), .string(.byte), .string(.binary): return ModuleUses(foundation: true)
        case .string, .integer, .number, .boolean: return ModuleUses()
        case .array(let element), .map(let element), .nullable(let element): return of(element, names: names, binaryAsFile: binaryAsFile)
        case .named(let id): return names.qualified[id] == nil ? ModuleUses(runtime: true) : ModuleUses()
        case .any: return ModuleUses(runtime: true)
        }
    }
}

extension GenerationPlan {
    /// What a type reference in a declaration mentions, generated modules included.
    func mentions(_ type: TypeRef, binaryAsFile: Bool = false) -> ModuleUses {
        var uses = ModuleUses.of(type, names: names, binaryAsFile: binaryAsFile)
        if let split {
            uses.modules = split.modules(of: type)
            // `Deprecated.X` names the namespace, which `Shared` declares, besides `X`'s module.
            if let namespace = names.deprecatedNamespace, let id = type.namedType, names.qualified[id]?.hasPrefix(namespace + ".") == true {
                uses.modules.insert(split.shared)
            }
        }
        return uses
    }

    /// What a generated model declaration (with the types nested in it) mentions in its API.
    func uses(ofModel id: TypeID) -> ModuleUses {
        var uses = ModuleUses()
        switch ir[id]?.kind {
        case .object(let object)?:
            let files = objects[id]?.isMultipartPayload == true
            for member in objects[id]?.members ?? [] { uses |= mentions(member.field.type, binaryAsFile: files) }
            if case .typed(let valueType) = object.additionalProperties { uses |= mentions(valueType) }
            if let variants = object.variants { uses |= mentions(variants) }
        case .enumeration?:
            // `public enum X: OpenEnum`; a package type's conformances are not package API.
            if options.access == .public { uses.runtime = true }
        case .union(let union)?:
            uses.runtime = true  // `case undocumented(JSONValue)`
            for variant in union.variants { uses |= mentions(variant) }
        case .alias(let target)?:
            uses |= mentions(target)
        case nil:
            break
        }
        for child in names.children[id] ?? [] { uses |= self.uses(ofModel: child) }
        // `extension Deprecated { … }`
        if let split, names.deprecatedRoots.contains(id) { uses.modules.insert(split.shared) }
        return uses
    }

    /// What a client's declarations mention: the runtime always (`APIClient`, `ClientError`), and the types
    /// of each method's arguments, body and result.
    func uses(ofClient client: ClientPlan, isRoot: Bool) -> ModuleUses {
        var uses = ModuleUses(foundation: isRoot, runtime: true)  // the root declares `defaultServerURL: URL`
        for operation in client.operations {
            for argument in operation.arguments { uses |= mentions(argument.parameter.type) }
            switch operation.requestBody {
            case .json(let type)?, .form(let type, _)?, .multipart(let type, _, _)?, .multipartParts(let type, _, _, _)?: uses |= mentions(type)
            case .raw?: uses.foundation = true
            case nil: break
            }
            switch operation.response {
            case .json(let type)?, .stream(_, let type)?: uses |= mentions(type)
            case .opaque?: uses.foundation = true
            case nil: break
            }
            if let page = operation.page { uses |= mentions(page.itemType) }
            // Documented error bodies are named in the bodies only (`request.errorBodies`).
            if let split { for type in operation.operation.referencedTypes { uses.bodyModules.formUnion(split.modules(of: type)) } }
        }
        if let split {
            // The properties that hand out nested tags' clients (and, on the root, every tag's).
            let tags = isRoot ? tagProperties.map(\.tag) : client.children.map(\.tag)
            uses.modules.formUnion(tags.compactMap { split.tagModules[$0] })
        }
        return uses
    }
}
