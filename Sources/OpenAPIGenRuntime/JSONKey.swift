/// The coding key of generated models: the JSON property name itself, written as a string literal
/// (`forKey: "created_at"`), or made at run time for discriminators and extra properties.
public struct JSONKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }

    @inlinable
    public init(stringLiteral value: String) {
        self.stringValue = value
    }

    public init(_ stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        return nil
    }
}
