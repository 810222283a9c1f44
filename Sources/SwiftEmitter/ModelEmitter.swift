import SchemaIR
import SwiftPlan

/// Emits a named type and, inside it, the types lifted out of it.
struct ModelEmitter {
    let context: EmitContext

    func emit(_ id: TypeID, into printer: inout SwiftPrinter) {
        guard let type = context.ir[id], let name = context.names.local[id] else { return }
        guard let namespace = context.names.deprecatedNamespace, context.names.deprecatedRoots.contains(id) else {
            emitDeclaration(id, type, named: name, into: &printer)
            return
        }
        printer.block("nonisolated extension \(namespace)") { body in
            emitDeclaration(id, type, named: name, into: &body)
        }
        printer.line()
        printer.documentation(context.documentation(type.documentation))
        printer.line(context.deprecation(type.documentation)!)
        printer.line("\(context.access)typealias \(name) = \(namespace).\(name)")
    }

    private func emitDeclaration(_ id: TypeID, _ type: NamedType, named name: String, into printer: inout SwiftPrinter) {
        let doc = context.documentation(type.documentation)
        switch type.kind {
        case .object(let object):
            printer.documentation(doc)
            printer.block("nonisolated \(context.access)struct \(name): Codable, Hashable, Sendable") { body in
                emitObject(object, id: id, named: name, into: &body)
                emitNested(of: id, into: &body)
            }
        case .enumeration(let enumeration):
            printer.documentation(doc)
            EnumEmitter(context: context).emit(enumeration, context.plan.enums[id]!, named: name, into: &printer) { body in
                emitNested(of: id, into: &body)
            }
        case .union(let union):
            printer.documentation(doc)
            UnionEmitter(context: context).emit(context.plan.unions[id]!, union, named: name, indirect: type.isRecursive || context.plan.indirectUnions.contains(id), into: &printer) { body in
                emitNested(of: id, into: &body)
            }
        case .alias(let target):
            printer.documentation(doc)
            printer.line("\(context.access)typealias \(name) = \(context.rendering.swiftType(target))")
        }
    }

    private func emitNested(of id: TypeID, into printer: inout SwiftPrinter) {
        for child in context.names.children[id] ?? [] {
            printer.line()
            emit(child, into: &printer)
        }
    }

    // MARK: Objects

    private typealias Member = MemberPlan

    private func emitObject(_ object: ObjectType, id: TypeID, named name: String, into printer: inout SwiftPrinter) {
        let members = context.plan.objects[id]?.members ?? []
        let clearable = context.plan.clearableMembers(of: id)
        let rendering = context.rendering
        let access = context.access
        var extraType: String?
        if case .typed(let valueType) = object.additionalProperties { extraType = rendering.swiftType(valueType) }

        let mutable = context.plan.isMutable(id)
        let binding = mutable ? "var" : "let"
        for member in members {
            let type = member.swiftType + (member.isOptional ? "?" : "")
            printer.documentation(context.documentation(member.field.documentation))
            if let deprecation = context.deprecation(member.field.documentation) { printer.line(deprecation) }
            if member.isDeprecated, !member.isBoxed {
                printer.block("\(access)var \(member.escaped): \(type)") { body in
                    guard mutable else { return body.line(member.storage) }
                    body.line("get { \(member.storage) }")
                    body.line("set { \(member.storage) = newValue }")
                }
                printer.line("private \(binding) \(member.storage): \(type)")
            } else if member.isBoxed {
                let boxType = "Indirect<\(member.swiftType)>" + (member.isOptional ? "?" : "")
                let write = member.isOptional ? "newValue.map(Indirect.init)" : "Indirect(newValue)"
                printer.block("\(access)var \(member.escaped): \(type)") { body in
                    guard mutable else { return body.line(member.value) }
                    body.line("get { \(member.value) }")
                    body.line("set { \(member.boxName) = \(write) }")
                }
                printer.line("private \(binding) \(member.boxName): \(boxType)")
            } else {
                printer.line("\(access)\(binding) \(member.escaped): \(type)")
            }
        }
        let variants = context.plan.objects[id]?.variants
        if let variants {
            printer.documentation("Which of the schema's `oneOf`/`anyOf` variants the object also is (decoded from the same object).")
            printer.line("\(access)\(binding) \(SwiftNames.escaped(variants.name)): \(variants.swiftType)")
        }
        if let extraType {
            printer.documentation("Properties beyond the documented ones.")
            printer.line("\(access)\(binding) additionalProperties: [String: \(extraType)]")
        }
        if !clearable.isEmpty {
            printer.documentation("Fields to send as JSON `null` while their value is nil (to clear them); other nil fields are left out. Decoding records the fields that arrived as `null`.")
            printer.line("\(access)\(binding) explicitNulls: Set<NullableField>")
            printer.line()
            printer.documentation("The optional fields that can be sent as `null`.")
            printer.block("\(access)enum NullableField: String, Hashable, Sendable, CaseIterable") { body in
                for member in clearable {
                    body.line(member.escaped == member.field.name ? "case \(member.escaped)" : "case \(member.escaped) = \(SwiftLiteral.string(member.field.name))")
                }
            }
        }

        // Memberwise initialiser: a schema default is the argument's default; other optionals default to nil.
        let defaults = context.plan.defaults
        var parameters = members.map { member -> String in
            let type = member.swiftType + (member.isOptional ? "?" : "")
            let value = member.field.needsIndirection ? nil : defaults.expression(member.field.defaultValue, for: member.field.type)
            if let value { return "\(member.escaped): \(type) = \(value)" }
            return member.isOptional ? "\(member.escaped): \(type) = nil" : "\(member.escaped): \(type)"
        }
        if let variants { parameters.append("\(SwiftNames.escaped(variants.name)): \(variants.swiftType)") }
        if let extraType { parameters.append("additionalProperties: [String: \(extraType)] = [:]") }
        if !clearable.isEmpty { parameters.append("explicitNulls: Set<NullableField> = []") }
        printer.line()
        printer.block("\(access)init(\(parameters.joined(separator: ", ")))") { body in
            for member in members {
                if member.isBoxed {
                    let value = member.isOptional ? "\(member.escaped).map(Indirect.init)" : "Indirect(\(member.escaped))"
                    body.line("self.\(member.boxName) = \(value)")
                } else {
                    body.line("self.\(member.storage) = \(member.escaped)")
                }
            }
            if let variants { body.line("self.\(variants.name) = \(SwiftNames.escaped(variants.name))") }
            if extraType != nil { body.line("self.additionalProperties = additionalProperties") }
            if !clearable.isEmpty { body.line("self.explicitNulls = explicitNulls") }
        }

        // Coding is always written out, keyed by the wire names themselves: no CodingKeys enum (whose
        // synthesized conformances cost more to compile than these bodies) and one way to code every model.
        let files = context.plan.objects[id]?.isMultipartPayload == true
        emitDecoding(members, clearable: clearable, object: object, variants: variants, files: files, into: &printer)
        emitEncoding(members, clearable: clearable, object: object, variants: variants, files: files, into: &printer)
    }

    /// Whether the object keeps extra properties, which are coded through the same keyed container.
    private func keepsExtraProperties(_ object: ObjectType) -> Bool {
        if case .typed = object.additionalProperties { return true }
        return false
    }

    /// - Parameter files: the object is a multipart payload, whose binary properties are `MultipartFile`s.
    private func emitDecoding(_ members: [Member], clearable: [Member], object: ObjectType, variants: (name: String, swiftType: String)?, files: Bool,
                              into printer: inout SwiftPrinter) {
        let rendering = files ? context.rendering.binaryAsFile() : context.rendering
        printer.line()
        printer.block("\(context.access)init(from decoder: any Decoder) throws") { body in
            body.line(members.isEmpty && !keepsExtraProperties(object) ? "_ = try decoder.container(keyedBy: JSONKey.self)" : "let container = try decoder.container(keyedBy: JSONKey.self)")
            for member in members {
                let key = SwiftLiteral.string(member.field.name)
                let type = member.field.type
                let target = "self." + member.storage
                var value: String
                if case .string(.dateTime) = rendering.resolved(type) {
                    value = member.isOptional ? "try container.decodeDateIfPresent(forKey: \(key))" : "try container.decodeDate(forKey: \(key))"
                } else {
                    let wire = rendering.wireType(type)
                    // Not `decode`/`decodeIfPresent`: see the runtime's FieldCoding.swift for why.
                    let call = member.isOptional ? "decodeValueIfPresent" : "decodeValue"
                    value = "try container.\(call)(\(wire).self, forKey: \(key))"
                    if rendering.containsDate(type) {
                        value = member.isOptional ? "(\(value)).map { \(rendering.fromWire(type, "$0")) }" : rendering.fromWire(type, "(\(value))")
                    }
                }
                if member.isBoxed {
                    value = member.isOptional ? "(\(value)).map(Indirect.init)" : "Indirect(\(value))"
                }
                body.line("\(target) = \(value)")
            }
            if !clearable.isEmpty {
                body.line("var explicitNulls: Set<NullableField> = []")
                for member in clearable {
                    body.line("if try container.containsNull(forKey: \(SwiftLiteral.string(member.field.name))) { explicitNulls.insert(.\(member.escaped)) }")
                }
                body.line("self.explicitNulls = explicitNulls")
            }
            if case .typed(let valueType) = object.additionalProperties {
                let known = members.map { SwiftLiteral.string($0.field.name) }.joined(separator: ", ")
                body.line("let known: Set<String> = [\(known)]")
                body.line("var additionalProperties: [String: \(rendering.swiftType(valueType))] = [:]")
                body.block("for key in container.allKeys where !known.contains(key.stringValue)") { loop in
                    let decoded = "try container.decodeValue(\(rendering.wireType(valueType)).self, forKey: key)"
                    loop.line("additionalProperties[key.stringValue] = \(rendering.fromWire(valueType, decoded))")
                }
                body.line("self.additionalProperties = additionalProperties")
            }
            if let variants { body.line("self.\(variants.name) = try \(variants.swiftType)(from: decoder)") }
        }
    }

    private func emitEncoding(_ members: [Member], clearable: [Member], object: ObjectType, variants: (name: String, swiftType: String)?, files: Bool,
                              into printer: inout SwiftPrinter) {
        let rendering = files ? context.rendering.binaryAsFile() : context.rendering
        printer.line()
        printer.block("\(context.access)func encode(to encoder: any Encoder) throws") { body in
            if !members.isEmpty || keepsExtraProperties(object) { body.line("var container = encoder.container(keyedBy: JSONKey.self)") }
            let clearableNames = Set(clearable.map(\.name))
            for member in members {
                let key = SwiftLiteral.string(member.field.name)
                let type = member.field.type
                let value = member.value
                if member.alwaysSent || clearableNames.contains(member.name) {
                    let sendsNull = member.alwaysSent ? "true" : "explicitNulls.contains(.\(member.escaped))"
                    if case .string(.dateTime) = rendering.resolved(type) {
                        body.line("try container.encodeDate(\(value), forKey: \(key), sendsNull: \(sendsNull))")
                    } else {
                        let wire = rendering.containsDate(type) ? "\(value).map { \(rendering.toWire(type, "$0")) }" : value
                        body.line("try container.encode(\(wire), forKey: \(key), sendsNull: \(sendsNull))")
                    }
                    continue
                }
                if case .string(.dateTime) = rendering.resolved(type) {
                    body.line(member.isOptional ? "try container.encodeDateIfPresent(\(value), forKey: \(key))" : "try container.encodeDate(\(value), forKey: \(key))")
                    continue
                }
                var wire = value
                if rendering.containsDate(type) {
                    wire = member.isOptional ? "\(value).map { \(rendering.toWire(type, "$0")) }" : rendering.toWire(type, value)
                }
                body.line(member.isOptional ? "try container.encodeValueIfPresent(\(wire), forKey: \(key))" : "try container.encodeValue(\(wire), forKey: \(key))")
            }
            if case .typed(let valueType) = object.additionalProperties {
                body.block("for (key, value) in additionalProperties.sorted(by: { $0.key < $1.key })") { loop in
                    loop.line("try container.encodeValue(\(rendering.toWire(valueType, "value")), forKey: JSONKey(key))")
                }
            }
            // The variant writes its properties into the same object; one no variant matched was kept as JSON,
            // whose other properties go into this object's container.
            if let variants {
                let known = members.map { SwiftLiteral.string($0.field.name) }.joined(separator: ", ")
                body.line("if case .undocumented(.object(let properties)) = self.\(variants.name) {")
                body.indented { inner in
                    inner.line("let known: Set<String> = [\(known)]")
                    inner.block("for (key, value) in properties.sorted(by: { $0.key < $1.key }) where !known.contains(key)") { loop in
                        loop.line("try container.encodeValue(value, forKey: JSONKey(key))")
                    }
                }
                body.line("} else {")
                body.indented { inner in inner.line("try self.\(variants.name).encode(to: encoder)") }
                body.line("}")
            }
        }
    }
}
