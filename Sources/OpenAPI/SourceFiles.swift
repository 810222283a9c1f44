#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import YAML

/// Bounds on the files a document's `$ref`s may make loading read.
public struct ReferenceLimits: Sendable {
    /// The folder tree references may read from; nil for the root document's own folder.
    public var root: String?
    /// Most files a document may span, its root file included.
    public var maximumFiles: Int
    /// Most bytes all of a document's files may hold together.
    public var maximumBytes: Int

    public init(root: String? = nil, maximumFiles: Int = 20_000, maximumBytes: Int = 256 << 20) {
        self.root = root
        self.maximumFiles = maximumFiles
        self.maximumBytes = maximumBytes
    }
}

/// The files one document is made of: its root file and every file its `$ref`s reach, each read and
/// parsed once. A file is known by its path relative to the root file's folder (after symbolic links are
/// resolved), which is also how canonical references name it.
final class SourceFiles {
    let root: YAML.Document
    private let limits: ReferenceLimits
    /// The root file's folder and the folder tree reads are confined to, both with symbolic links resolved;
    /// nil when the document was not read from a file.
    private let rootFolder: String?
    private let allowedFolder: String?
    private let rootRealPath: String?
    /// The root file's folder as the user spelled it, for the file names diagnostics print.
    private let displayFolder: String
    private(set) var documents: [String: YAML.Document] = [:]
    private var unreadable: [String: String] = [:]
    private var realPaths: [String: String?] = [:]
    private var bytesRead: Int
    /// OpenAPI 3.2's `$self` of the root document when it is an absolute URI: references to URIs under its
    /// folder name the files under the root file's folder.
    private let selfBase: (document: String, folder: String)?

    init(root: YAML.Document, readsFiles: Bool, limits: ReferenceLimits) {
        self.root = root
        self.limits = limits
        displayFolder = FilePath.folder(of: root.file)
        rootRealPath = readsFiles ? FilePath.real(root.file) : nil
        rootFolder = rootRealPath.map(FilePath.folder)
        allowedFolder = rootFolder.flatMap { folder in limits.root.map { FilePath.real($0) } ?? folder }
        bytesRead = readsFiles ? FilePath.size(root.file) : 0
        if let declared = root.root["$self"]?.string, FilePath.hasScheme(declared), !declared.contains("#") {
            let document = String(declared.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
            selfBase = (document, String(document[...(document.lastIndex(of: "/") ?? document.startIndex)]))
        } else {
            selfBase = nil
        }
    }

    /// An absolute URI as a path relative to the root file's folder, when the root's `$self` places it under
    /// its own folder; nil otherwise.
    private func selfRelative(_ uri: String) -> String? {
        guard let selfBase, uri.hasPrefix(selfBase.folder), uri.count > selfBase.folder.count else { return nil }
        return String(uri.dropFirst(selfBase.folder.count))
    }

    /// The document a canonical reference's file names; the root for nil.
    func document(_ file: String?) -> YAML.Document? {
        guard let file else { return root }
        return documents[file]
    }

    /// Every file the root's references reached, by canonical name, in name order.
    var referencedFiles: [(name: String, document: YAML.Document)] {
        documents.keys.sorted().map { ($0, documents[$0]!) }
    }

    enum Resolution {
        /// The file is the root file itself.
        case root
        case file(String)
    }

    /// Finds, reads and parses (once) the file `written` names, relative to the file `from` (nil: the root).
    /// A failure is a message for the reference's position; `problems` receives a file's parse errors,
    /// once, the first time it is read.
    /// - Parameter written: the file part of the reference `reference`, which messages quote.
    func resolve(_ written: String, of reference: String, from: String?, problems: inout [Diagnostic]) -> Result<Resolution, ReferenceFailure> {
        var path = JSONPointer.percentDecoded(written)
        var from = from
        if FilePath.hasScheme(path) {
            if path == selfBase?.document { return .success(.root) }
            guard let local = selfRelative(path) else {
                let hint = selfBase.map { " outside the root's $self folder (\($0.folder))" } ?? ""
                return .failure(ReferenceFailure("'\(reference)' is a URL\(hint); generation never reads the network"))
            }
            // Under the root's `$self`: the same file under the root file's folder.
            (path, from) = (local, nil)
        }
        if path.hasPrefix("/") {
            return .failure(ReferenceFailure("'\(reference)' is an absolute path; references to other files must be relative to the file that holds them"))
        }
        guard let rootFolder, let allowedFolder else {
            return .failure(ReferenceFailure("'\(reference)' refers to another file, but this document was not read from a file"))
        }
        let folder = from.map { FilePath.folder(of: FilePath.join(rootFolder, $0)) } ?? rootFolder
        let joined = FilePath.join(folder, path)
        let cached = realPaths[joined]
        let real = cached ?? FilePath.real(joined)
        if cached == nil { realPaths[joined] = .some(real) }
        guard let real else {
            return .failure(ReferenceFailure("'\(reference)' names no file that can be read (\(FilePath.join(displayFolder, FilePath.relative(FilePath.normalized(joined), to: rootFolder))))"))
        }
        guard FilePath.isInside(real, folder: allowedFolder) else {
            return .failure(ReferenceFailure("'\(reference)' resolves to a file outside \(allowedFolder); only files in the root document's folder tree are read (the CLI's --reference-root widens it)"))
        }
        if real == rootRealPath { return .success(.root) }
        let name = FilePath.relative(real, to: rootFolder)
        if documents[name] != nil { return .success(.file(name)) }
        if let message = unreadable[name] { return .failure(ReferenceFailure("'\(reference)' \(message)")) }
        switch read(real, name: name) {
        case .success(let document):
            documents[name] = document
            return .success(.file(name))
        case .failure(let failure):
            unreadable[name] = failure.message
            if let diagnostic = failure.diagnostic { problems.append(diagnostic) }
            return .failure(ReferenceFailure("'\(reference)' \(failure.message)"))
        }
    }

    private func read(_ real: String, name: String) -> Result<YAML.Document, ReadFailure> {
        let display = FilePath.join(displayFolder, name)
        guard documents.count + 1 < limits.maximumFiles else {
            return .failure(ReadFailure(message: "names file number \(documents.count + 2) of this document; at most \(limits.maximumFiles) are read"))
        }
        let size = FilePath.size(real)
        guard bytesRead + size <= limits.maximumBytes else {
            return .failure(ReadFailure(message: "names a file that would take this document past \(limits.maximumBytes) bytes"))
        }
        bytesRead += size
        do {
            // Parsed from the real path so a file swapped in between the check and the read is still the
            // one checked; named by its display path in every position it reports.
            return .success(try YAMLParser().parseFile(atPath: real, naming: display, marksNameFile: true))
        } catch {
            return .failure(ReadFailure(
                message: "names a file that could not be read as YAML or JSON", diagnostic: Diagnostic(error)))
        }
    }

    private struct ReadFailure: Error {
        var message: String
        var diagnostic: Diagnostic?
    }
}

struct ReferenceFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Lexical path arithmetic plus the few system calls references need, so the model layer needs no Foundation.
enum FilePath {
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ folder: String, _ path: String) -> String {
        if folder == "." || folder.isEmpty { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    /// `a/./b/../c` → `a/c`; leading `..` are kept.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }

    /// The path of `path` relative to `folder`; both absolute and normalized.
    static func relative(_ path: String, to folder: String) -> String {
        let target = path.split(separator: "/"), base = folder.split(separator: "/")
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + target[common...].map(String.init)).joined(separator: "/")
    }

    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// `scheme:` as RFC 3986 spells it (`https:`, `file:`, `urn:`).
    static func hasScheme(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":"), colon != path.startIndex else { return false }
        let scheme = path[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return scheme.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
    }

    /// The absolute path with every symbolic link resolved; nil when it names nothing.
    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func size(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }
}
