import Diagnostics
import SchemaIR

/// Swift expressions for schema `default`s, typed by the field or parameter they belong to. A default that
/// does not fit its type is left out of the generated code (and reported by ``warnings(in:)``).
package struct DefaultValues: Sendable {
    let ir: IRDocument

    /// The expression, or why the value cannot be one.
    package func expression(_ value: SpecValue, for type: TypeRef, depth: Int = 0) -> Result<String, Misfit> {
        guard depth < 32 else { return .failure(Misfit("is nested too deeply")) }
        switch (ir.resolved(type), value) {
        case (.nullable, .null):
            return .success("nil")
        case (.nullable(let wrapped), _):
            return expression(value, for: wrapped, depth: depth + 1)
        case (.string(let format), .string(let text)):
            switch format {
            case .dateTime, .byte, .binary: return .failure(Misfit("is a \(format == .dateTime ? "date-time" : "binary") default, which is not generated"))
            default: return .success(SwiftLiteral.string(text))
            }
        case (.integer(let format), .integer(let number)):
            if format == .int32, Int32(exactly: number) == nil { return .failure(Misfit("does not fit in Int32")) }
            return .success(String(number))
        case (.integer, .number(let number)):
            guard let exact = Int64(exactly: number) else { return .failure(Misfit("is not an integer")) }
            return .success(String(exact))
        case (.number, .integer(let number)):
            return .success(String(number))
        case (.number, .number(let number)):
            guard number.isFinite else { return .failure(Misfit("is not a finite number")) }
            return .success(String(number))
        case (.boolean, .bool(let flag)):
            return .success(flag ? "true" : "false")
        case (.array(let element), .array(let items)):
            var parts: [String] = []
            for item in items {
                switch expression(item, for: element, depth: depth + 1) {
                case .success(let part): parts.append(part)
                case .failure(let misfit): return .failure(misfit)
                }
            }
            return .success("[" + parts.joined(separator: ", ") + "]")
        case (.map(let valueType), .object(let members)):
            guard !members.isEmpty else { return .success("[:]") }
            var parts: [String] = []
            for member in members {
                switch expression(member.value, for: valueType, depth: depth + 1) {
                case .success(let part): parts.append(SwiftLiteral.string(member.key) + ": " + part)
                case .failure(let misfit): return .failure(misfit)
                }
            }
            return .success("[" + parts.joined(separator: ", ") + "]")
        case (.named(let id), _):
            guard case .enumeration(let enumeration)? = ir[id]?.kind else {
                return .failure(Misfit("is an object or union default, which is not generated"))
            }
            let raw: String?
            switch (enumeration.rawType, value) {
            case (.string, .string(let text)): raw = text
            case (.integer, .integer(let number)): raw = String(number)
            case (.boolean, .bool(let flag)): raw = flag ? "true" : "false"
            case (.number, .integer(let number)): raw = String(number)
            case (.number, .number(let number)): raw = String(number)
            default: raw = nil
            }
            guard let raw, let match = EnumPlan(enumeration).cases.first(where: { $0.rawValue == raw }) else {
                return .failure(Misfit("is not one of the enum's listed values"))
            }
            return .success("." + SwiftNames.escaped(match.name))
        default:
            return .failure(Misfit("does not fit the type"))
        }
    }

    /// The expression for a field's or parameter's default, when it has one that fits.
    /// A `null` default is what an optional already defaults to.
    package func expression(_ value: SpecValue?, for type: TypeRef) -> String? {
        guard let value, value != .null, case .success(let expression) = expression(value, for: type) else { return nil }
        return expression
    }

    package struct Misfit: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// One located warning per default the generated code leaves out, in spec order.
    package func warnings(in ir: IRDocument) -> [Diagnostic] {
        var seen = Set<String>()
        var warnings: [Diagnostic] = []
        func check(_ value: SpecValue?, _ type: TypeRef, optional: Bool, what: String, mark: Mark) {
            guard let value, !(optional && value == .null), case .failure(let misfit) = expression(value, for: type) else { return }
            let message = "default \(value.jsonText) of \(what) \(misfit.reason); the generated code has no default for it"
            guard seen.insert("\(mark.line):\(mark.column):\(message)").inserted else { return }
            warnings.append(Diagnostic(.warning, message, file: ir.file, mark: mark, pointer: nil))
        }
        for type in ir.types {
            guard case .object(let object) = type.kind else { continue }
            for field in object.fields where !field.needsIndirection {
                check(field.defaultValue, field.type, optional: !field.required || field.nullable, what: "property '\(field.name)'", mark: field.mark)
            }
        }
        for operation in ir.operations {
            for parameter in operation.parameters where !parameter.required {
                check(parameter.defaultValue, parameter.type, optional: true, what: "parameter '\(parameter.name)'", mark: parameter.mark)
            }
        }
        return warnings.sorted { ($0.mark.line, $0.mark.column) < ($1.mark.line, $1.mark.column) }
    }
}
