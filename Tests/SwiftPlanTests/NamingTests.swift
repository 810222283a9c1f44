import Foundation
import SwiftPlan
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
        // Schema names as real documents write them become UpperCamelCase.
        #expect(SwiftNames.typeName("account") == "Account")
        #expect(SwiftNames.typeName("account_link") == "AccountLink")
        #expect(SwiftNames.typeName("Account_Link") == "AccountLink")
        #expect(SwiftNames.typeName("pullrequest") == "Pullrequest")
        #expect(SwiftNames.typeName("APIKeyV2") == "APIKeyV2")
    }

    /// A type name and a member name made from the same text never coincide, so no property, case or
    /// parameter can shadow a type the generated code names in an expression.
    @Test func typeAndMemberNamesNeverCoincide() {
        for name in ["repository", "Repository", "1password", "1Password", "3ds", "123", "_x", "self", "Type", "init", "a_b", "URL", "id"] {
            #expect(SwiftNames.typeName(name) != SwiftNames.memberName(name, fallback: "x"), "\(name)")
        }
        #expect(SwiftNames.typeName("1password") == "_1Password")
        #expect(SwiftNames.memberName("1Password", fallback: "x") == "_1password")
        #expect(SwiftNames.typeName("123") == "_123_")
        #expect(SwiftNames.memberName("123", fallback: "x") == "_123")
    }

    @Test func collisionsGetDeterministicSuffixes() {
        var scope = NameScope()
        #expect(["active", "active", "active2", "active"].map { scope.claim($0) } == ["active", "active2", "active22", "active3"])
    }

    @Test func literalsCannotBreakOut() {
        #expect(SwiftLiteral.string("a\"b\\c\n\0\u{202E}\\(x)") == #""a\"b\\c\n\0\u{202e}\\(x)""#)
        #expect(SwiftLiteral.commentLines("one */\r\ntwo\u{2028}three\rfour") == ["one */", "two", "three", "four"])
    }
}

/// Generated code names the runtime's types unqualified, so no schema may take one of their names: every
/// public top-level type of `OpenAPIGenRuntime` must be reserved.
@Suite struct RuntimeNamesTests {
    @Test func everyPublicRuntimeTypeIsReserved() throws {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SwiftPlanTests/NamingTests.swift
        let folder = parts.joined(separator: "/") + "/Sources/OpenAPIGenRuntime"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".swift") }
        var names = Set<String>()
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("public ") {
                let words = line.split(whereSeparator: { " :<{(=".contains($0) })
                guard let kind = words.firstIndex(where: { ["struct", "enum", "class", "protocol", "typealias", "actor"].contains($0) }),
                      kind + 1 < words.count else { continue }
                names.insert(String(words[kind + 1]))
            }
        }
        #expect(names.count > 30)
        #expect(names.subtracting(TypeNames.reserved).sorted() == [])
    }
}
