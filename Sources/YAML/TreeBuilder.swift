import CYAML
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns libyaml events into a ``Document``: resolves anchors, aliases and merge keys, rejects
/// duplicate keys and second documents, and bounds nesting and alias expansion.
struct TreeBuilder {
    private struct OpenCollection {
        var index: UInt32
        var anchor: String?
        var isMapping: Bool
        var children: UInt32 = 0
        /// Nodes below, counting each alias as the size of what it stands for.
        var weight = 1
        /// Set while the value of a `<<` key is being read.
        var readingMergeValue = false
        /// Merged (key, value) indices, each with the number of explicit children written before it.
        var merges: [(position: UInt32, pairs: [UInt32])] = []
        /// Hashes of a large mapping's keys, so duplicate detection stays linear.
        var keyHashes: Set<Int>?
    }

    private let file: String
    private let marksNameFile: Bool
    private let limits: YAMLParser.Limits
    private var records: [Record] = []
    private var text: [UInt8] = []
    private var tags: [UInt32: String] = [:]
    private var mergedChildren: [UInt32: [UInt32]] = [:]
    private var stack: [OpenCollection] = []
    private var anchors: [String: (index: UInt32, weight: Int)] = [:]
    private var aliasedNodes = 0
    private var documents = 0

    init(file: String, marksNameFile: Bool, limits: YAMLParser.Limits, expectedBytes: Int) {
        self.file = file
        self.marksNameFile = marksNameFile
        self.limits = limits
        // Specs average roughly one node per 16 bytes of source.
        records.reserveCapacity(expectedBytes / 12)
        text.reserveCapacity(expectedBytes)
    }

    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) {
        let start = event.pointee.start_mark
        let line = UInt32(truncatingIfNeeded: start.line + 1)
        let column = UInt32(truncatingIfNeeded: start.column + 1)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            try addScalar(data, line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            try open(line: line, column: column, anchor: event.pointee.data.sequence_start.anchor,
                     tag: event.pointee.data.sequence_start.tag, kind: .sequence)
        case YAML_MAPPING_START_EVENT:
            try open(line: line, column: column, anchor: event.pointee.data.mapping_start.anchor,
                     tag: event.pointee.data.mapping_start.tag, kind: .mapping)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close()
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.pointee.data.alias.anchor)
            let mark = Mark(line: Int(line), column: Int(column))
            guard let target = anchors[name] else {
                throw error(mark, "unknown alias '*\(name)' (no complete anchor '&\(name)' before it)")
            }
            aliasedNodes += target.weight
            if aliasedNodes > limits.maximumAliasedNodes {
                throw error(mark, "aliases expand the document beyond \(limits.maximumAliasedNodes) nodes; refusing to expand further (is this an alias bomb?)")
            }
            let index = UInt32(records.count)
            records.append(Record(line: line, column: column, first: target.index, second: 0,
                                  kind: .alias, style: .plain, scalarKind: .string, hasMergedChildren: false))
            try added(index, weight: target.weight)
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw error(Mark(line: Int(line), column: Int(column)),
                            "a spec must be a single YAML document, but a second document starts here")
            }
        default:
            break  // stream start/end and document end carry nothing we keep
        }
    }

    consuming func finish() throws(YAMLError) -> Document {
        guard !records.isEmpty else {
            throw error(Mark(line: 1, column: 1), "the document is empty")
        }
        return Document(file: file, markFile: marksNameFile ? file : nil, records: records, text: text, tags: tags, mergedChildren: mergedChildren)
    }

    // MARK: Nodes

    private mutating func addScalar(_ data: yaml_event_s.__Unnamed_union_data.__Unnamed_struct_scalar,
                                    line: UInt32, column: UInt32) throws(YAMLError) {
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let style = Self.style(data.style)
        var tag: String?
        if let rawTag = data.tag {
            // The non-specific `!` tag forces a string; keep it as the string tag.
            let written = String(cString: rawTag)
            tag = written == "!" ? CoreSchema.tagPrefix + "str" : written
        }
        let kind = tag == nil && style == .plain ? CoreSchema.resolvePlain(bytes) : CoreSchema.resolve(bytes, style: style, tag: tag)
        let index = UInt32(records.count)
        records.append(Record(line: line, column: column, first: UInt32(text.count), second: UInt32(bytes.count),
                              kind: .scalar, style: style, scalarKind: kind, hasMergedChildren: false))
        text.append(contentsOf: bytes)
        if let tag { tags[index] = tag }
        if let anchor = data.anchor { anchors[String(cString: anchor)] = (index, 1) }
        try added(index, weight: 1)
    }

    private mutating func open(line: UInt32, column: UInt32, anchor: UnsafeMutablePointer<yaml_char_t>?,
                               tag: UnsafeMutablePointer<yaml_char_t>?, kind: Record.Kind) throws(YAMLError) {
        if stack.count >= limits.maximumDepth {
            throw error(Mark(line: Int(line), column: Int(column)),
                        "collections nest deeper than \(limits.maximumDepth) levels")
        }
        let index = UInt32(records.count)
        records.append(Record(line: line, column: column, first: 0, second: 0,
                              kind: kind, style: .plain, scalarKind: .string, hasMergedChildren: false))
        if let tag { tags[index] = String(cString: tag) }
        stack.append(OpenCollection(index: index, anchor: anchor.map { String(cString: $0) }, isMapping: kind == .mapping))
    }

    private mutating func close() throws(YAMLError) {
        let collection = stack.removeLast()
        let index = Int(collection.index)
        records[index].first = UInt32(records.count)
        records[index].second = collection.children
        if !collection.merges.isEmpty {
            records[index].hasMergedChildren = true
            mergedChildren[collection.index] = applyMerges(collection)
        }
        if let anchor = collection.anchor {
            anchors[anchor] = (collection.index, collection.weight)
        }
        try added(collection.index, weight: collection.weight)
    }

    /// Registers a finished node with the collection it belongs to.
    private mutating func added(_ index: UInt32, weight: Int) throws(YAMLError) {
        guard let top = stack.indices.last else { return }
        stack[top].weight += weight
        guard stack[top].isMapping else {
            stack[top].children += 1
            return
        }
        let isKey = stack[top].children % 2 == 0
        if isKey {
            if isMergeKey(index) {
                stack[top].readingMergeValue = true
            } else {
                try checkUnique(index, in: top)
            }
            stack[top].children += 1
            return
        }
        if stack[top].readingMergeValue {
            stack[top].readingMergeValue = false
            // Remember which physical pair carried the `<<`; applyMerges puts the merged pairs there.
            stack[top].merges.append((stack[top].children - 1, try mergeSources(resolved(index))))
        }
        stack[top].children += 1
    }

    private func isMergeKey(_ index: UInt32) -> Bool {
        let record = records[Int(index)]
        guard record.kind == .scalar, record.style == .plain, record.second == 2, tags[index] == nil else { return false }
        let offset = Int(record.first)
        return text[offset] == UInt8(ascii: "<") && text[offset + 1] == UInt8(ascii: "<")
    }

    private func resolved(_ index: UInt32) -> UInt32 {
        let record = records[Int(index)]
        return record.kind == .alias ? record.first : index
    }

    // MARK: Merge keys

    /// A merge key's value: one mapping, or a list of mappings where earlier ones win.
    private func mergeSources(_ index: UInt32) throws(YAMLError) -> [UInt32] {
        let record = records[Int(index)]
        switch record.kind {
        case .mapping:
            return pairIndices(of: index)
        case .sequence:
            var merged: [UInt32] = []
            var seen = Set<String>()
            for item in children(of: index) {
                let item = resolved(item)
                guard records[Int(item)].kind == .mapping else {
                    throw error(mark(item), "a merge key (<<) list may only hold mappings, found \(kindName(item))")
                }
                let pairs = pairIndices(of: item)
                for pair in stride(from: 0, to: pairs.count, by: 2) where seen.insert(keyText(pairs[pair])).inserted {
                    merged.append(pairs[pair])
                    merged.append(pairs[pair + 1])
                }
            }
            return merged
        default:
            throw error(mark(index), "a merge key (<<) needs a mapping or a list of mappings, found \(kindName(index))")
        }
    }

    /// Explicit keys override merged ones wherever they stand; merged pairs appear where `<<` was written.
    private func applyMerges(_ collection: OpenCollection) -> [UInt32] {
        let physical = children(of: collection.index, end: UInt32(records.count))
        var taken = Set<String>()
        for position in stride(from: 0, to: physical.count, by: 2) where !isMergeKey(physical[position]) {
            taken.insert(keyText(physical[position]))
        }
        var result: [UInt32] = []
        var merges = collection.merges[...]
        for position in stride(from: 0, to: physical.count, by: 2) {
            if let merge = merges.first, merge.position == UInt32(position) {
                merges = merges.dropFirst()
                for pair in stride(from: 0, to: merge.pairs.count, by: 2) where taken.insert(keyText(merge.pairs[pair])).inserted {
                    result.append(merge.pairs[pair])
                    result.append(merge.pairs[pair + 1])
                }
            } else {
                result.append(physical[position])
                result.append(physical[position + 1])
            }
        }
        return result
    }

    private func pairIndices(of mapping: UInt32) -> [UInt32] {
        if records[Int(mapping)].hasMergedChildren { return mergedChildren[mapping]! }
        return children(of: mapping)
    }

    /// Direct children of a finished collection (or of an open one, up to `end`).
    private func children(of index: UInt32, end: UInt32? = nil) -> [UInt32] {
        var result: [UInt32] = []
        var next = index + 1
        let end = end ?? records[Int(index)].first
        while next < end {
            result.append(next)
            next = records[Int(next)].indexAfter(next)
        }
        return result
    }

    // MARK: Duplicate keys

    private mutating func checkUnique(_ key: UInt32, in top: Int) throws(YAMLError) {
        guard records[Int(resolved(key))].kind == .scalar else { return }  // collection keys are unique by position
        let mapping = stack[top].index
        if stack[top].keyHashes == nil {
            if stack[top].children < 32 {
                if let first = firstKey(equalTo: key, in: mapping) { throw duplicate(key, first: first) }
                return
            }
            var hashes = Set<Int>()
            var isKey = true
            for child in children(of: mapping, end: key) {
                if isKey { hashes.insert(keyHash(child)) }
                isKey.toggle()
            }
            stack[top].keyHashes = hashes
        }
        // A hash collision only costs a precise scan, never a false duplicate.
        if !stack[top].keyHashes!.insert(keyHash(key)).inserted, let first = firstKey(equalTo: key, in: mapping) {
            throw duplicate(key, first: first)
        }
    }

    /// The earlier key of an open mapping with the same text, scanning its finished children.
    private func firstKey(equalTo key: UInt32, in mapping: UInt32) -> UInt32? {
        var next = mapping + 1
        var isKey = true
        while next < key {
            if isKey, !isMergeKey(next), sameKey(next, key) { return next }
            next = records[Int(next)].indexAfter(next)
            isKey.toggle()
        }
        return nil
    }

    /// Scalar keys compare by text; a collection key never equals another.
    private func sameKey(_ lhs: UInt32, _ rhs: UInt32) -> Bool {
        let left = records[Int(resolved(lhs))], right = records[Int(resolved(rhs))]
        guard left.kind == .scalar, right.kind == .scalar, left.second == right.second else { return false }
        if left.second == 0 { return true }
        return text.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + Int(left.first), buffer.baseAddress! + Int(right.first), Int(left.second)) == 0
        }
    }

    private func keyHash(_ index: UInt32) -> Int {
        let record = records[Int(resolved(index))]
        guard record.kind == .scalar else { return Int(index) }
        return text.withUnsafeBufferPointer { buffer in
            var hasher = Hasher()
            let bytes = UnsafeBufferPointer(rebasing: buffer[Int(record.first)..<Int(record.first + record.second)])
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            return hasher.finalize()
        }
    }

    private func duplicate(_ key: UInt32, first: UInt32) -> YAMLError {
        error(mark(key), "duplicate mapping key '\(keyText(key))' (first defined at \(mark(first)))")
    }

    /// A key's text for merge bookkeeping and messages.
    private func keyText(_ index: UInt32) -> String {
        let record = records[Int(resolved(index))]
        guard record.kind == .scalar else { return "<collection at \(mark(index))>" }
        return String(decoding: text[Int(record.first)..<Int(record.first + record.second)], as: UTF8.self)
    }

    // MARK: Helpers

    private func mark(_ index: UInt32) -> Mark {
        Mark(line: Int(records[Int(index)].line), column: Int(records[Int(index)].column))
    }

    private func kindName(_ index: UInt32) -> String {
        switch records[Int(index)].kind {
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping, .alias: return "a mapping"
        }
    }

    private func error(_ mark: Mark, _ message: String) -> YAMLError {
        YAMLError(file: file, mark: mark, message: message)
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
