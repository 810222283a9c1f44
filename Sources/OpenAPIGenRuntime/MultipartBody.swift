import Foundation

/// `multipart/form-data` and `multipart/mixed` bodies from a typed payload: each property one part (a list,
/// one part per item), as OpenAPI's defaults have them: a file (`MultipartFile`, or `Data`) as
/// `application/octet-stream` with a file name, a string, number or boolean as its text, anything else as
/// `application/json`; the document's `encoding` may name another content type per property.
enum MultipartBody {
    enum Value {
        case file(MultipartFile)
        case text(String)
        case json(Data)
    }

    static func encode(_ payload: some Encodable, mediaType: String, encoding: [String: PropertyEncoding])
        throws(ClientError) -> (body: Data, contentType: String) {
        let collector = PartCollector()
        do {
            try payload.encode(to: collector)
        } catch let error as ClientError {
            throw error
        } catch {
            throw .invalidRequest("cannot encode the multipart body: \(error)")
        }
        if let problem = collector.problem { throw .invalidRequest(problem) }
        var parts: [(headers: String, body: Data)] = []
        for (name, value) in collector.fields {
            parts.append(try part(name: name, value: value, contentType: encoding[name]?.contentType))
        }
        return assemble(parts, mediaType: mediaType)
    }

    /// A body made of a list (OpenAPI 3.2's multipart with an array schema or an `itemSchema`): each item one
    /// part, in order, sent as `contentType(index)` says or by OpenAPI's defaults.
    static func encode<Item: Encodable>(parts items: [Item], mediaType: String, contentType: (Int) -> String?)
        throws(ClientError) -> (body: Data, contentType: String) {
        var parts: [(headers: String, body: Data)] = []
        for (index, item) in items.enumerated() {
            let value: Value
            do {
                value = try PartCollector.value(of: item)
            } catch {
                throw .invalidRequest("cannot encode part \(index) of the multipart body: \(error)")
            }
            parts.append(try part(name: nil, value: value, contentType: contentType(index)))
        }
        return assemble(parts, mediaType: mediaType)
    }

    private static func assemble(_ parts: [(headers: String, body: Data)], mediaType: String) -> (body: Data, contentType: String) {
        // A boundary that occurs in no part, so no part can end the body early.
        var boundary = "openapi-gen-" + UUID().uuidString
        while parts.contains(where: { $0.body.range(of: Data(boundary.utf8)) != nil || $0.headers.contains(boundary) }) {
            boundary = "openapi-gen-" + UUID().uuidString + UUID().uuidString
        }
        var body = Data()
        for part in parts {
            body.append(Data("--\(boundary)\r\n\(part.headers)\r\n".utf8))
            body.append(part.body)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return (body, "\(mediaType); boundary=\(boundary)")
    }

    /// One part: a named one as `form-data` has them, or, without a name, a part of a list (`multipart/mixed`),
    /// whose text says its type (`text/plain` unless the document names another).
    private static func part(name: String?, value: Value, contentType: String?) throws(ClientError) -> (headers: String, body: Data) {
        var disposition = name.map { "form-data; name=\"\(quoted($0))\"" }
        var headers: [(String, String)] = []
        let body: Data
        switch value {
        case .file(let file):
            if let filename = file.filename ?? name {
                disposition = (disposition ?? "attachment") + "; filename=\"\(quoted(filename))\""
                if filename.unicodeScalars.contains(where: { !$0.isASCII }) {
                    // RFC 6266/5987: readers that understand it take the exact UTF-8 name from here.
                    disposition! += "; filename*=UTF-8''" + PercentEncoding.encode(filename)
                }
            }
            headers.append(("Content-Type", file.contentType ?? contentType ?? "application/octet-stream"))
            for (field, text) in file.headers.sorted(by: { $0.key < $1.key }) where !["content-type", "content-disposition"].contains(field.lowercased()) {
                headers.append((field, text))
            }
            body = try file.data()
        case .text(let text):
            if let type = contentType ?? (name == nil ? "text/plain" : nil) { headers.append(("Content-Type", type)) }
            body = Data(text.utf8)
        case .json(let data):
            headers.append(("Content-Type", contentType ?? "application/json"))
            body = data
        }
        let lines = (disposition.map { [("Content-Disposition", $0)] } ?? []) + headers
        return (lines.map { "\($0.0): \(clean($0.1))\r\n" }.joined(), body)
    }

    /// A quoted-string's content as browsers write it (WHATWG): `"` and line breaks percent-encoded.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A header value cannot hold a line break (it would start a header of its own).
    private static func clean(_ value: String) -> String {
        value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}

/// An `Encoder` that takes a payload's top-level properties apart into part values.
private final class PartCollector: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var fields: [(String, MultipartBody.Value)] = []
    var problem: String?

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(PartContainer<Key>(collector: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        problem = "a multipart body must be an object"
        return Discarding<JSONKey>()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        problem = "a multipart body must be an object"
        return Discarding<JSONKey>()
    }

    /// One item of a list body as one part: a file, text, or JSON for anything else (a list included).
    static func value(of item: some Encodable) throws -> MultipartBody.Value {
        switch item {
        case let file as MultipartFile: return .file(file)
        case let data as Data: return .file(MultipartFile(data: data))
        default:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(item)
            switch try JSONDecoder().decode(JSONValue.self, from: data) {
            case .string(let text): return .text(text)
            case let scalar where scalar.isScalar && scalar != .null: return .text(scalar.parameterText)
            default: return .json(data)
            }
        }
    }

    func add(_ name: String, _ value: some Encodable) throws {
        switch value {
        case let file as MultipartFile: fields.append((name, .file(file)))
        case let files as [MultipartFile]: fields += files.map { (name, .file($0)) }
        case let data as Data: fields.append((name, .file(MultipartFile(data: data, filename: name))))
        case let list as [Data]: fields += list.map { (name, .file(MultipartFile(data: $0, filename: name))) }
        default:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(value)
            let tree = try JSONDecoder().decode(JSONValue.self, from: data)
            switch tree {
            case .null: break
            case .string(let text): fields.append((name, .text(text)))
            case .bool, .integer, .number: fields.append((name, .text(tree.parameterText)))
            case .array(let items) where items.allSatisfy(\.isScalar):
                fields += items.map { (name, .text($0.parameterText)) }
            case .array, .object: fields.append((name, .json(data)))
            }
        }
    }
}

private struct PartContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let collector: PartCollector
    var codingPath: [any CodingKey] { [] }

    /// A property written as null has no part: multipart has no null.
    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try collector.add(key.stringValue, value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        collector.problem = "a multipart part cannot be written through a nested container ('\(key.stringValue)')"
        return KeyedEncodingContainer(Discarding<NestedKey>())
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        collector.problem = "a multipart part cannot be written through a nested container ('\(key.stringValue)')"
        return Discarding<JSONKey>()
    }

    mutating func superEncoder() -> any Encoder { collector }
    mutating func superEncoder(forKey key: Key) -> any Encoder { collector }
}

/// Containers that accept anything and keep nothing, for the shapes a multipart body cannot take (the
/// collector has recorded the problem, which fails the request).
private struct Discarding<Key: CodingKey>: KeyedEncodingContainerProtocol, UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }

    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {}
    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {}
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(Discarding<NestedKey>())
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(Discarding<NestedKey>())
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { PartCollector() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { PartCollector() }
}

extension JSONValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}

extension RequestBuilder {
    /// Sets a `multipart/form-data` (or other `multipart/…`) body from a typed payload (see `MultipartBody`).
    public mutating func setMultipartBody(_ value: some Encodable, mediaType: String = "multipart/form-data",
                                          encoding: [String: PropertyEncoding] = [:]) throws(ClientError) {
        let encoded = try MultipartBody.encode(value, mediaType: mediaType, encoding: encoding)
        body = encoded.body
        contentType = encoded.contentType
    }

    /// Sets a `multipart/mixed` (or other `multipart/…`) body made of a list, each item one part in order: the
    /// first parts typed as `prefixContentTypes` says (OpenAPI 3.2's `prefixEncoding`), the others as
    /// `itemContentType` (`itemEncoding`); unnamed, by default a file as `application/octet-stream`, a string,
    /// number or boolean as `text/plain`, anything else as `application/json`.
    public mutating func setMultipartParts<Item: Encodable>(_ items: [Item], mediaType: String = "multipart/mixed",
                                                           prefixContentTypes: [String?] = [], itemContentType: String? = nil) throws(ClientError) {
        let encoded = try MultipartBody.encode(parts: items, mediaType: mediaType) { index in
            index < prefixContentTypes.count ? prefixContentTypes[index] : itemContentType
        }
        body = encoded.body
        contentType = encoded.contentType
    }
}
