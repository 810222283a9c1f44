import Foundation

/// `application/x-www-form-urlencoded` bodies, as OpenAPI's defaults for form bodies have them: each
/// property a `name=value` pair, lists as repeated names (`style: form`, `explode: true`), objects and lists
/// of objects with brackets (`metadata[order_id]=6735`, `items[0][price]=…`, as payment APIs expect),
/// booleans as `true`/`false`, an explicit null as an empty value (`name=`, how such APIs clear a field);
/// percent-encoded by the form rules (space as `+`). A property's `encoding` may say otherwise: `explode:
/// false` joins a list with commas (`spaceDelimited`, `pipeDelimited`: spaces, pipes), `style: form` spreads
/// an object's keys (or joins `key,value` pairs without explode), a `contentType` such as
/// `application/json` writes the value as that text.
enum FormBody {
    static func encode(_ value: some Encodable, encoding: [String: PropertyEncoding] = [:]) throws(ClientError) -> Data {
        let tree = try RequestBuilder.jsonTree(of: value, what: "the form body")
        guard case .object(let members) = tree else {
            throw .invalidRequest("a form body must be an object, not \(tree)")
        }
        var pairs: [String] = []
        // Sorted: the body is the same every time.
        for key in members.keys.sorted() {
            let member = members[key]!
            guard let rule = encoding[key] else {
                append(key, member, to: &pairs, topLevel: true)
                continue
            }
            try append(key, member, rule: rule, to: &pairs)
        }
        return Data(pairs.joined(separator: "&").utf8)
    }

    /// One property as its `encoding` entry says.
    private static func append(_ name: String, _ value: JSONValue, rule: PropertyEncoding, to pairs: inout [String]) throws(ClientError) {
        if let contentType = rule.contentType, !contentType.lowercased().hasPrefix("text/plain") {
            if case .null = value { return pairs.append(escape(name) + "=") }
            // JSON (or another structured type): the value's text, as a JSON document.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(value) else { throw .invalidRequest("cannot encode form field '\(name)'") }
            return pairs.append(escape(name) + "=" + escape(String(decoding: data, as: UTF8.self)))
        }
        let style = rule.style ?? .form
        let explode = rule.explode ?? (style == .form)
        switch value {
        case .array(let items) where items.allSatisfy(\.isScalar) && !explode:
            let separator = style == .spaceDelimited ? " " : style == .pipeDelimited ? "|" : ","
            pairs.append(escape(name) + "=" + escape(items.map(\.parameterText).joined(separator: separator)))
        case .object(let members) where style == .form:
            let keys = members.keys.sorted()
            if explode {
                for key in keys { append(key, members[key]!, to: &pairs, topLevel: false) }
            } else {
                let joined = keys.flatMap { [$0, members[$0]!.parameterText] }.joined(separator: ",")
                pairs.append(escape(name) + "=" + escape(joined))
            }
        default:
            append(name, value, to: &pairs, topLevel: true)
        }
    }

    private static func append(_ name: String, _ value: JSONValue, to pairs: inout [String], topLevel: Bool) {
        switch value {
        case .null:
            // Only an explicit null reaches here (absent optionals are left out): an empty value.
            pairs.append(escape(name) + "=")
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
    /// Sets an `application/x-www-form-urlencoded` body from a typed payload (see `FormBody`), each property
    /// as its entry of the document's `encoding` says.
    public mutating func setFormBody(_ value: some Encodable, encoding: [String: PropertyEncoding] = [:]) throws(ClientError) {
        body = try FormBody.encode(value, encoding: encoding)
        contentType = "application/x-www-form-urlencoded"
    }
}
