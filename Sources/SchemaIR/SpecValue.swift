import YAML

/// A JSON value read from the spec (defaults, examples), independent of YAML. Not the runtime's
/// `JSONValue`, which generated code uses for free-form data.
public indirect enum SpecValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([SpecValue])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: SpecValue
    }

    /// Reads a node the way a JSON parser would read the equivalent JSON.
    init(_ node: Node) {
        switch node.kind {
        case .scalar:
            let scalar = node.scalar!
            switch scalar.kind {
            case .null: self = .null
            case .bool: self = .bool(scalar.bool!)
            case .int: self = scalar.int.map(SpecValue.integer) ?? .number(scalar.double ?? 0)
            case .float: self = .number(scalar.double ?? 0)
            case .string: self = .string(scalar.text)
            }
        case .sequence:
            self = .array(node.sequence!.map(SpecValue.init))
        case .mapping:
            self = .object(node.mapping!.map { Member(key: $0.key.string ?? "", value: SpecValue($0.value)) })
        }
    }

    /// Compact JSON text with keys in their original order.
    public var jsonText: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value):
            output += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)) : "null"
        case .string(let value): SpecValue.writeString(value, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                SpecValue.writeString(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }

    static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
