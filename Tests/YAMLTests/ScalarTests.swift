import Testing
import YAML

@Suite struct ScalarTests {
    @Test func everyStyleIsRecorded() throws {
        let root = try parse("""
            plain: text
            single: 'it''s'
            double: "tab\\tnew\\nline"
            literal: |
              line one
              line two
            folded: >
              folded
              text
            """)
        #expect(root["plain"]?.scalar == Scalar(text: "text", style: .plain))
        #expect(root["single"]?.scalar?.text == "it's")
        #expect(root["single"]?.style == .singleQuoted)
        #expect(root["double"]?.scalar?.text == "tab\tnew\nline")
        #expect(root["double"]?.style == .doubleQuoted)
        #expect(root["literal"]?.string == "line one\nline two\n")
        #expect(root["literal"]?.style == .literal)
        #expect(root["folded"]?.string == "folded text")  // clip chomping, no final newline
        #expect(root["folded"]?.style == .folded)
    }

    @Test func nulInsideQuotedScalarSurvives() throws {
        let root = try parse(#"pattern: "^[^\0]*$""#)
        let text = try #require(root["pattern"]?.string)
        #expect(text == "^[^\u{0}]*$")
        #expect(text.utf8.count == 7)
    }

    @Test func nonASCIIScalars() throws {
        let root = try parse("name: \"Zoë → 日本 😀\"\nplain: Ünïcødé")
        #expect(root["name"]?.string == "Zoë → 日本 😀")
        #expect(root["plain"]?.string == "Ünïcødé")
    }

    @Test func coreSchemaResolution() throws {
        let root = try parse("""
            - yes
            - no
            - on
            - off
            - true
            - False
            - null
            - ~
            -
            - 42
            - -7
            - 0x1F
            - 0o17
            - 3.25
            - 1e3
            - .inf
            - -.Inf
            - .nan
            - 01FCNDV6P870EA6S7TK1DSYDG0
            - "42"
            - !!str 42
            - ! true
            - 1.2.3
            - 2021-08-17T13:28:57Z
            """)
        let kinds = try #require(root.sequence).map { $0.scalarKind }
        #expect(kinds == [
            .string, .string, .string, .string, .bool, .bool, .null, .null, .null,
            .int, .int, .int, .int, .float, .float, .float, .float, .float,
            .string, .string, .string, .string, .string, .string,
        ])
    }

    @Test func textIsExactlyAsWritten() throws {
        // Readers that want a string get the source text, whatever the scalar resolves to.
        let root = try parse("enum: [1, 2, 0x10, 1.50, true, ~]")
        let texts = try #require(root["enum"]?.sequence).map { $0.string }
        #expect(texts == ["1", "2", "0x10", "1.50", "true", "~"])
    }

    @Test func numericValues() throws {
        let root = try parse("[42, 0x1F, 0o17, 2.5, -.inf, true]")
        let items = try #require(root.sequence).map { $0.scalar! }
        #expect(items[0].int == 42)
        #expect(items[1].int == 31)
        #expect(items[2].int == 15)
        #expect(items[3].double == 2.5)
        #expect(items[4].double == -.infinity)
        #expect(items[5].bool == true)
    }

    @Test func tagsAreExpanded() throws {
        let root = try parse("a: !!str 1\nb: !custom x")
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "!custom")
        #expect(root["a"]?.scalarKind == .string)
    }
}
