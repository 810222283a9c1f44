/// RFC 6901 JSON pointers as used in `$ref` fragments (`#/components/schemas/Foo`).
public enum JSONPointer {
    /// Escapes one token: `~` → `~0`, `/` → `~1`.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences("~", with: "~0").replacingOccurrences("/", with: "~1")
    }

    /// Renders tokens as a URI fragment pointer, `#/a/b`.
    public static func render(_ tokens: [String]) -> String {
        tokens.isEmpty ? "#" : "#/" + tokens.map(escape).joined(separator: "/")
    }

    /// Parses a local `$ref` (`#/a/b~1c`) into unescaped tokens; nil if the ref is not local.
    public static func parseLocal(_ reference: String) -> [String]? {
        guard reference.utf8.first == UInt8(ascii: "#") else { return nil }
        // Nearly every reference is plain (`#/components/schemas/Name`): split its bytes directly.
        if !reference.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) {
            let utf8 = reference.utf8.dropFirst()
            if utf8.isEmpty { return [] }
            guard utf8.first == UInt8(ascii: "/") else { return nil }
            return utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        let fragment = percentDecoded(String(reference.dropFirst()))
        if fragment.isEmpty { return [] }
        guard fragment.first == "/" else { return nil }
        return fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            // Order matters: `~01` must become `~1`, not `/`.
            String($0).replacingOccurrences("~1", with: "/").replacingOccurrences("~0", with: "~")
        }
    }

    /// URI fragments may percent-encode characters (`%20`); pointers are matched on the decoded text.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// Plain substring replacement, so the model layer needs no Foundation.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(target) {
                return start..<index(start, offsetBy: target.count)
            }
            start = index(after: start)
        }
        return nil
    }
}
