import SchemaIR
import SwiftPlan

/// Open enums: the documented cases plus a catch-all that keeps any other raw value, so a value the
/// API adds later decodes instead of failing, and encodes back unchanged.
struct EnumEmitter {
    let context: EmitContext

    func emit(_ enumeration: EnumType, _ plan: EnumPlan, named name: String, into printer: inout SwiftPrinter,
              nested: (inout SwiftPrinter) -> Void) {
        let access = context.access
        let cases = plan.cases, catchAll = plan.catchAll
        let rawType: String
        switch enumeration.rawType {
        case .string: rawType = "String"
        case .integer: rawType = "Int"
        case .number: rawType = "Double"
        case .boolean: rawType = "Bool"
        }
        // Each case's spelling and literal are used in several places: work them out once.
        let spelled = cases.map { item in
            (name: SwiftNames.escaped(item.name),
             literal: enumeration.rawType == .string ? SwiftLiteral.string(item.rawValue) : item.rawValue)
        }
        printer.block("nonisolated \(access)enum \(name): OpenEnum") { body in
            for item in spelled {
                body.line("case " + item.name)
            }
            body.documentation("A value this version of the API description does not list, kept as received.")
            body.line("case \(SwiftNames.escaped(catchAll))(\(rawType))")
            body.line()
            body.documentation("The values the API description lists.")
            body.line("\(access)static let knownCases: [\(name)] = [\(spelled.map { "." + $0.name }.joined(separator: ", "))]")
            body.line()
            body.line("private static let lookup = OpenEnumLookup(knownCases)")
            body.line()
            body.block("\(access)init(rawValue: \(rawType))") { initializer in
                initializer.line("self = Self.lookup[rawValue] ?? .\(SwiftNames.escaped(catchAll))(rawValue)")
            }
            body.line()
            body.block("\(access)var rawValue: \(rawType)") { getter in
                getter.switchBlock("self") { switchBody in
                    for item in spelled {
                        switchBody.line("case ." + item.name + ": return " + item.literal)
                    }
                    switchBody.line("case .\(SwiftNames.escaped(catchAll))(let value): return value")
                }
            }
            nested(&body)
        }
    }
}
