import Diagnostics
import Testing
import YAML

@Suite struct ErrorTests {
    @Test func duplicateKey() {
        let error = parseError("a: 1\nb: 2\na: 3\n")
        #expect(error?.description == "test.yaml:3:1: error: duplicate mapping key 'a' (first defined at 1:1)")
    }

    @Test func secondDocument() {
        let error = parseError("a: 1\n---\nb: 2\n")
        #expect(error?.description == "test.yaml:2:1: error: a spec must be a single YAML document, but a second document starts here")
    }

    @Test func malformedYAMLReportsLibyamlProblem() {
        let error = parseError("a: b: c\n")
        #expect(error?.description == "test.yaml:1:5: error: mapping values are not allowed in this context")
    }

    @Test func unclosedFlowSequence() {
        let error = parseError("list: [a, b\nnext: 1\n")
        #expect(error?.file == "test.yaml")
        #expect(error?.message.hasPrefix("did not find expected ',' or ']'") == true)
        #expect(error?.mark == Mark(line: 2, column: 5))
    }

    @Test func badIndentation() {
        let error = parseError("a:\n  b: 1\n c: 2\n")
        #expect(error?.description == "test.yaml:3:2: error: did not find expected key (while parsing a block mapping at 1:1)")
    }

    @Test func unknownAlias() {
        let error = parseError("a: *nowhere\n")
        #expect(error?.description == "test.yaml:1:4: error: unknown alias '*nowhere' (no complete anchor '&nowhere' before it)")
    }

    @Test func recursiveAliasIsUnknown() {
        let error = parseError("a: &x [1, *x]\n")
        #expect(error?.message.hasPrefix("unknown alias '*x'") == true)
    }

    @Test func invalidUTF8IsRejected() throws {
        let bytes: [UInt8] = Array("a: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: YAMLError.self) { try YAMLParser().parse(bytes, file: "bad.yaml") }
    }

    @Test func emptyDocument() {
        #expect(parseError("")?.description == "test.yaml:1:1: error: the document is empty")
    }

    @Test func aliasBombFailsFast() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        // Expanding would mean 10^9 nodes; the parser must stop at its bound instead.
        let error = parseError(text)
        #expect(error?.message.contains("alias bomb") == true)
        #expect(error?.mark.line == 6)  // the sixth level passes the default bound of 10^6 nodes
    }

    @Test func deepNestingIsBounded() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = parseError(text)
        #expect(error?.message == "collections nest deeper than 512 levels")
        #expect(error?.mark == Mark(line: 1, column: 513))
    }

    @Test func mergeOfScalarIsAnError() {
        let error = parseError("a:\n  <<: 1\n")
        #expect(error?.description == "test.yaml:2:7: error: a merge key (<<) needs a mapping or a list of mappings, found a scalar")
    }

    @Test func missingFile() {
        #expect(throws: YAMLError.self) { try YAMLParser().parseFile(atPath: "/nonexistent/spec.yaml") }
    }
}
