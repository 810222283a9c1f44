@testable import SwiftEmitter
import Testing

@Suite struct NamingTests {
    @Test func membersFollowTheAPIDesignGuidelines() {
        #expect(SwiftNames.memberName("incident_id", fallback: "x") == "incidentID")
        #expect(SwiftNames.memberName("slack_user_id", fallback: "x") == "slackUserID")
        #expect(SwiftNames.memberName("slack_user_ids", fallback: "x") == "slackUserIDs")
        #expect(SwiftNames.memberName("api_key", fallback: "x") == "apiKey")
        #expect(SwiftNames.memberName("html_url", fallback: "x") == "htmlURL")
        #expect(SwiftNames.memberName("external_issue_reference_id", fallback: "x") == "externalIssueReferenceID")
        #expect(SwiftNames.memberName("ConnectExternalIssue", fallback: "x") == "connectExternalIssue")
        #expect(SwiftNames.memberName("not_doing", fallback: "x") == "notDoing")
        #expect(SwiftNames.memberName("issue-tracker", fallback: "x") == "issueTracker")
        #expect(SwiftNames.memberName("1st", fallback: "x") == "_1st")
        #expect(SwiftNames.memberName("", fallback: "empty") == "empty")
        #expect(SwiftNames.memberName("self", fallback: "x") == "self_")
        #expect(SwiftNames.memberName("Type", fallback: "x") == "type")
        #expect(SwiftNames.escaped("default") == "`default`")
        #expect(SwiftNames.escaped("repeat") == "`repeat`")
    }

    @Test func typesKeepValidNamesAndCleanTheRest() {
        #expect(SwiftNames.typeName("FollowUpV2") == "FollowUpV2")
        #expect(SwiftNames.typeName("foo-bar") == "FooBar")
        #expect(SwiftNames.typeName(SwiftNames.upperCamel("Follow-ups V2") + "Client") == "FollowUpsV2Client")
        #expect(SwiftNames.typeName("Protocol") == "Protocol_")
        #expect(SwiftNames.typeName("1Password") == "_1Password")
    }

    @Test func collisionsGetDeterministicSuffixes() {
        var scope = NameScope()
        #expect(["active", "active", "active2", "active"].map { scope.claim($0) } == ["active", "active2", "active22", "active3"])
    }

    @Test func literalsCannotBreakOut() {
        #expect(SwiftLiteral.string("a\"b\\c\n\0\u{202E}\\(x)") == #""a\"b\\c\n\0\u{202e}\\(x)""#)
        #expect(SwiftLiteral.commentLines("one */\r\ntwo\u{2028}three\rfour") == ["one */", "two", "three", "four"])
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // FIPS 180-4 examples that span two blocks and many blocks.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Fed in uneven pieces, across block boundaries, the digest is the same.
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        let streamed = SwiftEmitter.digest { body in
            for range in [0..<3, 3..<3, 3..<50, 50..<message.count] { message[range].withUnsafeBufferPointer(body) }
        }
        #expect(streamed == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
