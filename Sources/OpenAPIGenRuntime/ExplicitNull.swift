import Foundation

/// Coding for fields where `null` and absent differ: required nullable fields (always sent) and the
/// optional nullable fields of request payloads (sent as `null` only when the caller asks).
extension KeyedEncodingContainer {
    /// Encodes the value, or `null` when it is nil and `sendsNull` is true; otherwise leaves the key out.
    public mutating func encode<Value: Encodable>(_ value: Value?, forKey key: Key, sendsNull: Bool) throws {
        if let value {
            try encode(value, forKey: key)
        } else if sendsNull {
            try encodeNil(forKey: key)
        }
    }

    /// ``encode(_:forKey:sendsNull:)`` for RFC 3339 date-times.
    public mutating func encodeDate(_ date: Date?, forKey key: Key, sendsNull: Bool) throws {
        try encode(date.map { RFC3339.string(from: $0) }, forKey: key, sendsNull: sendsNull)
    }
}

extension KeyedDecodingContainer {
    /// True when the key is present with the value `null`.
    public func containsNull(forKey key: Key) throws -> Bool {
        try contains(key) && decodeNil(forKey: key)
    }
}
