import SchemaIR
import SwiftPlan

/// Swift spellings of IR type references, and the RFC 3339 wire form of types that contain dates
/// (so models decode with a plain `JSONDecoder()`).
struct TypeRendering: Sendable {
    let ir: IRDocument
    let names: TypeNames
    /// `format: binary` is spelled `MultipartFile` (in a multipart payload), not `Data`.
    var filesForBinary = false

    func swiftType(_ type: TypeRef) -> String {
        TypeSpelling.spelling(of: type, names: names.qualified, binaryAsFile: filesForBinary)
    }

    /// The same rendering for a multipart payload's members.
    func binaryAsFile() -> TypeRendering {
        var copy = self
        copy.filesForBinary = true
        return copy
    }

    /// The type with aliases looked through (bounded, in case of alias chains).
    func resolved(_ type: TypeRef) -> TypeRef {
        ir.resolved(type)
    }

    /// Whether coding the type needs the RFC 3339 wire form.
    func containsDate(_ type: TypeRef, depth: Int = 0) -> Bool {
        guard depth < 32 else { return false }
        switch resolved(type) {
        case .string(.dateTime): return true
        case .array(let element), .map(let element), .nullable(let element): return containsDate(element, depth: depth + 1)
        default: return false
        }
    }

    /// The type as it is coded: `Date` becomes `RFC3339Date`.
    func wireType(_ type: TypeRef) -> String {
        guard containsDate(type) else { return swiftType(type) }
        switch resolved(type) {
        case .string(.dateTime): return "RFC3339Date"
        case .array(let element): return "[" + wireType(element) + "]"
        case .map(let value): return "[String: " + wireType(value) + "]"
        case .nullable(let wrapped): return wireType(wrapped) + "?"
        default: return swiftType(type)
        }
    }

    /// An expression turning a wire value into the model value.
    func fromWire(_ type: TypeRef, _ expression: String) -> String {
        guard containsDate(type) else { return expression }
        switch resolved(type) {
        case .string(.dateTime): return expression + ".date"
        case .array(let element): return expression + ".map { " + fromWire(element, "$0") + " }"
        case .map(let value): return expression + ".mapValues { " + fromWire(value, "$0") + " }"
        case .nullable(let wrapped): return expression + ".map { " + fromWire(wrapped, "$0") + " }"
        default: return expression
        }
    }

    /// An expression turning a model value into its wire value.
    func toWire(_ type: TypeRef, _ expression: String) -> String {
        guard containsDate(type) else { return expression }
        switch resolved(type) {
        case .string(.dateTime): return "RFC3339Date(" + expression + ")"
        case .array(let element): return expression + ".map { " + toWire(element, "$0") + " }"
        case .map(let value): return expression + ".mapValues { " + toWire(value, "$0") + " }"
        case .nullable(let wrapped): return expression + ".map { " + toWire(wrapped, "$0") + " }"
        default: return expression
        }
    }
}
