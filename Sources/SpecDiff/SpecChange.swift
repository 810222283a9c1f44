/// One difference between two versions of a spec, classified for a generated Swift client.
public struct SpecChange: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Code using the client stops compiling, or the wire contract breaks.
        case breaking
        /// Existing code keeps compiling and working.
        case nonBreaking = "non-breaking"
        /// Documentation only (descriptions, examples); listed with `--verbose`.
        case cosmetic

        private var order: Int { self == .breaking ? 0 : self == .nonBreaking ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
    }

    public var severity: Severity
    /// A stable identifier of the kind of change, e.g. `enum-value-removed`.
    public var kind: String
    public var message: String
    /// The JSON pointer in the old document (nil for additions).
    public var oldPointer: String?
    /// The JSON pointer in the new document (nil for removals).
    public var newPointer: String?
    /// The affected Swift symbol, e.g. `FollowUpV2.status` or `FollowUpsV2Client.list(incidentID:)`.
    public var symbol: String?
}
