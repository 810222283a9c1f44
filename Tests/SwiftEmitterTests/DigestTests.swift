import Foundation
import GeneratorCore
import SwiftEmitter
import Testing

/// The content digest every generated file's header records.
@Suite struct DigestTests {
    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // FIPS 180-4 examples that span two blocks and many blocks.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Fed in uneven pieces, across block boundaries, the digest is the same.
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        let streamed = contentDigest { body in
            for range in [0..<3, 3..<3, 3..<50, 50..<message.count] { message[range].withUnsafeBufferPointer(body) }
        }
        #expect(streamed == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

/// A document spread over files is digested whole: an edit to any referenced file changes every header,
/// so `--check` reports the output stale.
@Suite struct DocumentSetDigestTests {
    @Test func editingAReferencedFileChangesTheDigest() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/multi-file", toPath: copy.path)
        let spec = copy.path + "/openapi.yaml"
        let options = SwiftEmitter.Options(moduleName: "MultiFile")
        let before = try Generator.generate(specPath: spec, options: options)
        // Same content as the fixture: the same files as the golden.
        #expect(OutputDirectory(path: Paths.goldens + "/MultiFile").differences(from: before.files).isEmpty)
        let error = copy.appendingPathComponent("common/error.yaml")
        let text = try String(contentsOf: error, encoding: .utf8)
        try Data((text + "description: An error.\n").utf8).write(to: error)
        let after = try Generator.generate(specPath: spec, options: options)
        let header = { (result: Generator.Result) in
            result.files.first { $0.name == "MultiFileClient.swift" }.map { $0.contents.split(separator: "\n")[1] }
        }
        #expect(header(before)?.hasPrefix("// Content SHA-256") == true)
        #expect(header(before) != header(after))
        // Only the root client records the digest: the rest is rewritten only where its content changed (the
        // models file holds the error type whose description was added).
        let output = OutputDirectory(path: copy.path + "/out")
        try output.write(before.files)
        #expect(output.differences(from: after.files).map(\.file) == ["MultiFileClient.swift", "PetsModels.swift"])
    }
}
