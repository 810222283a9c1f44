import Foundation
import SchemaIR
import SwiftPlan

/// What every emitter reads: the plan, how types are spelled, and the access modifier.
struct EmitContext: Sendable {
    let plan: GenerationPlan
    let rendering: TypeRendering
    /// `public `, `package ` or `` (internal).
    let access: String

    init(plan: GenerationPlan) {
        self.plan = plan
        self.rendering = TypeRendering(ir: plan.ir, names: plan.names)
        self.access = plan.options.access.modifier
    }

    var ir: IRDocument { plan.ir }
    var names: TypeNames { plan.names }

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
