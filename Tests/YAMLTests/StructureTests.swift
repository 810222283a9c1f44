import Diagnostics
import Testing
import YAML

@Suite struct StructureTests {
    @Test func marksAreOneBased() throws {
        let root = try parse("""
            openapi: 3.0.3
            info:
              title: x
              list:
                - a
                - b
            """)
        #expect(root.mark == Mark(line: 1, column: 1))
        #expect(root["openapi"]?.mark == Mark(line: 1, column: 10))
        #expect(root["info"]?.mark == Mark(line: 3, column: 3))
        let list = try #require(root["info"]?["list"]?.sequence).map(\.mark)
        #expect(list == [Mark(line: 5, column: 7), Mark(line: 6, column: 7)])
    }

    @Test func mappingKeepsOrder() throws {
        let root = try parse("z: 1\na: 2\nm: 3")
        let keys = try #require(root.mapping).map { $0.key.string }
        #expect(keys == ["z", "a", "m"])
        #expect(root.count == 3)
    }

    @Test func nestedCollectionsAreWalkedCorrectly() throws {
        let root = try parse("""
            a:
              b: [1, [2, 3], {c: 4}]
              d: {e: [5]}
            f: 6
            """)
        #expect(root["f"]?.string == "6")
        let b = try #require(root["a"]?["b"]?.sequence).map { $0.kind }
        #expect(b == [.scalar, .sequence, .mapping])
        #expect(root["a"]?["d"]?["e"]?.sequence?.map { $0.string } == ["5"])
    }

    @Test func anchorsAndAliasesResolve() throws {
        let root = try parse("""
            base: &base
              type: string
              format: uuid
            copy: *base
            item: &one 1
            again: *one
            """)
        #expect(root["copy"]?["format"]?.string == "uuid")
        #expect(root["copy"]?.id == root["base"]?.id)
        #expect(root["again"]?.string == "1")
    }

    @Test func mergeKeysApplyWithExplicitKeysWinning() throws {
        let root = try parse("""
            defaults: &defaults
              a: 1
              b: 2
            other: &other
              b: 20
              c: 30
            merged:
              b: explicit
              <<: [*defaults, *other]
              d: 4
            """)
        let merged = try #require(root["merged"])
        let pairs = try #require(merged.mapping).map { "\($0.key.string!)=\($0.value.string!)" }
        #expect(pairs == ["b=explicit", "a=1", "c=30", "d=4"])
        #expect(merged.count == 4)
        #expect(merged["b"]?.string == "explicit")
    }

    @Test func singleMergeKey() throws {
        let root = try parse("""
            base: &b {x: 1, y: 2}
            child:
              <<: *b
              y: 3
            """)
        #expect(root["child"]?["x"]?.string == "1")
        #expect(root["child"]?["y"]?.string == "3")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try parse("\"<<\": {a: 1}")
        #expect(root["<<"]?["a"]?.string == "1")
    }

    @Test func jsonInputParses() throws {
        let root = try parse(#"{"openapi":"3.1.0","list":[1,2.5,true,null,"x"],"nested":{"k":"v\/w"}}"#, file: "spec.json")
        #expect(root["openapi"]?.string == "3.1.0")
        #expect(root["list"]?.sequence?.map { $0.scalarKind } == [.int, .float, .bool, .null, .string])
        #expect(root["nested"]?["k"]?.string == "v/w")
    }

    @Test func jsonSurrogatePairEscapesDecode() throws {
        let root = try parse(#"{"emoji": "a\ud83d\ude00b", "escaped": "\\ud83d\\ude00"}"#, file: "spec.json")
        #expect(root["emoji"]?.string == "a😀b")
        // An escaped backslash is not an escape sequence; its text stays as written.
        #expect(root["escaped"]?.string == #"\ud83d\ude00"#)
    }

    @Test func largeMappingsDetectDuplicates() throws {
        var text = ""
        for index in 0..<200 { text += "key\(index): \(index)\n" }
        #expect(try parse(text).count == 200)
        let error = parseError(text + "key17: again\n")
        #expect(error?.description == "test.yaml:201:1: error: duplicate mapping key 'key17' (first defined at 18:1)")
    }
}
