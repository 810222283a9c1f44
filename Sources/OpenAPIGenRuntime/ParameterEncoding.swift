import Foundation

/// A value that can stand in a path, query or header parameter.
public protocol ParameterValue: Sendable {
    /// The text sent on the wire, before percent-encoding.
    var parameterText: String { get }
}

extension String: ParameterValue { public var parameterText: String { self } }
extension Int: ParameterValue { public var parameterText: String { String(self) } }
extension Int32: ParameterValue { public var parameterText: String { String(self) } }
extension Int64: ParameterValue { public var parameterText: String { String(self) } }
extension Double: ParameterValue { public var parameterText: String { String(self) } }
extension Float: ParameterValue { public var parameterText: String { String(self) } }
extension Bool: ParameterValue { public var parameterText: String { self ? "true" : "false" } }
extension Date: ParameterValue { public var parameterText: String { RFC3339.string(from: self) } }

/// A value no documented type matched (a union's catch-all): a scalar as its text, null as nothing, and
/// a list or an object as its JSON.
extension JSONValue: ParameterValue {
    public var parameterText: String {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag.parameterText
        case .integer(let number): return number.parameterText
        case .number(let number): return number.parameterText
        case .string(let text): return text
        case .array, .object:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }
}

extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    public var parameterText: String { rawValue.parameterText }
}

/// Percent-encoding for URL parts: everything but RFC 3986's unreserved characters is escaped, so an
/// ID containing `/`, `?`, `%`, spaces or non-ASCII stays one path segment.
public enum PercentEncoding {
    public static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
            }
        }
        return result
    }
}

/// OpenAPI parameter styles that affect how the client serialises values.
public enum ParameterStyle: Sendable {
    case form, spaceDelimited, pipeDelimited, deepObject, simple
}
