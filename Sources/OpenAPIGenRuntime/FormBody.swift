import Foundation

/// `application/x-www-form-urlencoded` bodies, as OpenAPI's defaults for form bodies have them: each
/// property a `name=value` pair, lists as repeated names (`style: form`, `explode: true`), objects and lists
/// of objects with brackets (`metadata[order_id]=6735`, `items[0][price]=…`, as payment APIs expect),
/// booleans as `true`/`false`, nulls left out; percent-encoded by the form rules (space as `+`).
enum FormBody {
    static func encode(_ value: some Encodable) throws(ClientError) -> Data {
        let tree = try RequestBuilder.jsonTree(of: value, what: "the form body")
        guard case .object(let members) = tree else {
            throw .invalidRequest("a form body must be an object, not \(tree)")
        }
        var pairs: [String] = []
        // Sorted: the body is the same every time.
        for key in members.keys.sorted() { append(key, members[key]!, to: &pairs, topLevel: true) }
        return Data(pairs.joined(separator: "&").utf8)
    }

    private static func append(_ name: String, _ value: JSONValue, to pairs: inout [String], topLevel: Bool) {
        switch value {
        case .null:
            break
        case .bool(let flag): pairs.append(escape(name) + "=" + (flag ? "true" : "false"))
        case .integer(let number): pairs.append(escape(name) + "=" + String(number))
        case .number(let number): pairs.append(escape(name) + "=" + number.parameterText)
        case .string(let text): pairs.append(escape(name) + "=" + escape(text))
        case .object(let members):
            for key in members.keys.sorted() { append(name + "[" + key + "]", members[key]!, to: &pairs, topLevel: false) }
        case .array(let items):
            let scalars = items.allSatisfy { if case .object = $0 { false } else if case .array = $0 { false } else { true } }
            for (index, item) in items.enumerated() {
                // Scalars repeat the name; objects and nested lists need their index to stay apart.
                append(scalars ? name : name + "[" + String(index) + "]", item, to: &pairs, topLevel: false)
            }
        }
    }

    /// The form-urlencoded byte serializer: ASCII letters, digits and `*-._` stay, a space is `+`, every
    /// other byte is `%XX`.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                result.unicodeScalars.append("+")
            default:
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
            }
        }
        return result
    }
}

extension RequestBuilder {
    /// Sets an `application/x-www-form-urlencoded` body from a typed payload (see `FormBody`).
    public mutating func setFormBody(_ value: some Encodable) throws(ClientError) {
        body = try FormBody.encode(value)
        contentType = "application/x-www-form-urlencoded"
    }
}
