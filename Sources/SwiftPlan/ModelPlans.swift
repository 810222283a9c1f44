import SchemaIR

/// One property of a generated model: the wire field and the Swift name it was given.
///
/// A class, not a struct: members are passed around and filtered many times per model, and a copy of a
/// struct holding a `Field` retains every string in it.
package final class MemberPlan: Sendable {
    package let field: Field
    package let name: String
    /// The name as declarations and arguments spell it (backticked if a keyword).
    package let escaped: String
    /// The property's Swift type, without the optional mark.
    package let swiftType: String
    /// Whether the value is stored in an `Indirect` box: the field is recursive, or its type is large
    /// enough that holding it inline would make every copy of the owner walk it (see ``InlineLayout``).
    package let isBoxed: Bool

    init(field: Field, name: String, names: TypeNames, binaryAsFile: Bool, boxedForSize: Bool) {
        self.field = field
        self.isBoxed = field.needsIndirection || boxedForSize
        self.name = name
        self.escaped = SwiftNames.escaped(name)
        self.swiftType = TypeSpelling.spelling(of: field.type, names: names.qualified, binaryAsFile: binaryAsFile)
    }

    package var boxName: String { "_" + name + "Box" }
    package var isOptional: Bool { !field.required || field.nullable }
    package var isDeprecated: Bool { field.documentation.deprecated }
    /// Optional and nullable: absent and `null` mean different things to the server.
    package var isClearable: Bool { !field.required && field.nullable && !field.needsIndirection }
    /// Required but nullable: the key is always sent, `null` when the value is nil.
    package var alwaysSent: Bool { field.required && field.nullable }
    /// A deprecated property is a computed accessor over private storage, so the generated initialiser
    /// and coding never touch the deprecated declaration (and never warn).
    package var storage: String {
        if isBoxed { return boxName }
        return isDeprecated ? "_" + name : escaped
    }
    /// The current value, read without touching a deprecated accessor.
    package var value: String {
        guard isBoxed else { return "self." + storage }
        return isOptional ? "self.\(boxName)?.value" : "self.\(boxName).value"
    }
}

/// An object model's members, named once against everything its declaration holds.
package struct ObjectPlan: Sendable {
    /// Names every model declares besides its properties.
    package static let reservedMemberNames: Set<String> = ["additionalProperties", "explicitNulls", "hashValue"]

    package let members: [MemberPlan]
    /// The property holding which of its `oneOf`/`anyOf` variants the object also is, and its Swift type.
    package let variants: (name: String, swiftType: String)?

    /// Whether the object is a multipart body's payload, whose binary properties are files.
    package let isMultipartPayload: Bool

    /// - Parameter boxedForSize: the wire names of the fields ``InlineLayout`` boxes.
    init(_ object: ObjectType, names: TypeNames, multipartPayload: Bool = false, boxedForSize: Set<String> = []) {
        var scope = NameScope(reserved: Self.reservedMemberNames)
        isMultipartPayload = multipartPayload
        members = object.fields.map {
            MemberPlan(field: $0, name: scope.claim(SwiftNames.memberName($0.name, fallback: "property")), names: names,
                       binaryAsFile: multipartPayload, boxedForSize: boxedForSize.contains($0.name))
        }
        variants = object.variants.map { (scope.claim("variant"), TypeSpelling.spelling(of: $0, names: names.qualified)) }
    }

    /// The Swift property of a wire field.
    package func member(named wireName: String) -> MemberPlan? {
        members.first { $0.field.name == wireName }
    }
}

/// An open enum's cases (cleaned, unique) and its catch-all: `unknown`, or `undocumented` when the spec
/// itself lists `unknown`.
package struct EnumPlan: Sendable {
    package struct Case: Sendable {
        package let name: String
        package let rawValue: String
    }

    package let cases: [Case]
    package let catchAll: String

    package init(_ enumeration: EnumType) {
        var scope = NameScope(reserved: ["rawValue", "knownCases", "allCases", "init", "hashValue"])
        var cases: [Case] = []
        for item in enumeration.cases {
            var name = SwiftNames.memberName(item.rawValue, fallback: item.rawValue.isEmpty ? "empty" : "value")
            if enumeration.rawType == .integer || enumeration.rawType == .number, let first = item.rawValue.first, first == "-" {
                name = "_minus" + SwiftNames.upperCamel(String(item.rawValue.dropFirst()))
            }
            // `.none` would be ambiguous with Optional.none wherever the enum is optional.
            if name == "none" { name = "none_" }
            cases.append(Case(name: scope.claim(name), rawValue: item.rawValue))
        }
        self.cases = cases
        self.catchAll = scope.claim(cases.contains { $0.name == "unknown" } ? "undocumented" : "unknown")
    }
}

/// A union's cases: one per variant, named after the variant's type, with what decoding a union without a
/// discriminator needs to tell the variants apart.
package struct UnionPlan: Sendable {
    package struct Case: Sendable {
        package let name: String
        package let type: TypeRef
        /// The object properties the variant declares (none for a variant that is not an object).
        package let known: [String]
        /// Properties with a single allowed value: (wire name, raw type, value).
        package let fixed: [(name: String, rawType: EnumRawType, value: String)]
        /// False for a variant whose decoding would come back to this union on the same input (through unions
        /// and aliases alone) and so never end. Of each such cycle one step is left out: the union itself as
        /// its own variant, else a variant declared before the union (so every cycle loses the step out of
        /// its last-declared union). The case is kept for encoding.
        package let decodes: Bool
        /// The variant is itself a union (not nullable): it matches only when it matches one of its own
        /// variants, not by keeping the value as its catch-all.
        package let isUnion: Bool
    }

    /// The case that keeps a value matching no variant.
    package static let catchAll = "undocumented"

    package let cases: [Case]
    /// Every variant is one scalar (a string, number, boolean or enumeration), so the union can stand in a
    /// path, query or header parameter as its text.
    package let isParameterValue: Bool

    init(_ union: UnionType, id: TypeID, ir: IRDocument, names: TypeNames, positions: [TypeID: Int]) {
        isParameterValue = Self.isScalar(union, ir: ir)
        var scope = NameScope(reserved: isParameterValue ? [Self.catchAll, "parameterText"] : [Self.catchAll])
        cases = union.variants.map { variant in
            var known: [String] = []
            var fixed: [(name: String, rawType: EnumRawType, value: String)] = []
            if case .named(let variantID) = ir.resolved(variant), case .object(let object)? = ir[variantID]?.kind {
                known = object.fields.map(\.name)
                for field in object.fields {
                    if case .named(let fieldType) = ir.resolved(field.type), case .enumeration(let enumeration)? = ir[fieldType]?.kind,
                       enumeration.cases.count == 1, !enumeration.allowsNull {
                        fixed.append((field.name, enumeration.rawType, enumeration.cases[0].rawValue))
                    }
                }
            }
            let target = Self.unionTarget(variant, ir: ir)
            var decodes = true
            if let target, target == id || (positions[target] ?? 0) < (positions[id] ?? 0) {
                decodes = !Self.leadsBack(variant, to: id, ir: ir)
            }
            var isUnion = target != nil
            if case .nullable = variant { isUnion = false }
            return Case(name: scope.claim(Self.caseName(for: variant, names: names)), type: variant, known: known, fixed: fixed,
                        decodes: decodes, isUnion: isUnion)
        }
    }

    /// Whether every variant of `union` is a scalar whose Swift type has a parameter text.
    package static func isScalar(_ union: UnionType, ir: IRDocument) -> Bool {
        union.variants.allSatisfy { variant in
            switch ir.resolved(variant) {
            case .string(.byte), .string(.binary): return false
            case .string, .integer, .number, .boolean: return true
            case .named(let id):
                if case .enumeration? = ir[id]?.kind { return true }
                return false
            default: return false
            }
        }
    }

    /// The union a variant is, looking through aliases and nullability.
    private static func unionTarget(_ type: TypeRef, ir: IRDocument) -> TypeID? {
        var current = type
        if case .nullable(let wrapped) = current { current = wrapped }
        guard case .named(let id) = ir.resolved(current), case .union? = ir[id]?.kind else { return nil }
        return id
    }

    /// Whether `type` reaches the union `id` through union variants and aliases only (no input consumed).
    private static func leadsBack(_ type: TypeRef, to id: TypeID, ir: IRDocument) -> Bool {
        var pending = [type]
        var seen = Set<TypeID>()
        while let next = pending.popLast() {
            var current = next
            if case .nullable(let wrapped) = current { current = wrapped }
            guard case .named(let named) = ir.resolved(current) else { continue }
            if named == id { return true }
            guard seen.insert(named).inserted, case .union(let inner)? = ir[named]?.kind else { continue }
            pending += inner.variants
        }
        return false
    }

    private static func caseName(for type: TypeRef, names: TypeNames) -> String {
        switch type {
        case .named(let id):
            return SwiftNames.memberName(names.local[id] ?? "value", fallback: "value")
        case .string(.dateTime): return "date"
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .array: return "array"
        case .map: return "dictionary"
        case .any: return "json"
        case .nullable(let wrapped): return caseName(for: wrapped, names: names)
        }
    }
}
