import SchemaIR
import SwiftPlan

/// `oneOf`/`anyOf` as an enum with one case per variant, chosen by the discriminator when there is one and
/// otherwise by the variant the data fits best; a value matching none is kept as JSON.
struct UnionEmitter {
    let context: EmitContext

    func emit(_ plan: UnionPlan, _ union: UnionType, named name: String, indirect: Bool, into printer: inout SwiftPrinter,
              nested: (inout SwiftPrinter) -> Void) {
        let access = context.access
        let rendering = context.rendering
        let cases = plan.cases
        // Recursive unions, and unions whose cases hold much by value (see `InlineLayout`), box their cases.
        let keyword = indirect ? "indirect enum" : "enum"
        let conformances = plan.isParameterValue ? "Codable, Hashable, Sendable, ParameterValue" : "Codable, Hashable, Sendable"
        printer.block("nonisolated \(access)\(keyword) \(name): \(conformances)") { body in
            for item in cases {
                body.line("case \(SwiftNames.escaped(item.name))(\(rendering.swiftType(item.type)))")
            }
            body.documentation("A value that matches none of the documented variants, kept as JSON.")
            body.line("case \(UnionPlan.catchAll)(JSONValue)")
            body.line()
            body.block("\(access)init(from decoder: any Decoder) throws") { decoding in
                if let discriminator = union.discriminator {
                    decoding.line("let container = try decoder.container(keyedBy: JSONKey.self)")
                    decoding.line("let tag = try container.decodeValueIfPresent(String.self, forKey: \(SwiftLiteral.string(discriminator.propertyName)))")
                    decoding.switchBlock("tag") { switchBody in
                        for (value, type) in discriminator.mapping {
                            guard let item = cases.first(where: { $0.type == type }) else { continue }
                            switchBody.line("case \(SwiftLiteral.string(value))?: self = .\(SwiftNames.escaped(item.name))(try \(decode(type)))")
                        }
                        if let fallback = discriminator.defaultType, let item = cases.first(where: { $0.type == fallback }) {
                            switchBody.line("default: self = .\(SwiftNames.escaped(item.name))(try \(decode(fallback)))")
                        } else {
                            switchBody.line("default: self = .undocumented(try JSONValue(from: decoder))")
                        }
                    }
                } else {
                    // The variant the data fits best (see the runtime's UnionVariant), not the first that decodes.
                    decoding.line("let variants: [UnionVariant<Self>] = [")
                    decoding.indented { list in
                        for item in cases where item.decodes {
                            var arguments: [String] = []
                            if !item.known.isEmpty { arguments.append("known: [" + item.known.map(SwiftLiteral.string).joined(separator: ", ") + "]") }
                            if !item.fixed.isEmpty {
                                let pairs = item.fixed.map { SwiftLiteral.string($0.name) + ": " + Self.jsonLiteral($0.rawType, $0.value) }
                                arguments.append("fixed: [" + pairs.joined(separator: ", ") + "]")
                            }
                            let head = arguments.isEmpty ? "UnionVariant" : "UnionVariant(" + arguments.joined(separator: ", ") + ")"
                            guard item.isUnion else {
                                list.line("\(head) { decoder in .\(SwiftNames.escaped(item.name))(try \(decode(item.type))) },")
                                continue
                            }
                            // A union variant keeps anything as its catch-all: that is no match here.
                            list.line("\(head) { decoder in")
                            list.indented { closure in
                                closure.line("let value = try \(decode(item.type))")
                                closure.line("if case .undocumented = value { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: \"no variant matched\")) }")
                                closure.line("return .\(SwiftNames.escaped(item.name))(value)")
                            }
                            list.line("},")
                        }
                    }
                    decoding.line("]")
                    decoding.line("self = try UnionVariant.decode(variants, from: decoder) ?? .undocumented(try JSONValue(from: decoder))")
                }
            }
            body.line()
            body.block("\(access)func encode(to encoder: any Encoder) throws") { encoding in
                encoding.switchBlock("self") { switchBody in
                    for item in cases {
                        let value = rendering.toWire(item.type, "value")
                        if rendering.containsDate(item.type) || isOptional(item.type) {
                            switchBody.line("case .\(SwiftNames.escaped(item.name))(let value):")
                            switchBody.indented { caseBody in
                                caseBody.line("var container = encoder.singleValueContainer()")
                                caseBody.line("try container.encode(\(value))")
                            }
                        } else {
                            switchBody.line("case .\(SwiftNames.escaped(item.name))(let value): try value.encode(to: encoder)")
                        }
                    }
                    switchBody.line("case .undocumented(let value): try value.encode(to: encoder)")
                }
            }
            if plan.isParameterValue {
                body.line()
                body.block("\(access)var parameterText: String") { text in
                    text.switchBlock("self") { switchBody in
                        for item in cases {
                            switchBody.line("case .\(SwiftNames.escaped(item.name))(let value): value.parameterText")
                        }
                        switchBody.line("case .undocumented(let value): value.parameterText")
                    }
                }
            }
            nested(&body)
        }
    }

    /// The runtime `JSONValue` a single allowed value is.
    private static func jsonLiteral(_ rawType: EnumRawType, _ value: String) -> String {
        switch rawType {
        case .string: return ".string(\(SwiftLiteral.string(value)))"
        case .integer: return Int64(value).map { ".integer(\($0))" } ?? ".string(\(SwiftLiteral.string(value)))"
        case .number: return Double(value).map { ".number(\($0))" } ?? ".string(\(SwiftLiteral.string(value)))"
        case .boolean: return ".bool(\(value == "true"))"
        }
    }

    private func isOptional(_ type: TypeRef) -> Bool {
        if case .nullable = type { return true }
        return false
    }

    /// An expression decoding one variant from the whole decoder, to be prefixed with `try` or `try?`.
    private func decode(_ type: TypeRef) -> String {
        let rendering = context.rendering
        let wire = rendering.wireType(type)
        let decoded = isOptional(type) ? "decoder.singleValueContainer().decode(\(wire).self)" : "\(wire)(from: decoder)"
        return rendering.fromWire(type, decoded)
    }
}
