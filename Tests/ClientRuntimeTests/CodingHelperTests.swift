import Foundation
import IncidentIO
import OpenAPIGenRuntime
import Testing

/// The runtime pieces generated code is written against to keep it quick to compile: single-name field
/// coding, interpolated request paths and the open-enum lookup table.
@Suite struct CodingHelperTests {
    /// A model coded the way generated models are, over every primitive the helpers special-case.
    struct Sample: Codable, Equatable {
        var text: String
        var big: Int64
        var plain: Int
        var small: Int32?
        var flag: Bool
        var ratio: Double?
        var single: Float
        var status: FollowUpV2.Status?
        var tags: [String]?

        init(text: String, big: Int64, plain: Int, small: Int32?, flag: Bool, ratio: Double?, single: Float,
             status: FollowUpV2.Status?, tags: [String]?) {
            (self.text, self.big, self.plain, self.small, self.flag) = (text, big, plain, small, flag)
            (self.ratio, self.single, self.status, self.tags) = (ratio, single, status, tags)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: JSONKey.self)
            text = try container.decodeValue(String.self, forKey: "text")
            big = try container.decodeValue(Int64.self, forKey: "big")
            plain = try container.decodeValue(Int.self, forKey: "plain")
            small = try container.decodeValueIfPresent(Int32.self, forKey: "small")
            flag = try container.decodeValue(Bool.self, forKey: "flag")
            ratio = try container.decodeValueIfPresent(Double.self, forKey: "ratio")
            single = try container.decodeValue(Float.self, forKey: "single")
            status = try container.decodeValueIfPresent(FollowUpV2.Status.self, forKey: "status")
            tags = try container.decodeValueIfPresent([String].self, forKey: "tags")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encodeValue(text, forKey: "text")
            try container.encodeValue(big, forKey: "big")
            try container.encodeValue(plain, forKey: "plain")
            try container.encodeValueIfPresent(small, forKey: "small")
            try container.encodeValue(flag, forKey: "flag")
            try container.encodeValueIfPresent(ratio, forKey: "ratio")
            try container.encodeValue(single, forKey: "single")
            try container.encodeValueIfPresent(status, forKey: "status")
            try container.encodeValueIfPresent(tags, forKey: "tags")
        }
    }

    @Test func fieldsRoundTripThroughTheSingleNameHelpers() throws {
        let json = #"{"text":"a\"b","big":9007199254740993,"plain":-3,"small":7,"flag":true,"ratio":0.25,"single":1.5,"status":"someday","tags":["x"]}"#
        let sample = try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        #expect(sample == Sample(text: "a\"b", big: 9_007_199_254_740_993, plain: -3, small: 7, flag: true, ratio: 0.25,
                                 single: 1.5, status: .unknown("someday"), tags: ["x"]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let again = try JSONDecoder().decode(Sample.self, from: encoder.encode(sample))
        #expect(again == sample)
    }

    @Test func absentAndNullOptionalsDecodeAsNilAndAreLeftOut() throws {
        let json = #"{"text":"t","big":1,"plain":2,"small":null,"flag":false,"single":0}"#
        let sample = try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        #expect(sample.small == nil && sample.ratio == nil && sample.status == nil && sample.tags == nil)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(sample)) as! [String: Any]
        #expect(Set(encoded.keys) == ["text", "big", "plain", "flag", "single"])
    }

    @Test func wrongTypesStillFailWithTheKeyInThePath() {
        let json = #"{"text":"t","big":"1","plain":2,"flag":false,"single":0}"#
        #expect {
            try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["big"]
        }
    }

    @Test func interpolatedPathValuesAreEncodedAsOneSegmentEach() {
        let id = "a/b c?d#e%"
        let path: RequestPath = "/v2/follow_ups/\(id)/items/\(Int64(42))/\(FollowUpV2.Status.outstanding)"
        #expect(path.text == "/v2/follow_ups/a%2Fb%20c%3Fd%23e%25/items/42/outstanding")
        let literal: RequestPath = "/v2/follow_ups"
        #expect(literal.text == "/v2/follow_ups")
    }

    @Test func openEnumLookupFindsListedValuesOnly() {
        let lookup = OpenEnumLookup(FollowUpV2.Status.knownCases)
        for known in FollowUpV2.Status.knownCases {
            #expect(lookup[known.rawValue] == known)
        }
        #expect(lookup["Outstanding"] == nil)
        #expect(FollowUpV2.Status(rawValue: "brand_new") == .unknown("brand_new"))
        #expect(FollowUpV2.Status(rawValue: "brand_new").rawValue == "brand_new")
    }
}
