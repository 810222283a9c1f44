import Testing
import YAML

@Suite struct CanonicalJSONTests {
    private func canonical(_ text: String) throws -> String {
        String(decoding: try parse(text).canonicalJSON(), as: UTF8.self)
    }

    @Test func yamlAndItsJSONTwinGiveTheSameBytes() throws {
        let yaml = """
            openapi: 3.1.0
            flags: [True, false, ~]
            count: 0x1F
            ratio: 1.5
            text: "say \\"hi\\"\\t\\\\ \\u0001"
            """
        let json = #"{"openapi": "3.1.0", "flags": [true, false, null], "count": 31, "ratio": 1.5, "text": "say \"hi\"\t\\ \u0001"}"#
        let expected = #"{"openapi":"3.1.0","flags":[true,false,null],"count":31,"ratio":1.5,"text":"say \"hi\"\u0009\\ \u0001"}"#
        #expect(try canonical(yaml) == expected)
        #expect(try canonical(json) == expected)
    }

    @Test func aliasesAndMergeKeysAreExpanded() throws {
        let text = """
            base: &base {a: 1, b: 2}
            copy: *base
            merged:
              <<: *base
              b: 3
            """
        #expect(try canonical(text) == #"{"base":{"a":1,"b":2},"copy":{"a":1,"b":2},"merged":{"a":1,"b":3}}"#)
    }

    @Test func chunksJoinToTheWholeText() throws {
        let root = try parse("""
            paths:
              /a: {get: {summary: "first \\"quoted\\" line"}}
              /b: [1, 2, {c: d}]
            """)
        let whole = root.canonicalJSON()
        for size in [1, 2, 7, 64] {
            var pieces: [[UInt8]] = []
            root.canonicalJSON(chunkSize: size) { pieces.append(Array($0)) }
            #expect(pieces.flatMap { $0 } == whole)
            #expect(pieces.count > 1)
        }
    }
}
