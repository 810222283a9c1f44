import SchemaIR

/// What every emitter needs: the IR, the decided names and the access modifier.
struct EmitContext {
    let ir: IRDocument
    let names: TypeNames
    let rendering: TypeRendering
    /// `public ` or `` (internal).
    let access: String
    /// Types a request body can contain: their optional nullable fields can be sent as `null`.
    let requestTypes: Set<TypeID>

    init(ir: IRDocument, names: TypeNames, accessModifier: String) {
        self.ir = ir
        self.names = names
        self.rendering = TypeRendering(ir: ir, names: names)
        self.access = accessModifier
        self.requestTypes = Self.reachable(from: ir.operations.flatMap { $0.requestBody?.contents.compactMap(\.type) ?? [] }, in: ir)
    }

    /// The named types the given references lead to, through fields, items, values, variants and aliases.
    static func reachable(from roots: [TypeRef], in ir: IRDocument) -> Set<TypeID> {
        var found = Set<TypeID>()
        var pending = roots
        while let type = pending.popLast() {
            switch type {
            case .array(let inner), .map(let inner), .nullable(let inner):
                pending.append(inner)
            case .named(let id):
                guard found.insert(id).inserted, let named = ir[id] else { continue }
                switch named.kind {
                case .object(let object):
                    pending += object.fields.map(\.type)
                    if case .typed(let values) = object.additionalProperties { pending.append(values) }
                case .union(let union): pending += union.variants
                case .alias(let target): pending.append(target)
                case .enumeration: break
                }
            case .string, .integer, .number, .boolean, .any:
                break
            }
        }
        return found
    }

    /// `@available(*, deprecated, message: …)` for deprecated declarations, else nil. The message is the
    /// description's paragraph that speaks of the deprecation, when there is one.
    func deprecation(_ documentation: Documentation) -> String? {
        guard documentation.deprecated else { return nil }
        return Self.deprecationAttribute(documentation.description)
    }

    static func deprecationAttribute(_ description: String?, subject: String? = nil) -> String {
        let paragraphs = (description ?? "").components(separatedBy: "\n\n")
        let reason = paragraphs.first { $0.lowercased().contains("deprecat") }
            .map { SwiftLiteral.commentLines($0).joined(separator: " ") }
        var message = reason ?? "Deprecated in the API description."
        if let subject { message = subject + " is deprecated: " + message }
        return "@available(*, deprecated, message: \(SwiftLiteral.string(message)))"
    }

    func documentation(_ documentation: Documentation) -> String? {
        [documentation.title, documentation.description].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
