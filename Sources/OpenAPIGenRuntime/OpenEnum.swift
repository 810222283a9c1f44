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

/// The known cases of an open enum by raw value: how generated enums implement `init(rawValue:)`.
///
/// A `switch` over string literals would do the same, but the compiler checks every `case "…":` pattern
/// against all of `~=`'s overloads, which made enum initialisers the slowest function bodies of a
/// whole-API module to compile.
public struct OpenEnumLookup<Value: OpenEnum>: Sendable {
    @usableFromInline
    let cases: [Value.RawValue: Value]

    /// - Parameter knownCases: the cases the API description lists; the first of two with the same raw
    ///   value wins.
    public init(_ knownCases: [Value]) {
        cases = Dictionary(knownCases.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The listed case with this raw value, if any.
    @inlinable
    public subscript(rawValue: Value.RawValue) -> Value? {
        cases[rawValue]
    }
}
