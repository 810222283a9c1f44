import Dispatch
import Foundation
import Synchronization
import SwiftEmitter

/// Writes generated files into a directory, or compares them with what is there. Only files that carry
/// the generator's marker are ever replaced or removed; anything else in the directory is left alone.
public struct OutputDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public struct Difference: Sendable, Hashable {
        public enum Kind: String, Sendable { case changed, missing, stale }
        public var file: String
        public var kind: Kind
        /// A short diff for `changed` files.
        public var excerpt: String
    }

    /// Files the generator wrote earlier (they start with its marker), other than `excluded`: in the
    /// directory and, for the modules layout, in its folders one level down (`Module/File.swift`).
    func generatedFiles(excluding excluded: Set<String> = []) -> [String] {
        let top = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        var names = top
        for folder in top {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path + "/" + folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            names += ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + folder)) ?? []).map { folder + "/" + $0 }
        }
        return names.filter { name in
            guard !excluded.contains(name) else { return false }
            guard name.hasSuffix(".swift"), let handle = FileHandle(forReadingAtPath: path + "/" + name) else { return false }
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: SwiftEmitter.marker.utf8.count)) ?? Data()
            return head == Data(SwiftEmitter.marker.utf8)
        }.sorted()
    }

    /// What differs between the directory and `files`.
    public func differences(from files: [SwiftEmitter.File]) -> [Difference] {
        // Reading and comparing a large client's files is I/O and memcmp: spread it over the cores.
        let path = path
        let found = Mutex<[Difference?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            var difference: Difference?
            if let existing = FileManager.default.contents(atPath: path + "/" + file.name) {
                if !Self.bytes(existing, equal: file.contents) {
                    let old = String(decoding: existing, as: UTF8.self)
                    difference = Difference(file: file.name, kind: .changed, excerpt: Self.shortDiff(old: old, new: file.contents))
                }
            } else {
                difference = Difference(file: file.name, kind: .missing, excerpt: "")
            }
            found.withLock { $0[index] = difference }
        }
        var result = found.withLock { $0.compactMap { $0 } }
        // Only files the generator no longer produces need their marker read.
        for name in generatedFiles(excluding: Set(files.map(\.name))) {
            result.append(Difference(file: name, kind: .stale, excerpt: ""))
        }
        return result.sorted { $0.file < $1.file }
    }

    private static func bytes(_ data: Data, equal text: String) -> Bool {
        var text = text
        return text.withUTF8 { new in
            guard data.count == new.count else { return false }
            guard let newBase = new.baseAddress else { return true }
            return data.withUnsafeBytes { memcmp($0.baseAddress!, newBase, new.count) == 0 }
        }
    }

    /// Writes changed and missing files and removes stale generated ones. Returns what changed.
    @discardableResult
    public func write(_ files: [SwiftEmitter.File]) throws -> [Difference] {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let differences = differences(from: files)
        let contents = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
        for difference in differences {
            let location = path + "/" + difference.file
            if difference.kind == .stale {
                try FileManager.default.removeItem(atPath: location)
                // A module the modules layout no longer has leaves no empty folder behind.
                let folder = (location as NSString).deletingLastPathComponent
                if difference.file.contains("/"), (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true {
                    try FileManager.default.removeItem(atPath: folder)
                }
            } else {
                if difference.file.contains("/") {
                    let folder = (location as NSString).deletingLastPathComponent
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try Data(contents[difference.file]!.utf8).write(to: URL(fileURLWithPath: location), options: .atomic)
            }
        }
        return differences
    }

    /// The differing middle of two texts after their common first and last lines, capped.
    static func shortDiff(old: String, new: String, limit: Int = 12) -> String {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < oldLines.count, prefix < newLines.count, oldLines[prefix] == newLines[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldLines.count - prefix, suffix < newLines.count - prefix,
              oldLines[oldLines.count - 1 - suffix] == newLines[newLines.count - 1 - suffix] { suffix += 1 }
        let removed = oldLines[prefix..<(oldLines.count - suffix)]
        let added = newLines[prefix..<(newLines.count - suffix)]
        var lines = ["@@ line \(prefix + 1) @@"]
        lines += removed.prefix(limit).map { "-" + $0 }
        if removed.count > limit { lines.append("-… (\(removed.count - limit) more lines)") }
        lines += added.prefix(limit).map { "+" + $0 }
        if added.count > limit { lines.append("+… (\(added.count - limit) more lines)") }
        return lines.joined(separator: "\n")
    }
}
