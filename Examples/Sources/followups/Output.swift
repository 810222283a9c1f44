import Foundation
import IncidentIO
import OpenAPIGenRuntime

/// Prints follow-ups as an aligned table or as JSON.
enum Output {
    /// One follow-up: a one-row table, or the JSON object itself (not a list of one).
    static func print(_ followUp: FollowUpV2, asJSON: Bool) throws {
        if asJSON { return try printJSON(followUp) }
        try print([followUp], asJSON: false)
    }

    private static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func print(_ followUps: [FollowUpV2], asJSON: Bool) throws {
        if asJSON { return try printJSON(followUps) }
        let rows = [["ID", "STATUS", "CREATED", "TITLE"]] + followUps.map { followUp in
            [followUp.id, followUp.status.rawValue, RFC3339.string(from: followUp.createdAt).prefix(10).description, followUp.title]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            Swift.print((padded + [row[3]]).joined(separator: "  "))
        }
        if followUps.isEmpty { Swift.print("(no follow-ups)") }
    }
}
