/// What every generated enum is: its documented cases plus a catch-all that keeps any other raw value.
/// Decoding never fails on an unlisted value, encoding writes the raw value back unchanged, and values
/// compare by raw value (`.unknown("x")` equals the documented case for `"x"`). Generated enums supply
/// the cases, `init(rawValue:)` and `rawValue`; the rest is here, once.
public protocol OpenEnum: Codable, Hashable, Sendable, RawRepresentable, ParameterValue
where RawValue: Codable & Hashable & Sendable & ParameterValue {
    /// Never fails: a value the API description does not list becomes the catch-all case.
    init(rawValue: RawValue)
}

extension OpenEnum {
    @inlinable
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(RawValue.self))
    }

    @inlinable
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    @inlinable
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
