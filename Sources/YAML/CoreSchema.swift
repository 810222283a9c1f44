/// Resolution of plain scalars by the YAML 1.2 core schema, so `yes`/`no`/`on`/`off` stay strings.
enum CoreSchema {
    static let tagPrefix = "tag:yaml.org,2002:"

    static func resolve(_ text: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: String?) -> ScalarKind {
        if let tag {
            switch tag {
            case tagPrefix + "null": return .null
            case tagPrefix + "bool": return .bool
            case tagPrefix + "int": return .int
            case tagPrefix + "float": return .float
            default: return .string  // `!`, `!!str` and application tags are strings to us.
            }
        }
        guard style == .plain else { return .string }
        return resolvePlain(text)
    }

    static func resolvePlain(_ utf8: UnsafeBufferPointer<UInt8>) -> ScalarKind {
        guard let first = utf8.first else { return .null }
        // Most plain scalars start with a letter that cannot begin a number, null or bool: decide fast.
        switch first {
        case UInt8(ascii: "~"):
            return utf8.count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isOneOf(utf8, ["null", "Null", "NULL"]) ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return isOneOf(utf8, ["true", "True", "TRUE", "false", "False", "FALSE"]) ? .bool : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return numericKind(utf8)
        default:
            return .string
        }
    }

    private static func isOneOf(_ utf8: UnsafeBufferPointer<UInt8>, _ words: [StaticString]) -> Bool {
        words.contains { word in
            word.utf8CodeUnitCount == utf8.count
                && word.withUTF8Buffer { $0.elementsEqual(utf8) }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func numericKind(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarKind {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let rest = bytes[2...]
            if bytes[1] == UInt8(ascii: "o"), rest.allSatisfy({ $0 >= 48 && $0 <= 55 }) { return .int }
            if bytes[1] == UInt8(ascii: "x"), rest.allSatisfy(\.isHexDigit) { return .int }
        }
        var index = 0
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        if bytes[index] == UInt8(ascii: ".") {
            let body = UnsafeBufferPointer(rebasing: bytes[index...])
            if isOneOf(body, [".inf", ".Inf", ".INF"]) { return .float }
            if index == 0, isOneOf(body, [".nan", ".NaN", ".NAN"]) { return .float }
        }
        // [0-9]+ | [0-9]+ . [0-9]* | . [0-9]+, then an optional exponent.
        var integerDigits = 0
        while index < bytes.count, isDigit(bytes[index]) { index += 1; integerDigits += 1 }
        if index == bytes.count { return integerDigits > 0 ? .int : .string }
        if integerDigits > 0, bytes[index] != UInt8(ascii: "."), bytes[index] | 0x20 != UInt8(ascii: "e") {
            return .string  // the common case of an ID such as 01FCNDV6P870EA6S7TK1DSYDG0
        }
        var fractionDigits = 0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1; fractionDigits += 1 }
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return .string }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index]) { index += 1; exponentDigits += 1 }
            if exponentDigits == 0 { return .string }
        }
        return index == bytes.count ? .float : .string
    }

    static func integerValue(_ text: String) -> Int64? {
        if text.hasPrefix("0x") { return Int64(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int64(text.dropFirst(2), radix: 8) }
        return Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    static func floatValue(_ text: String) -> Double? {
        let unsigned = text.hasPrefix("+") || text.hasPrefix("-") ? String(text.dropFirst()) : text
        let negative = text.hasPrefix("-")
        switch unsigned.lowercased() {
        case ".inf": return negative ? -.infinity : .infinity
        case ".nan": return .nan
        default: return Double(text.hasPrefix("+") ? unsigned : text)
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (self >= 48 && self <= 57) || (self >= 65 && self <= 70) || (self >= 97 && self <= 102)
    }
}
