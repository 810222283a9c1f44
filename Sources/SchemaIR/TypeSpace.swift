import Diagnostics
import OpenAPI
import YAML

/// Builds every named type before any code is written: components first (reserved in source order so
/// references resolve), inline schemas lifted where they need a name, each inline schema lifted once.
struct TypeSpace {
    private enum BuildState { case pending, building, built }

    let document: OpenAPIDocument
    private(set) var types: [NamedType] = []
    private(set) var warnings: [Diagnostic] = []
    private var index: [TypeID: Int] = [:]
    private var componentIDs: [String: TypeID] = [:]
    private var componentStates: [String: BuildState] = [:]
    /// Inline schemas already lifted, by the position of their node (unique per node, shared by aliases).
    private var lifted: [Mark: TypeID] = [:]
    private var liftedReferences: [String: TypeRef] = [:]

    init(document: OpenAPIDocument) {
        self.document = document
    }

    // MARK: Components

    mutating func buildComponents() {
        for (name, item) in document.components.schemas {
            let mark = item.value?.mark ?? item.reference?.mark ?? Mark(line: 1, column: 1)
            componentIDs[name] = reserve(parts: [name], parent: nil, origin: .component(name), mark: mark)
            componentStates[name] = .pending
        }
        for name in document.components.schemas.keys {
            buildComponent(name)
        }
    }

    /// Builds a component on first need, so an allOf can read its parts' finished fields.
    private mutating func buildComponent(_ name: String) {
        guard componentStates[name] == .pending, let id = componentIDs[name],
              let item = document.components.schemas[name] else { return }
        componentStates[name] = .building
        defer { componentStates[name] = .built }
        switch item {
        case .reference:
            setKind(of: id, to: .alias(typeRef(item, context: NameContext(parts: [name], parent: nil))))
        case .value(let schema):
            setKind(of: id, to: namedKind(schema, id: id), schema: schema)
        }
    }

    func componentID(_ name: String) -> TypeID? { componentIDs[name] }

    // MARK: Named types

    private mutating func reserve(parts: [String], parent: TypeID?, origin: TypeOrigin, mark: Mark) -> TypeID {
        let base = parts.map(JSONPointer.escape).joined(separator: "/")
        var id = TypeID(base)
        var finalParts = parts
        var suffix = 2
        while index[id] != nil {
            // Two inline schemas can claim one name (a property `labelsItem` beside array `labels`).
            finalParts[finalParts.count - 1] = parts[parts.count - 1] + String(suffix)
            id = TypeID(finalParts.map(JSONPointer.escape).joined(separator: "/"))
            suffix += 1
        }
        index[id] = types.count
        types.append(NamedType(id: id, nameParts: finalParts, parent: parent, origin: origin, kind: .alias(.any),
                               documentation: Documentation(), isRecursive: false, example: nil, mark: mark))
        return id
    }

    private mutating func setKind(of id: TypeID, to kind: NamedType.Kind, schema: Schema? = nil) {
        let position = index[id]!
        types[position].kind = kind
        if let schema {
            types[position].documentation = Documentation(
                title: schema.title, description: schema.description, deprecated: schema.deprecated)
            types[position].example = (schema.example ?? schema.examples.first).map(IRExample.init)
        }
    }

    func parts(of id: TypeID) -> [String] { types[index[id]!].nameParts }

    /// The kind of named type a schema becomes.
    private mutating func namedKind(_ schema: Schema, id: TypeID) -> NamedType.Kind {
        warnAboutUnsupported(schema)
        let context = NameContext(parts: parts(of: id), parent: types[index[id]!].parent)
        if schema.allowedValues != nil {
            return .enumeration(enumType(schema))
        }
        if !schema.allOf.isEmpty {
            if let single = singleWrapped(schema) {
                return .alias(typeRef(single, context: context))
            }
            if isAnnotatedAnything(schema) { return .alias(.any) }
            if let merged = mergeAllOf(schema, owner: id) {
                return .object(merged)
            }
            warn("allOf combining schemas that are not all objects is not supported; using a JSON value", at: schema.mark)
            return .alias(.any)
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            if let single = singleWrapped(schema) {
                return .alias(typeRef(single, context: context))
            }
            if let open = openStringEnum(schema) {
                return .enumeration(enumType(open))
            }
            if !schema.properties.isEmpty {
                // Properties beside oneOf/anyOf: an object with those fields that is also one of the variants.
                var object = objectType(schema, owner: id)
                var alternatives = schema
                alternatives.properties = []
                alternatives.required = []
                let unionID = reserve(parts: parts(of: id) + ["Variant"], parent: id, origin: .inline, mark: schema.mark)
                setKind(of: unionID, to: .union(unionType(alternatives, owner: unionID)))
                object.variants = .named(unionID)
                return .object(object)
            }
            return .union(unionType(schema, owner: id))
        }
        if schema.nonNullTypes.count > 1 {
            warn("a schema with several types (\(schema.nonNullTypes.map(\.rawValue).joined(separator: ", "))) is not supported; using a JSON value", at: schema.mark)
            return .alias(.any)
        }
        if isNamedObject(schema) {
            return .object(objectType(schema, owner: id))
        }
        return .alias(structuralType(schema, context: context))
    }

    /// `allOf`/`oneOf`/`anyOf` with exactly one part and nothing beside it: the part itself. Parts of an
    /// `allOf` that only annotate (`description`, `nullable`, `example`, …) do not count, as real documents
    /// write `allOf: [{$ref: X}, {nullable: true}]` for "an X, or null".
    private func singleWrapped(_ schema: Schema) -> SchemaOrReference? {
        guard schema.properties.isEmpty, schema.allowedValues == nil else { return nil }
        let parts = schema.allOf + schema.oneOf + schema.anyOf
        if parts.count == 1 { return parts[0] }
        guard !schema.allOf.isEmpty, schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return nil }
        let shaping = schema.allOf.filter { !isAnnotationOnly($0) }
        return shaping.count == 1 ? shaping[0] : nil
    }

    /// An `allOf` whose every part only annotates (`allOf: [{}, {example: …}]`): any JSON value.
    private func isAnnotatedAnything(_ schema: Schema) -> Bool {
        !schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty && schema.properties.isEmpty
            && schema.allowedValues == nil && schema.nonNullTypes.isEmpty && schema.allOf.allSatisfy(isAnnotationOnly)
    }

    /// A part that says nothing about the value's shape: no type, properties, items, values or combinators.
    private func isAnnotationOnly(_ item: SchemaOrReference) -> Bool {
        guard case .value(let schema) = item else { return false }
        return schema.nonNullTypes.isEmpty && schema.format == nil && schema.properties.isEmpty && schema.required.isEmpty
            && schema.additionalProperties == nil && schema.items == nil && schema.allowedValues == nil && schema.allOf.isEmpty
            && schema.oneOf.isEmpty && schema.anyOf.isEmpty && schema.not == nil && schema.discriminator == nil
            && schema.unsupportedKeywords.isEmpty
    }

    private func isNamedObject(_ schema: Schema) -> Bool {
        let types = schema.nonNullTypes
        guard types.isEmpty || types == [.object] else { return false }
        if !schema.properties.isEmpty { return true }
        if case .allowed(false)? = schema.additionalProperties { return true }
        return false
    }

    /// Whether an inline schema needs a name of its own.
    private func needsName(_ schema: Schema) -> Bool {
        if schema.allowedValues != nil { return true }
        if !schema.allOf.isEmpty || !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            return singleWrapped(schema) == nil && !isAnnotatedAnything(schema)
        }
        return schema.nonNullTypes.count <= 1 && isNamedObject(schema)
    }

    // MARK: Type references

    /// The type of a schema used in place (a field, item, parameter or body).
    mutating func typeRef(_ item: SchemaOrReference, context: NameContext) -> TypeRef {
        switch item {
        case .reference(let reference):
            if let name = reference.componentName(in: Schema.section), let id = componentIDs[name] {
                return .named(id)
            }
            if let known = liftedReferences[reference.ref] { return known }
            guard let target = document.lookup(reference, as: Schema.self) else { return .any }
            let name = reference.nameHint ?? "Referenced"
            let type = typeRef(target, context: NameContext(parts: [name], parent: nil))
            liftedReferences[reference.ref] = type
            return type
        case .value(let schema):
            if let single = singleWrapped(schema) {
                return typeRef(single, context: context)
            }
            if isAnnotatedAnything(schema) { return .any }
            if needsName(schema) {
                if let id = lifted[schema.mark] { return .named(id) }
                let id = reserve(parts: context.parts, parent: context.parent, origin: .inline, mark: schema.mark)
                lifted[schema.mark] = id
                setKind(of: id, to: namedKind(schema, id: id), schema: schema)
                return .named(id)
            }
            warnAboutUnsupported(schema)
            if schema.nonNullTypes.count > 1 {
                warn("a schema with several types (\(schema.nonNullTypes.map(\.rawValue).joined(separator: ", "))) is not supported; using a JSON value", at: schema.mark)
                return .any
            }
            return structuralType(schema, context: context)
        }
    }

    /// An element type, wrapped in `.nullable` when the element admits null.
    mutating func elementType(_ item: SchemaOrReference, context: NameContext) -> TypeRef {
        let type = typeRef(item, context: context)
        return isNullable(item) ? .nullable(type) : type
    }

    /// Whether the value may be null: the schema says so, or an annotating part of its `allOf` does.
    /// A `oneOf`/`anyOf` admits null when a variant does (OpenAPI 3.0 has no null type, so documents write
    /// a variant `{nullable: true}` for "or null").
    func isNullable(_ item: SchemaOrReference) -> Bool {
        var seen = Set<String>()
        return isNullable(item, seen: &seen)
    }

    private func isNullable(_ item: SchemaOrReference, seen: inout Set<String>) -> Bool {
        if let reference = item.reference, !seen.insert(reference.ref).inserted { return false }
        guard let schema = document.resolve(item) else { return false }
        if schema.isNullable { return true }
        if schema.allOf.contains(where: { isAnnotationOnly($0) && isNullable($0, seen: &seen) }) { return true }
        return (schema.oneOf + schema.anyOf).contains { isNullable($0, seen: &seen) }
    }

    /// Primitives, arrays and maps: types that need no name.
    private mutating func structuralType(_ schema: Schema, context: NameContext) -> TypeRef {
        let declared = schema.nonNullTypes.first
        let type: SchemaType?
        if let declared {
            type = declared
        } else if !schema.properties.isEmpty || schema.additionalProperties != nil {
            type = .object
        } else if schema.items != nil {
            type = .array
        } else {
            type = nil
        }
        switch type {
        case .string: return .string(StringFormat(schema.format))
        case .integer:
            switch schema.format {
            case "int32": return .integer(.int32)
            case "int64": return .integer(.int64)
            default: return .integer(.unspecified)
            }
        case .number:
            switch schema.format {
            case "float": return .number(.float)
            case "double": return .number(.double)
            default: return .number(.unspecified)
            }
        case .boolean: return .boolean
        case .array:
            guard let items = schema.items else { return .array(.any) }
            return .array(elementType(items, context: context.item))
        case .object:
            if case .schema(let values)? = schema.additionalProperties {
                return .map(elementType(values, context: context.value))
            }
            return .map(.any)
        case .null, nil:
            return .any
        }
    }

    // MARK: Objects

    private mutating func objectType(_ schema: Schema, owner: TypeID) -> ObjectType {
        let required = Set(schema.required)
        let ownerParts = parts(of: owner)
        var fields: [Field] = []
        fields.reserveCapacity(schema.properties.count)
        for property in schema.properties {
            fields.append(field(property, required: required.contains(property.name), owner: owner, ownerParts: ownerParts))
        }
        return ObjectType(fields: fields, additionalProperties: additionalPolicy(schema, owner: owner, ownerParts: ownerParts))
    }

    private mutating func additionalPolicy(_ schema: Schema, owner: TypeID, ownerParts: [String]) -> AdditionalPropertiesPolicy {
        switch schema.additionalProperties {
        case .allowed(false)?: return .forbidden
        case .schema(let values)?:
            return .typed(elementType(values, context: NameContext(parts: ownerParts + ["additionalProperties"], parent: owner)))
        default: return .ignored
        }
    }

    private mutating func field(_ property: Property, required: Bool, owner: TypeID, ownerParts: [String]) -> Field {
        let context = NameContext.property(property.name, of: owner, parts: ownerParts)
        let type = typeRef(property.schema, context: context)
        var documentation = Documentation()
        var defaultValue: SpecValue?
        var example: Node?
        var readOnly = false, writeOnly = false
        switch property.schema {
        case .reference(let reference):
            documentation.description = reference.description
        case .value(let schema):
            documentation = Documentation(title: schema.title, description: schema.description, deprecated: schema.deprecated)
            defaultValue = schema.defaultValue.map(SpecValue.init)
            example = schema.example ?? schema.examples.first
            readOnly = schema.readOnly
            writeOnly = schema.writeOnly
        }
        return Field(name: property.name, type: type, required: required, nullable: isNullable(property.schema),
                     documentation: documentation, defaultValue: defaultValue, readOnly: readOnly, writeOnly: writeOnly,
                     needsIndirection: false, example: example.map(IRExample.init), mark: property.mark)
    }

    // MARK: allOf

    /// Merges object parts into one object: fields in part order (a later part's field replaces an earlier
    /// one of the same name), required lists united. nil when a part is not an object.
    private mutating func mergeAllOf(_ schema: Schema, owner: TypeID) -> ObjectType? {
        var fields: [Field] = []
        var positions: [String: Int] = [:]
        var required = Set<String>()
        var additional = AdditionalPropertiesPolicy.ignored
        var visited = Set<String>()
        let ownerParts = parts(of: owner)

        func absorb(_ item: SchemaOrReference, into space: inout TypeSpace) -> Bool {
            let schema: Schema
            switch item {
            case .reference(let reference):
                guard visited.insert(reference.ref).inserted else { return true }
                if let name = reference.componentName(in: Schema.section) {
                    space.buildComponent(name)  // its inline property types get its names first
                }
                guard let target = space.document.resolve(item) else { return false }
                schema = target
            case .value(let value):
                schema = value
            }
            for part in schema.allOf where !absorb(part, into: &space) { return false }
            if schema.allowedValues != nil || !schema.oneOf.isEmpty || !schema.anyOf.isEmpty { return false }
            let types = schema.nonNullTypes
            guard types.isEmpty || types == [.object] else { return false }
            for property in schema.properties {
                let field = space.field(property, required: false, owner: owner, ownerParts: ownerParts)
                if let position = positions[property.name] {
                    fields[position] = field
                } else {
                    positions[property.name] = fields.count
                    fields.append(field)
                }
            }
            required.formUnion(schema.required)
            if schema.additionalProperties != nil {
                additional = space.additionalPolicy(schema, owner: owner, ownerParts: ownerParts)
            }
            return true
        }

        guard absorb(.value(schema), into: &self) else { return nil }
        for position in fields.indices where required.contains(fields[position].name) {
            fields[position].required = true
        }
        return ObjectType(fields: fields, additionalProperties: additional)
    }

    // MARK: oneOf / anyOf

    private mutating func unionType(_ schema: Schema, owner: TypeID) -> UnionType {
        let style: UnionType.Style = schema.oneOf.isEmpty ? .anyOf : .oneOf
        if !schema.oneOf.isEmpty && !schema.anyOf.isEmpty {
            warn("'anyOf' beside 'oneOf' is not supported; 'anyOf' is ignored", at: schema.mark)
        }
        if !schema.properties.isEmpty {
            warn("properties beside '\(style == .oneOf ? "oneOf" : "anyOf")' are ignored", at: schema.mark)
        }
        let parts = style == .oneOf ? schema.oneOf : schema.anyOf
        let ownerParts = self.parts(of: owner)
        var variants: [TypeRef] = []
        for (position, part) in parts.enumerated() {
            let title = part.value?.title.flatMap { $0.isEmpty ? nil : $0 }
            let name = title ?? part.value.flatMap(Self.tagValue) ?? "Variant\(position + 1)"
            let context = NameContext(parts: ownerParts + [name], parent: owner)
            variants.append(elementType(part, context: context))
        }
        return UnionType(style: style, variants: variants, discriminator: discriminator(schema, parts: parts, variants: variants))
    }

    /// What an inline variant is, when a property of it allows a single value (`type: {enum: [image]}`): that
    /// value names it (`Image`) better than its position.
    private static func tagValue(_ schema: Schema) -> String? {
        for property in schema.properties {
            guard case .value(let value) = property.schema, let allowed = value.allowedValues, allowed.count == 1,
                  let text = allowed[0].string, text.contains(where: { $0.isLetter }) else { continue }
            return text
        }
        return nil
    }

    /// `anyOf: [{type: string}, {type: string, enum: [gpt-4o, …]}]`: any string, with some known. An open enum
    /// is exactly that (its listed values, plus any other kept as it is), so the union is that enum, with
    /// the values of every enum part.
    private func openStringEnum(_ schema: Schema) -> Schema? {
        guard schema.properties.isEmpty, schema.allOf.isEmpty else { return nil }
        let parts = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).map { document.resolve($0) }
        var values: [Node] = []
        var sawPlainString = false
        for part in parts {
            guard let part, part.nonNullTypes == [.string] || (part.nonNullTypes.isEmpty && part.allowedValues != nil),
                  part.properties.isEmpty, part.allOf.isEmpty, part.oneOf.isEmpty, part.anyOf.isEmpty else { return nil }
            if let allowed = part.allowedValues {
                guard allowed.allSatisfy({ $0.isNull || $0.scalarKind == .string }) else { return nil }
                values += allowed.filter { value in !values.contains { $0.string == value.string && $0.isNull == value.isNull } }
            } else {
                guard part.format == nil else { return nil }
                sawPlainString = true
            }
        }
        guard sawPlainString, !values.isEmpty else { return nil }
        var merged = schema
        merged.types = [.string]
        merged.enumValues = values
        merged.const = nil
        merged.oneOf = []
        merged.anyOf = []
        return merged
    }

    private mutating func discriminator(_ schema: Schema, parts: [SchemaOrReference], variants: [TypeRef]) -> UnionDiscriminator? {
        guard let discriminator = schema.discriminator else { return nil }
        var mapping: [(value: String, type: TypeRef)] = []
        var mapped = Set<String>()
        for (value, ref) in discriminator.mapping {
            // A mapping value is a (canonical) reference or, by the spec's shorthand, a bare schema name.
            let reference = Reference(ref: ref, mark: schema.mark)
            let name = reference.file == nil && ref.hasPrefix("#") ? reference.componentName(in: Schema.section) : ref
            if let name, let id = componentIDs[name] {
                mapping.append((value, .named(id)))
                mapped.insert(name)
            } else if reference.file != nil, document.lookup(reference, as: Schema.self) != nil {
                mapping.append((value, typeRef(.reference(reference), context: NameContext(parts: [value], parent: nil))))
            } else {
                warn("discriminator mapping '\(value)' points at '\(ref)', which is not a schema here; ignored", at: schema.mark)
            }
        }
        for part in parts {
            guard let name = part.reference?.componentName(in: Schema.section), !mapped.contains(name),
                  let id = componentIDs[name] else { continue }
            mapping.append((name, .named(id)))
        }
        var result = UnionDiscriminator(propertyName: discriminator.propertyName, mapping: mapping)
        if let ref = discriminator.defaultMapping {
            let reference = Reference(ref: ref, mark: schema.mark)
            let name = reference.file == nil && ref.hasPrefix("#") ? reference.componentName(in: Schema.section) : ref
            if let name, let id = componentIDs[name] {
                result.defaultType = .named(id)
            } else {
                warn("discriminator defaultMapping points at '\(ref)', which is not a schema here; ignored", at: schema.mark)
            }
        }
        return result
    }

    // MARK: Enums

    private mutating func enumType(_ schema: Schema) -> EnumType {
        let values = schema.allowedValues ?? []
        var rawType: EnumRawType
        switch schema.nonNullTypes.first {
        case .integer?: rawType = .integer
        case .number?: rawType = .number
        case .boolean?: rawType = .boolean
        case .string?: rawType = .string
        default:
            let nonNull = values.filter { !$0.isNull }
            rawType = !nonNull.isEmpty && nonNull.allSatisfy({ $0.scalarKind == .int }) ? .integer : .string
        }
        if rawType != .string {
            let expected: Set<ScalarKind> = rawType == .integer ? [.int] : rawType == .number ? [.int, .float] : [.bool]
            if let stray = values.first(where: { !$0.isNull && !expected.contains($0.scalarKind ?? .string) }) {
                warn("enum value '\(stray.string ?? stray.kindName)' does not fit type \(schema.nonNullTypes.first?.rawValue ?? "integer"); the enum is read as strings", at: stray.mark)
                rawType = .string
            }
        }
        var cases: [EnumCase] = []
        var seen = Set<String>()
        var allowsNull = schema.isNullable
        for value in values {
            if value.isNull && value.style == .plain {
                allowsNull = true
                continue
            }
            guard let text = value.string else {
                warn("enum values must be scalars, found \(value.kindName); ignored", at: value.mark)
                continue
            }
            guard seen.insert(text).inserted else {
                warn("duplicate enum value '\(text)' ignored", at: value.mark)
                continue
            }
            cases.append(EnumCase(rawValue: text))
        }
        return EnumType(rawType: rawType, cases: cases, allowsNull: allowsNull)
    }

    // MARK: Diagnostics

    private mutating func warnAboutUnsupported(_ schema: Schema) {
        for keyword in schema.unsupportedKeywords {
            warn("'\(keyword.name)' is not supported; ignored", at: keyword.mark)
        }
        if schema.not != nil {
            warn("'not' is not supported; ignored", at: schema.mark)
        }
    }

    mutating func warn(_ message: String, at mark: Mark) {
        warnings.append(Diagnostic(.warning, message, file: document.file, mark: mark, pointer: nil))
    }

    // MARK: Recursion

    /// Marks fields whose type leads back to their owner without an array or map in between, and the
    /// types on such cycles, so value-type emitters can box exactly those.
    mutating func markRecursion() {
        let components = RecursionAnalysis(types: types, index: index).stronglyConnectedComponents()
        var sizes: [Int: Int] = [:]
        for component in components.values { sizes[component, default: 0] += 1 }
        for (position, type) in types.enumerated() {
            guard let component = components[type.id] else { continue }
            let selfLoop = RecursionAnalysis.directTargets(of: type).contains(type.id)
            let cyclic = selfLoop || sizes[component, default: 0] > 1
            guard cyclic else { continue }
            types[position].isRecursive = true
            if case .object(var object) = type.kind {
                for fieldIndex in object.fields.indices {
                    if case .named(let target) = object.fields[fieldIndex].type, components[target] == component {
                        object.fields[fieldIndex].needsIndirection = true
                    }
                }
                types[position].kind = .object(object)
            }
        }
    }
}

extension Schema {
    /// The values the schema allows, when it lists them: `enum`, or `const` as a one-value list.
    var allowedValues: [Node]? {
        enumValues ?? const.map { [$0] }
    }
}
