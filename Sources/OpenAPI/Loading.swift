import Diagnostics
import YAML

extension OpenAPIDocument {
    /// Reads and loads the spec at `path` (YAML or JSON).
    public static func load(path: String) throws(SpecError) -> OpenAPIDocument {
        try OpenAPIDocument(parsing: parseSource(path: path))
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

    /// Loads a spec from bytes, naming `file` in diagnostics.
    public static func load(bytes: [UInt8], file: String) throws(SpecError) -> OpenAPIDocument {
        let yaml: YAML.Document
        do {
            yaml = try YAMLParser().parse(bytes, file: file)
        } catch {
            throw SpecError([Diagnostic(error)])
        }
        return try OpenAPIDocument(parsing: yaml)
    }

    /// Decodes a parsed YAML document, checks every reference, and merges path-level parameters.
    public init(parsing yaml: YAML.Document) throws(SpecError) {
        var decoder = SpecDecoder(file: yaml.file)
        guard let decoded = decoder.document(yaml.root) else {
            throw SpecError(decoder.diagnostics)
        }
        var checker = ReferenceChecker(root: yaml.root, components: decoded.components)
        checker.check(&decoder)
        let paths = ParameterMerger(components: decoded.components, indirect: checker.targets).merge(decoded.paths)
        let diagnostics = decoder.diagnostics.sorted { ($0.mark, $0.message) < ($1.mark, $1.message) }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw SpecError(diagnostics)
        }
        self.init(
            source: yaml, version: decoded.version, versionText: decoded.versionText, info: decoded.info,
            servers: decoded.servers, paths: paths, components: decoded.components, security: decoded.security,
            tags: decoded.tags, extensions: decoded.extensions, warnings: diagnostics, indirectTargets: checker.targets)
    }
}

extension Diagnostic {
    init(_ error: YAMLError) {
        self.init(.error, error.message, file: error.file, mark: error.mark, pointer: nil)
    }
}
