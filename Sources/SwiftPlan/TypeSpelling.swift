import SchemaIR

/// How generated code spells a type reference, given the qualified names of named types.
package enum TypeSpelling {
    /// - Parameter binaryAsFile: `format: binary` is a `MultipartFile` (in a multipart body's payload),
    ///   not `Data`.
    package static func spelling(of type: TypeRef, names: [TypeID: String], binaryAsFile: Bool = false) -> String {
        switch type {
        case .string(let format):
            switch format {
            case .dateTime: return "Date"
            case .binary where binaryAsFile: return "MultipartFile"
            case .byte, .binary: return "Data"
            default: return "String"
            }
        case .integer(let format):
            switch format {
            case .int32: return "Int32"
            case .int64: return "Int64"
            case .unspecified: return "Int"
            }
        case .number(let format): return format == .float ? "Float" : "Double"
        case .boolean: return "Bool"
        case .array(let element): return "[" + spelling(of: element, names: names, binaryAsFile: binaryAsFile) + "]"
        case .map(let value): return "[String: " + spelling(of: value, names: names, binaryAsFile: binaryAsFile) + "]"
        case .named(let id): return names[id] ?? "JSONValue"
        case .any: return "JSONValue"
        case .nullable(let wrapped): return spelling(of: wrapped, names: names, binaryAsFile: binaryAsFile) + "?"
        }
    }
}
