import Foundation
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
    /// Types whose properties are `var`: what a request can carry (bodies and parameters), which callers
    /// build; nil when every model is mutable. Other models are values received from the server, and
    /// their `let` properties spare the compiler a setter and a modify accessor each.
    let mutableTypes: Set<TypeID>?

    init(ir: IRDocument, names: TypeNames, accessModifier: String, mutableModels: Bool = false) {
        self.ir = ir
        self.names = names
        self.rendering = TypeRendering(ir: ir, names: names)
        self.access = accessModifier
        self.requestTypes = ir.reachableTypes(from: ir.operations.flatMap { $0.requestBody?.contents.compactMap(\.type) ?? [] })
        self.mutableTypes = mutableModels ? nil : requestTypes.union(ir.reachableTypes(from: ir.operations.flatMap { $0.parameters.map(\.type) }))
    }

    /// Whether the type's properties are `var`.
    func isMutable(_ id: TypeID) -> Bool {
        mutableTypes?.contains(id) ?? true
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
        if let subject {
            // "'x' is deprecated: Deprecated: …" says it twice.
            if message.lowercased().hasPrefix("deprecated:") { message = String(message.dropFirst("deprecated:".count)).trimmingCharacters(in: .whitespaces) }
            message = subject + " is deprecated: " + message
        }
        return "@available(*, deprecated, message: \(SwiftLiteral.string(message)))"
    }

    func documentation(_ documentation: Documentation) -> String? {
        [documentation.title, documentation.description].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
