import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// The compatibility promise of incident.io's documentation: new enum values, new properties, reordered
/// properties and changed ID formats must never break a client.
@Suite struct CompatibilityTests {
    /// The `{"follow_up": …}` response example of the documentation's Create page.
    static func seedFollowUp() throws -> [String: JSONValue] {
        let path = Paths.specs + "/incident-io-docs/follow-ups-v2-create-response.json"
        guard case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: path))) else {
            throw CancellationError()
        }
        return object
    }

    /// JSON with the keys of every object in reverse order, so no decoder can rely on the documented order.
    static func reversedKeys(_ value: JSONValue) -> String {
        switch value {
        case .object(let object):
            let members = object.keys.sorted().reversed().map { key in
                JSONValueText.string(key) + ":" + reversedKeys(object[key]!)
            }
            return "{" + members.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.map(reversedKeys).joined(separator: ",") + "]"
        default:
            return String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
        }
    }

    @Test func unknownValuesExtraPropertiesShuffledKeysAndLongIDsDecode() throws {
        var envelope = try Self.seedFollowUp()
        guard case .object(var followUp)? = envelope["follow_up"],
              case .object(var reference)? = followUp["external_issue_reference"],
              case .object(var assignee)? = followUp["assignee"] else {
            Issue.record("the seed follow-up lacks the documented objects")
            return
        }
        followUp["status"] = .string("archived")
        reference["provider"] = .string("youtrack")
        followUp["external_issue_reference"] = .object(reference)
        assignee["role"] = .string("superuser")
        followUp["assignee"] = .object(assignee)
        followUp["brand_new_property"] = .object(["nested": .array([.integer(1), .integer(2)])])
        let longID = String(repeating: "Z", count: 40)
        followUp["id"] = .string(longID)
        envelope["follow_up"] = .object(followUp)
        let json = Data(Self.reversedKeys(.object(envelope)).utf8)
        #expect(String(decoding: json, as: UTF8.self).hasPrefix(#"{"follow_up":{"updated_at""#))

        let decoded = try JSONDecoder().decode(FollowUpsCreateResultV2.self, from: json)
        #expect(decoded.followUp.status == .unknown("archived"))
        #expect(decoded.followUp.externalIssueReference?.provider == .unknown("youtrack"))
        #expect(decoded.followUp.assignee?.role == .unknown("superuser"))
        #expect(decoded.followUp.id == longID)
        #expect(decoded.followUp.createdAt == RFC3339.date(from: "2021-08-17T13:28:57.801578Z"))

        guard case .object(let encoded) = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(decoded)),
              case .object(let again)? = encoded["follow_up"] else {
            Issue.record("re-encoding lost the follow-up")
            return
        }
        #expect(again["status"] == .string("archived"))
        #expect(again["external_issue_reference"].flatMap { if case .object(let o) = $0 { o["provider"] } else { nil } } == .string("youtrack"))
        #expect(again["assignee"].flatMap { if case .object(let o) = $0 { o["role"] } else { nil } } == .string("superuser"))
        #expect(again["created_at"] == .string("2021-08-17T13:28:57.801578Z"))
        #expect(again["brand_new_property"] == nil)  // unknown properties are ignored, not kept
    }

    @Test func unknownEnumValuesHoldInsideArraysDictionariesAndOptionals() throws {
        let array = try JSONDecoder().decode([FollowUpV2.Status].self, from: Data(#"["outstanding","archived",""]"#.utf8))
        #expect(array == [.outstanding, .unknown("archived"), .unknown("")])
        let dictionary = try JSONDecoder().decode([String: UserV2.Role].self, from: Data(#"{"a":"owner","b":"superuser"}"#.utf8))
        #expect(dictionary == ["a": .owner, "b": .unknown("superuser")])
        let optional = try JSONDecoder().decode([UserV2.Role?].self, from: Data(#"[null,"godmode"]"#.utf8))
        #expect(optional == [nil, .unknown("godmode")])
        #expect(String(decoding: try JSONEncoder().encode(array), as: UTF8.self) == #"["outstanding","archived",""]"#)
    }

    @Test func openEnumsBehaveLikeValues() {
        #expect(FollowUpV2.Status(rawValue: "not_doing") == .notDoing)
        #expect(FollowUpV2.Status(rawValue: "archived").rawValue == "archived")
        #expect(FollowUpV2.Status.unknown("completed") == .completed)
        #expect(Set([FollowUpV2.Status.unknown("completed"), .completed]).count == 1)
        #expect(FollowUpV2.Status.knownCases == [.outstanding, .completed, .deleted, .notDoing])
        #expect(FollowUpsV2ListIncidentMode.knownCases.map(\.rawValue) == ["standard", "retrospective", "test", "tutorial", "stream"])
    }

    @Test func datesDecodeWithAndWithoutFractionsAndEncodeWithThem() throws {
        let json = #"{"id":"x","name":"n","rank":1}"#
        _ = try JSONDecoder().decode(FollowUpPriorityV2.self, from: Data(json.utf8))
        for (text, expected) in [
            ("2021-08-17T13:28:57Z", "2021-08-17T13:28:57.000000Z"),
            ("2021-08-17T13:28:57.801578Z", "2021-08-17T13:28:57.801578Z"),
            ("2021-08-17T13:28:57.8Z", "2021-08-17T13:28:57.800000Z"),
            ("2021-08-17T15:28:57.801578+02:00", "2021-08-17T13:28:57.801578Z"),
        ] {
            let date = try #require(RFC3339.date(from: text))
            #expect(RFC3339.string(from: date) == expected)
        }
        #expect(RFC3339.date(from: "2021-13-17T13:28:57Z") == nil)
        #expect(RFC3339.date(from: "yesterday") == nil)
    }
}

/// JSON string literals for the reordering helper.
enum JSONValueText {
    static func string(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
