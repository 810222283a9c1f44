extension Node {
    /// The node as compact JSON, keys in source order, scalars by their resolved type (`True` → `true`,
    /// `0x1F` → `31`). A YAML document and its JSON twin give the same bytes, so a digest of them
    /// identifies the content whatever the syntax.
    public func canonicalJSON() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(document.text.count + document.records.count * 4)
        write(into: &output, depth: 0)
        return output
    }

    private func write(into output: inout [UInt8], depth: Int) {
        switch kind {
        case .scalar:
            writeScalar(into: &output)
        case .sequence:
            output.append(UInt8(ascii: "["))
            var first = true
            for item in sequence! {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                item.write(into: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "]"))
        case .mapping:
            output.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in mapping! {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                key.withUTF8 { Self.writeString($0, into: &output) }
                output.append(UInt8(ascii: ":"))
                value.write(into: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private func writeScalar(into output: inout [UInt8]) {
        switch scalarKind {
        case .null?: output.append(contentsOf: Array("null".utf8))
        case .bool?: output.append(contentsOf: Array((scalar!.bool! ? "true" : "false").utf8))
        case .int?:
            if let value = scalar?.int { output.append(contentsOf: Array(String(value).utf8)) } else { withUTF8 { output.append(contentsOf: $0) } }
        case .float?: withUTF8 { output.append(contentsOf: $0) }
        default: withUTF8 { Self.writeString($0, into: &output) }
        }
    }

    private static func writeString(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): output.append(contentsOf: [92, 92])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
