/// A heap box for a recursive field, so a struct can contain (optionally) a value of its own type.
public final class Indirect<Value: Sendable & Hashable>: Hashable, Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
