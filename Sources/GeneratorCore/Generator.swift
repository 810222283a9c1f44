import Foundation
import OpenAPI
import SchemaIR
import SwiftEmitter

/// The whole pipeline from a spec file to Swift files, for the CLI, the plugins and the tests.
public enum Generator {
    public struct Result: Sendable {
        public var files: [SwiftEmitter.File]
        /// Located spec warnings and emitter warnings, rendered for a terminal.
        public var warnings: [String]
    }

    /// Loads, translates and emits. Throws ``SpecError`` with located diagnostics for a bad spec.
    public static func generate(specPath: String, options: SwiftEmitter.Options) throws(SpecError) -> Result {
        let document = try OpenAPIDocument.load(path: specPath)
        let ir = IRDocument(document)
        // The header names the spec without its extension and digests its content, not its bytes, so a
        // YAML document and its JSON twin generate identical files.
        let name = ((specPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let output = SwiftEmitter(options: options).emit(ir, specName: name, specContent: document.source.root.canonicalJSON())
        let warnings = ir.warnings.map(\.description) + output.warnings.map { "\(specPath): warning: \($0)" }
        return Result(files: output.files, warnings: warnings)
    }
}
