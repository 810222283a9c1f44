extension Node {
    /// The node as compact JSON, keys in source order, scalars by their resolved type (`True` → `true`,
    /// `0x1F` → `31`). A YAML document and its JSON twin give the same bytes, so a digest of them
    /// identifies the content whatever the syntax.
    public func canonicalJSON() -> [UInt8] {
        var output: [UInt8] = []
        canonicalJSON { output.append(contentsOf: $0) }
        return output
    }

    /// ``canonicalJSON()`` handed to `body` piece by piece (each about `chunkSize` bytes), for a consumer
    /// such as a hash that need not hold the whole text.
    public func canonicalJSON(chunkSize: Int = 1 << 16, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var output: [UInt8] = []
        output.reserveCapacity(chunkSize + 1024)
        // Walks the flat records directly: a `Node` per visit would cost a retain and release each.
        withoutActuallyEscaping(body) { flush in
            document.records.withUnsafeBufferPointer { records in
                document.text.withUnsafeBufferPointer { text in
                    let writer = CanonicalJSONWriter(document: document, records: records, text: text, chunkSize: chunkSize, flush: flush)
                    writer.write(index, into: &output)
                }
            }
        }
        if !output.isEmpty { output.withUnsafeBufferPointer(body) }
    }
}

private struct CanonicalJSONWriter {
    let document: Document
    let records: UnsafeBufferPointer<Record>
    let text: UnsafeBufferPointer<UInt8>
    let chunkSize: Int
    let flush: (UnsafeBufferPointer<UInt8>) -> Void

    /// Hands the output so far to `flush` once it reaches a chunk.
    private func flushIfFull(_ output: inout [UInt8]) {
        guard output.count >= chunkSize else { return }
        output.withUnsafeBufferPointer(flush)
        output.removeAll(keepingCapacity: true)
    }

    func write(_ start: UInt32, into output: inout [UInt8]) {
        var index = start
        var record = records[Int(index)]
        if record.kind == .alias {
            index = record.first
            record = records[Int(index)]
        }
        switch record.kind {
        case .scalar:
            writeScalar(record, into: &output)
            flushIfFull(&output)
        case .sequence:
            output.append(UInt8(ascii: "["))
            var first = true
            forEachChild(of: index, record) { child in
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                write(child, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .mapping, .alias:
            output.append(UInt8(ascii: "{"))
            var isKey = true
            var first = true
            forEachChild(of: index, record) { child in
                if isKey {
                    if !first { output.append(UInt8(ascii: ",")) }
                    first = false
                    var key = records[Int(child)]
                    if key.kind == .alias { key = records[Int(key.first)] }
                    // A collection used as a key has no text: it is written as "".
                    Self.writeString(key.kind == .scalar ? bytes(key) : UnsafeBufferPointer(start: nil, count: 0), into: &output)
                    output.append(UInt8(ascii: ":"))
                    flushIfFull(&output)
                } else {
                    write(child, into: &output)
                }
                isKey.toggle()
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private func forEachChild(of index: UInt32, _ record: Record, _ body: (UInt32) -> Void) {
        if record.hasMergedChildren {
            for child in document.mergedChildren[index]! { body(child) }
            return
        }
        var position = index + 1
        while position < record.first {
            body(position)
            position = records[Int(position)].indexAfter(position)
        }
    }

    private func bytes(_ record: Record) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(record.first)..<Int(record.first + record.second)])
    }

    private func writeScalar(_ record: Record, into output: inout [UInt8]) {
        let value = bytes(record)
        switch record.scalarKind {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool: output.append(contentsOf: (value.first == UInt8(ascii: "t") || value.first == UInt8(ascii: "T") ? "true" : "false").utf8)
        case .int:
            if let number = CoreSchema.integerValue(String(decoding: value, as: UTF8.self)) {
                output.append(contentsOf: String(number).utf8)
            } else {
                output.append(contentsOf: value)
            }
        case .float: output.append(contentsOf: value)
        case .string: Self.writeString(value, into: &output)
        }
    }

    private static func writeString(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Copy runs of plain bytes at once; only quotes, backslashes and controls need escapes.
        var runStart = 0
        for position in 0..<bytes.count {
            let byte = bytes[position]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            runStart = position + 1
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): output.append(contentsOf: [92, 92])
            default:
                let hex: StaticString = "0123456789abcdef"
                let digits = hex.utf8Start
                output.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        output.append(UInt8(ascii: "\""))
    }
}
