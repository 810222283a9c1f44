/// Named entries in source order with lookup by name (components, properties, responses).
public struct OrderedMap<Value: Sendable>: Sendable, Sequence {
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []
    private var positions: [String: Int] = [:]

    public init() {}

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> Value? {
        positions[key].map { values[$0] }
    }

    /// Adds an entry; a repeated key replaces the value in place (the YAML layer rejects true duplicates).
    public mutating func append(_ key: String, _ value: Value) {
        if let position = positions[key] {
            values[position] = value
            return
        }
        positions[key] = keys.count
        keys.append(key)
        values.append(value)
    }

    public func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator {
        zip(keys, values).makeIterator()
    }
}
