#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libyaml 0.2.5 rejects JSON's UTF-16 surrogate-pair escapes (`"\ud83d\ude00"`), which are valid JSON.
/// Rewriting each pair to YAML's 8-digit escape (`\U0001f600`) keeps the document's meaning;
/// columns after a rewritten pair on the same line shift left by 2.
enum JSONEscapes {
    static func rewritingSurrogatePairs(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = firstSurrogatePair(in: bytes, from: 0) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        var next: Int? = first
        while let index = next {
            output.append(contentsOf: bytes[copied..<index])
            let high = hexValue(bytes, at: index + 2)!
            let low = hexValue(bytes, at: index + 8)!
            let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            output.append(contentsOf: Array("\\U".utf8))
            output.append(contentsOf: Array(hex8(scalar).utf8))
            copied = index + 12
            next = firstSurrogatePair(in: bytes, from: copied)
        }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    /// Index of the next `\uD8xx\uDCxx` sequence whose backslash is not itself escaped.
    private static func firstSurrogatePair(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        let backslash = UInt8(ascii: "\\")
        while index + 12 <= bytes.count {
            // memchr skips the long stretches without a backslash far faster than a byte loop.
            guard let found = bytes.withUnsafeBufferPointer({ buffer -> Int? in
                let base = buffer.baseAddress!
                return memchr(base + index, Int32(backslash), buffer.count - index).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                }
            }), found + 12 <= bytes.count else { return nil }
            index = found
            if bytes[index + 1] == backslash { index += 2; continue }  // `\\` is an escaped backslash
            if bytes[index + 1] == UInt8(ascii: "u"),
               let high = hexValue(bytes, at: index + 2), (0xD800...0xDBFF).contains(high),
               bytes[index + 6] == backslash, bytes[index + 7] == UInt8(ascii: "u"),
               let low = hexValue(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low) {
                return index
            }
            index += 2
        }
        return nil
    }

    private static func hexValue(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 4 <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + 4] {
            let digit: Int
            switch byte {
            case 48...57: digit = Int(byte) - 48
            case 65...70: digit = Int(byte) - 55
            case 97...102: digit = Int(byte) - 87
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }

    private static func hex8(_ value: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
