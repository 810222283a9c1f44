import SchemaIR

/// Which modules a file's API (its `public` or `package` declarations) mentions, worked out from the plan:
/// a module it mentions is imported with that access level, any other without one.
package struct ModuleUses: Sendable, Hashable {
    package var foundation = false
    package var runtime = false

    package init(foundation: Bool = false, runtime: Bool = false) {
        self.foundation = foundation
        self.runtime = runtime
    }

    package static func | (lhs: ModuleUses, rhs: ModuleUses) -> ModuleUses {
        ModuleUses(foundation: lhs.foundation || rhs.foundation, runtime: lhs.runtime || rhs.runtime)
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
    /// What a generated model declaration (with the types nested in it) mentions in its API.
    func uses(ofModel id: TypeID) -> ModuleUses {
        var uses = ModuleUses()
        switch ir[id]?.kind {
        case .object(let object)?:
            let files = objects[id]?.isMultipartPayload == true
            for member in objects[id]?.members ?? [] { uses |= ModuleUses.of(member.field.type, names: names, binaryAsFile: files) }
            if case .typed(let valueType) = object.additionalProperties { uses |= ModuleUses.of(valueType, names: names) }
            if let variants = object.variants { uses |= ModuleUses.of(variants, names: names) }
        case .enumeration?:
            // `public enum X: OpenEnum`; a package type's conformances are not package API.
            if options.access == .public { uses.runtime = true }
        case .union(let union)?:
            uses.runtime = true  // `case undocumented(JSONValue)`
            for variant in union.variants { uses |= ModuleUses.of(variant, names: names) }
        case .alias(let target)?:
            uses |= ModuleUses.of(target, names: names)
        case nil:
            break
        }
        for child in names.children[id] ?? [] { uses |= self.uses(ofModel: child) }
        return uses
    }

    /// What a client's declarations mention: the runtime always (`APIClient`, `ClientError`), and the types
    /// of each method's arguments, body and result.
    func uses(ofClient client: ClientPlan, isRoot: Bool) -> ModuleUses {
        var uses = ModuleUses(foundation: isRoot, runtime: true)  // the root declares `defaultServerURL: URL`
        for operation in client.operations {
            for argument in operation.arguments { uses |= ModuleUses.of(argument.parameter.type, names: names) }
            switch operation.requestBody {
            case .json(let type)?, .form(let type, _)?, .multipart(let type, _, _)?, .multipartParts(let type, _, _, _)?: uses |= ModuleUses.of(type, names: names)
            case .raw?: uses.foundation = true
            case nil: break
            }
            switch operation.response {
            case .json(let type)?, .stream(_, let type)?: uses |= ModuleUses.of(type, names: names)
            case .opaque?: uses.foundation = true
            case nil: break
            }
        }
        return uses
    }
}
