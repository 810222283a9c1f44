import SchemaIR

/// Open enums: the documented cases plus a catch-all that keeps any other raw value, so a value the
/// API adds later decodes instead of failing, and encodes back unchanged.
struct EnumEmitter {
    let context: EmitContext

    struct Case {
        let name: String
        let rawValue: String
    }

    /// Case names (cleaned, unique) and the catch-all's name (`unknown`, or `undocumented` when the
    /// spec itself lists `unknown`).
    static func cases(of enumeration: EnumType) -> (cases: [Case], catchAll: String) {
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
        let catchAll = scope.claim(cases.contains { $0.name == "unknown" } ? "undocumented" : "unknown")
        return (cases, catchAll)
    }

    func emit(_ enumeration: EnumType, named name: String, into printer: inout SwiftPrinter,
              nested: (inout SwiftPrinter) -> Void) {
        let access = context.access
        let (cases, catchAll) = Self.cases(of: enumeration)
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
