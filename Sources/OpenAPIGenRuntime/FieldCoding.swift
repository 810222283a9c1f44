import Foundation

// Generated models code every field through these, not `decode`/`encode` themselves: those names carry
// about seventeen overloads each, and checking every call against all of them was about a third of the
// time the compiler spent type-checking a whole-API module. One candidate per name checks in half the time.
//
// They stay as fast as the overloads: for the primitive types the concrete container method is chosen
// by a type test that disappears once the call is specialized (the bodies are inlinable).

extension KeyedDecodingContainer where Key == JSONKey {
    /// The value for `key`, as `KeyedDecodingContainer.decode(_:forKey:)` would decode it.
    @inlinable
    public func decodeValue<Value: Decodable>(_ type: Value.Type, forKey key: JSONKey) throws -> Value {
        if Value.self == String.self { return try decode(String.self, forKey: key) as! Value }
        if Value.self == Int64.self { return try decode(Int64.self, forKey: key) as! Value }
        if Value.self == Int.self { return try decode(Int.self, forKey: key) as! Value }
        if Value.self == Bool.self { return try decode(Bool.self, forKey: key) as! Value }
        if Value.self == Double.self { return try decode(Double.self, forKey: key) as! Value }
        if Value.self == Int32.self { return try decode(Int32.self, forKey: key) as! Value }
        if Value.self == Float.self { return try decode(Float.self, forKey: key) as! Value }
        return try decode(type, forKey: key)
    }

    /// The value for `key`, or nil when the key is absent or `null`, as
    /// `KeyedDecodingContainer.decodeIfPresent(_:forKey:)` would decode it.
    @inlinable
    public func decodeValueIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: JSONKey) throws -> Value? {
        if Value.self == String.self { return try decodeIfPresent(String.self, forKey: key) as! Value? }
        if Value.self == Int64.self { return try decodeIfPresent(Int64.self, forKey: key) as! Value? }
        if Value.self == Int.self { return try decodeIfPresent(Int.self, forKey: key) as! Value? }
        if Value.self == Bool.self { return try decodeIfPresent(Bool.self, forKey: key) as! Value? }
        if Value.self == Double.self { return try decodeIfPresent(Double.self, forKey: key) as! Value? }
        if Value.self == Int32.self { return try decodeIfPresent(Int32.self, forKey: key) as! Value? }
        if Value.self == Float.self { return try decodeIfPresent(Float.self, forKey: key) as! Value? }
        return try decodeIfPresent(type, forKey: key)
    }
}

extension KeyedEncodingContainer where Key == JSONKey {
    /// Encodes `value` for `key`, as `KeyedEncodingContainer.encode(_:forKey:)` would.
    @inlinable
    public mutating func encodeValue<Value: Encodable>(_ value: Value, forKey key: JSONKey) throws {
        if Value.self == String.self { return try encode(value as! String, forKey: key) }
        if Value.self == Int64.self { return try encode(value as! Int64, forKey: key) }
        if Value.self == Int.self { return try encode(value as! Int, forKey: key) }
        if Value.self == Bool.self { return try encode(value as! Bool, forKey: key) }
        if Value.self == Double.self { return try encode(value as! Double, forKey: key) }
        if Value.self == Int32.self { return try encode(value as! Int32, forKey: key) }
        if Value.self == Float.self { return try encode(value as! Float, forKey: key) }
        try encode(value, forKey: key)
    }

    /// Encodes `value` for `key` unless it is nil, as `KeyedEncodingContainer.encodeIfPresent(_:forKey:)`
    /// would.
    @inlinable
    public mutating func encodeValueIfPresent<Value: Encodable>(_ value: Value?, forKey key: JSONKey) throws {
        guard let value else { return }
        try encodeValue(value, forKey: key)
    }
}
