/// A parsed YAML document, stored flat: one record per node in document order plus one buffer
/// holding every scalar's bytes. Strings are made only when a reader asks for them, which keeps
/// loading a multi-megabyte spec close to the cost of libyaml's own parse.
public final class Document: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    /// The file name every node's ``Node/mark`` carries: nil for a document's root file, whose marks
    /// are read against the file a diagnostic names; set for the files its `$ref`s join to it.
    public let markFile: String?
    let records: [Record]
    let text: [UInt8]
    /// Explicit tags by record index (rare, so kept aside).
    let tags: [UInt32: String]
    /// Mappings that used merge keys: their final (key, value) record indices, flattened.
    let mergedChildren: [UInt32: [UInt32]]

    init(file: String, markFile: String?, records: [Record], text: [UInt8], tags: [UInt32: String],
         mergedChildren: [UInt32: [UInt32]]) {
        self.file = file
        self.markFile = markFile
        self.records = records
        self.text = text
        self.tags = tags
        self.mergedChildren = mergedChildren
    }

    /// The top-level node.
    public var root: Node { Node(document: self, index: 0) }

    /// How many nodes the document holds (aliases count once).
    public var nodeCount: Int { records.count }
}

/// One node in a ``Document``'s flat storage.
struct Record {
    enum Kind: UInt8 { case scalar, sequence, mapping, alias }

    var line: UInt32
    var column: UInt32
    /// Scalar: offset into the text buffer. Collection: index one past its last descendant. Alias: target index.
    var first: UInt32
    /// Scalar: byte length. Collection: number of direct children (a mapping counts keys and values).
    var second: UInt32
    var kind: Kind
    var style: ScalarStyle
    var scalarKind: ScalarKind
    var hasMergedChildren: Bool

    /// The index of the next node after this one (at `index`) and everything below it.
    func indexAfter(_ index: UInt32) -> UInt32 {
        kind == .sequence || kind == .mapping ? first : index + 1
    }
}
