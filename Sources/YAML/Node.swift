import Diagnostics

/// A node of a parsed ``Document``: a cheap handle that reads the document's flat storage.
/// Aliases are already resolved: a node reached through an alias is the anchored node itself.
public struct Node: Sendable {
    public enum Kind: Sendable, Hashable { case scalar, sequence, mapping }

    public let document: Document
    let index: UInt32

    init(document: Document, index: UInt32) {
        // Follow an alias to its anchor so readers never see aliases.
        let record = document.records[Int(index)]
        self.document = document
        self.index = record.kind == .alias ? record.first : index
    }

    private var record: Record { document.records[Int(index)] }

    public var kind: Kind {
        switch record.kind {
        case .scalar: return .scalar
        case .sequence: return .sequence
        case .mapping, .alias: return .mapping
        }
    }

    /// Where the node starts (1-based line and column).
    public var mark: Mark {
        let record = record
        return Mark(line: Int(record.line), column: Int(record.column), file: document.markFile)
    }

    /// A stable identity within the document (equal for a node and every alias of it).
    public var id: Int { Int(index) }

    // MARK: Scalars

    /// The scalar with its text, or nil for collections.
    public var scalar: Scalar? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return Scalar(text: makeString(record), style: record.style, tag: tag, kind: record.scalarKind)
    }

    /// The scalar's text exactly as written; nil for collections.
    public var string: String? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return makeString(record)
    }

    /// The scalar's resolved kind, or nil for collections.
    public var scalarKind: ScalarKind? {
        let record = record
        return record.kind == .scalar ? record.scalarKind : nil
    }

    public var style: ScalarStyle? {
        let record = record
        return record.kind == .scalar ? record.style : nil
    }

    /// The node's explicit tag, expanded, if one was written.
    public var tag: String? { document.tags[index] }

    /// True for a scalar that resolves to null (`~`, `null`, or empty).
    public var isNull: Bool {
        let record = record
        return record.kind == .scalar && record.scalarKind == .null
    }

    /// Compares a scalar's bytes with `text` without making a String.
    public func isScalar(_ text: String) -> Bool {
        let record = record
        guard record.kind == .scalar, Int(record.second) == text.utf8.count else { return false }
        return withBytes(record) { bytes in text.utf8.elementsEqual(bytes) }
    }

    /// Calls `body` with the scalar's UTF-8 bytes (empty for collections).
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let record = record
        guard record.kind == .scalar else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try withBytes(record, body)
    }

    private func withBytes<R>(_ record: Record, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try document.text.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[Int(record.first)..<Int(record.first + record.second)]))
        }
    }

    private func makeString(_ record: Record) -> String {
        withBytes(record) { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: Collections

    /// Number of items of a sequence or pairs of a mapping; 0 for scalars.
    public var count: Int {
        let record = record
        switch record.kind {
        case .sequence: return Int(record.second)
        case .mapping: return (record.hasMergedChildren ? document.mergedChildren[index]!.count : Int(record.second)) / 2
        default: return 0
        }
    }

    /// The items of a sequence, or nil for other kinds.
    public var sequence: Children? {
        record.kind == .sequence ? Children(document: document, parent: index) : nil
    }

    /// The pairs of a mapping in source order (merge keys applied), or nil for other kinds.
    public var mapping: Pairs? {
        record.kind == .mapping ? Pairs(children: Children(document: document, parent: index)) : nil
    }

    /// The value stored under a scalar key.
    public subscript(key: String) -> Node? {
        guard let pairs = mapping else { return nil }
        for (candidate, value) in pairs where candidate.isScalar(key) {
            return value
        }
        return nil
    }

    /// A short human name for the node's kind, for error messages.
    public var kindName: String {
        switch record.kind {
        case .scalar:
            switch record.scalarKind {
            case .string: return "a string"
            case .null: return "null"
            case .bool: return "a boolean"
            case .int, .float: return "a number"
            }
        case .sequence: return "a list"
        case .mapping, .alias: return "a mapping"
        }
    }
}

extension Node {
    /// The direct children of a collection, in order (a mapping's alternate key, value, key, …).
    public struct Children: Sequence, Sendable {
        let document: Document
        let parent: UInt32

        public func makeIterator() -> Iterator {
            let record = document.records[Int(parent)]
            if record.hasMergedChildren {
                return Iterator(document: document, position: 0, end: 0, list: document.mergedChildren[parent]!)
            }
            return Iterator(document: document, position: parent + 1, end: record.first, list: nil)
        }

        public struct Iterator: IteratorProtocol {
            let document: Document
            var position: UInt32
            let end: UInt32
            let list: [UInt32]?

            public mutating func next() -> Node? {
                if let list {
                    guard Int(position) < list.count else { return nil }
                    defer { position += 1 }
                    return Node(document: document, index: list[Int(position)])
                }
                guard position < end else { return nil }
                let current = position
                position = document.records[Int(current)].indexAfter(current)
                return Node(document: document, index: current)
            }
        }
    }

    /// A mapping's (key, value) pairs.
    public struct Pairs: Sequence, Sendable {
        let children: Children

        public func makeIterator() -> Iterator { Iterator(children: children.makeIterator()) }

        public struct Iterator: IteratorProtocol {
            var children: Children.Iterator

            public mutating func next() -> (key: Node, value: Node)? {
                guard let key = children.next(), let value = children.next() else { return nil }
                return (key, value)
            }
        }
    }
}
