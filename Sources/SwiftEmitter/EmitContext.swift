import SchemaIR

/// What every emitter needs: the IR, the decided names and the access modifier.
struct EmitContext {
    let ir: IRDocument
    let names: TypeNames
    let rendering: TypeRendering
    /// `public ` or `` (internal).
    let access: String

    init(ir: IRDocument, names: TypeNames, accessModifier: String) {
        self.ir = ir
        self.names = names
        self.rendering = TypeRendering(ir: ir, names: names)
        self.access = accessModifier
    }

    func documentation(_ documentation: Documentation) -> String? {
        [documentation.title, documentation.description].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
