import Diagnostics
import Dispatch
import Foundation
import OpenAPI
import SchemaIR
import SwiftEmitter
import SwiftPlan
import Synchronization
import YAML

/// The whole pipeline from a spec file to Swift files, for the CLI, the plugins and the tests.
public enum Generator {
    public struct Result: Sendable {
        public var files: [SwiftEmitter.File]
        /// Located spec warnings and emitter warnings, rendered for a terminal.
        public var warnings: [String]
    }

    /// Loads, translates and emits. Throws ``SpecError`` with located diagnostics for a bad spec.
    /// - Parameter subset: the operations to generate (with the types they reach); all by default. A tag or
    ///   operation it names that the spec does not have is an error.
    /// - Parameter conventions: what the API's configuration adds to its document (pagination rules); by
    ///   default those of the configuration file beside the spec (``GeneratorConfiguration/fileName``), as
    ///   the CLI reads it.
    /// - Parameter references: the files the document's `$ref`s may read (by default, those in the spec's
    ///   folder tree).
    public static func generate(specPath: String, options: SwiftEmitter.Options, subset: OperationSubset = OperationSubset(),
                                conventions given: APIConventions? = nil,
                                references: ReferenceLimits = ReferenceLimits()) throws(SpecError) -> Result {
        var conventions = given ?? APIConventions()
        if given == nil, let path = GeneratorConfiguration.path(besideSpec: specPath) {
            conventions = try GeneratorConfiguration.load(path: path).conventions
        }
        let source = try OpenAPIDocument.parseSource(path: specPath)
        // The digest of the spec's content and the IR do not depend on each other: compute both at once.
        let digest = Concurrently { contentDigest { source.root.canonicalJSON($0) } }
        let document: OpenAPIDocument
        do {
            document = try OpenAPIDocument(parsing: source, references: references)
        } catch {
            _ = digest.value
            throw error
        }
        let whole = IRDocument(document, conventions: conventions)
        let unmatched = subset.unmatchedNames(in: whole)
        guard unmatched.isEmpty else {
            _ = digest.value
            throw SpecError(unmatched.map {
                Diagnostic(.error, "the subset names \($0), which the document does not have", file: specPath, mark: Mark(line: 1, column: 1), pointer: nil)
            })
        }
        let ir = whole.restricted(to: subset)
        // The header names the spec without its extension and digests its content, not its bytes, so a
        // YAML document and its JSON twin generate identical files.
        let name = ((specPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let output = SwiftEmitter(options: options).emit(ir, specName: name,
                                                         specDigest: documentSetDigest(root: digest.value, document))
        let warnings = (ir.warnings + output.warnings.sorted()).map(\.description)
        // Tearing down the node tree, the typed document and the IR takes thousands of deallocations;
        // the caller has files to write meanwhile.
        releaseInBackground((source, document, whole, ir))
        return Result(files: output.files, warnings: warnings)
    }
}

/// The digest of a document's whole content: its root file's alone for a document in one file; for one
/// spread over files, a digest of the root's and of each referenced file's name and content digest, so an
/// edit to any of them changes the header.
private func documentSetDigest(root: String, _ document: OpenAPIDocument) -> String {
    let files = document.referencedSources
    guard !files.isEmpty else { return root }
    let parts = files.concurrentMap { file in
        file.name + " " + contentDigest { file.document.root.canonicalJSON($0) }
    }
    let listing = ([root] + parts).joined(separator: "\n")
    return contentDigest { produce in
        let bytes = Array(listing.utf8)
        bytes.withUnsafeBufferPointer { produce($0) }
    }
}

/// The SHA-256 (hex) a header records for spec content, made piece by piece: `produce` calls its argument
/// with each piece in order, so the content never needs to be held whole.
package func contentDigest(streaming produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> String {
    var hasher = SHA256()
    produce { hasher.update($0) }
    return hasher.finalize()
}

/// Ends `value`'s lifetime on another thread, so the caller does not wait for it to be freed.
private func releaseInBackground<Value: Sendable>(_ value: Value) {
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}
