/// A heap box for a model's property: a recursive one, so a struct can contain (optionally) a value of its
/// own type, or a large one, so copying the owner copies one reference instead of the whole nested value.
/// Immutable: setting the property stores a new box, so models keep value semantics.
public final class Indirect<Value: Sendable & Hashable>: Hashable, Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
