/// The coding key of generated models: the JSON property name itself, written as a string literal.
public struct JSONKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }

    @inlinable
    public init(stringLiteral value: String) {
        self.stringValue = value
    }

    public init?(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        return nil
    }
}
