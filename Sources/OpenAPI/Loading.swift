import Diagnostics
import YAML

extension OpenAPIDocument {
    /// Reads and loads the spec at `path` (YAML or JSON), with the files its `$ref`s reach.
    public static func load(path: String, references: ReferenceLimits = ReferenceLimits()) throws(SpecError) -> OpenAPIDocument {
        try OpenAPIDocument(parsing: parseSource(path: path), references: references)
    }

    /// Reads and parses the YAML or JSON at `path` without decoding it as OpenAPI, for callers that
    /// also want the node tree for something else (such as a content digest) while it is decoded.
    public static func parseSource(path: String) throws(SpecError) -> YAML.Document {
        do {
            return try YAMLParser().parseFile(atPath: path)
        } catch {
            throw SpecError([Diagnostic(error)])
        }
    }

    /// Loads a spec from bytes, naming `file` in diagnostics. Its references must stay inside it: with no
    /// file behind the bytes, no other file is read.
    public static func load(bytes: [UInt8], file: String) throws(SpecError) -> OpenAPIDocument {
        let yaml: YAML.Document
        do {
            yaml = try YAMLParser().parse(bytes, file: file)
        } catch {
            throw SpecError([Diagnostic(error)])
        }
        return try OpenAPIDocument(parsing: yaml, readingFiles: false)
    }

    /// Decodes a parsed YAML document, checks every reference, and merges path-level parameters.
    /// - Parameters:
    ///   - references: which other files the document's `$ref`s may read, relative to `yaml.file`.
    ///   - readingFiles: false to refuse every reference to another file.
    public init(parsing yaml: YAML.Document, references: ReferenceLimits = ReferenceLimits(),
                readingFiles: Bool = true) throws(SpecError) {
        let files = SourceFiles(root: yaml, readsFiles: readingFiles, limits: references)
        var decoder = SpecDecoder(files: files)
        guard let decoded = decoder.document(yaml.root) else {
            throw SpecError(decoder.diagnostics.sorted())
        }
        var checker = ReferenceChecker(components: decoded.components)
        checker.check(&decoder)
        let merger = ParameterMerger(components: decoded.components, indirect: checker.targets)
        let paths = merger.merge(decoded.paths)
        let webhooks = zip(decoded.webhooks, merger.merge(decoded.webhooks.map(\.item))).map { entry, item in
            Webhook(name: entry.name, operations: item.operations, mark: item.mark)
        }
        let diagnostics = decoder.diagnostics.sorted()
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw SpecError(diagnostics)
        }
        self.init(
            source: yaml, version: decoded.version, versionText: decoded.versionText, info: decoded.info,
            servers: decoded.servers, paths: paths, components: decoded.components, security: decoded.security,
            tags: decoded.tags, extensions: decoded.extensions, warnings: diagnostics, indirectTargets: checker.targets,
            referencedSources: files.referencedFiles, webhooks: webhooks)
    }
}

extension Diagnostic {
    init(_ error: YAMLError) {
        self.init(.error, error.message, file: error.file, mark: error.mark, pointer: nil)
    }
}
