import Foundation
import OpenAPIGenRuntime
import SchemaIR

/// Checks that a spec's examples decode into the generated types and re-encode to the same JSON
/// (key order aside; dates compared as instants), for tests and CI harnesses.
public enum ExampleVerifier {
    /// One `example` in the spec and the type it must decode into.
    public struct Example: Sendable, CustomStringConvertible {
        public let location: String
        public let type: TypeRef
        public let value: IRExample

        public var description: String { location }
    }

    /// Every example: of named types, of object fields, of parameters and of media types (request and
    /// response, `example` and `examples`).
    public static func examples(in ir: IRDocument) -> [Example] {
        var found: [Example] = []
        for type in ir.types {
            if let example = type.example { found.append(Example(location: type.id.rawValue, type: .named(type.id), value: example)) }
            guard case .object(let object) = type.kind else { continue }
            for field in object.fields {
                if let example = field.example {
                    // A nullable field's example may be `null`.
                    let fieldType = field.nullable ? TypeRef.nullable(field.type) : field.type
                    found.append(Example(location: "\(type.id.rawValue).\(field.name)", type: fieldType, value: example))
                }
            }
        }
        for operation in ir.operations {
            for parameter in operation.parameters {
                if let example = parameter.example {
                    let parameterType = parameter.nullable ? TypeRef.nullable(parameter.type) : parameter.type
                    found.append(Example(location: "\(operation.key) parameter \(parameter.name)", type: parameterType, value: example))
                }
            }
            let contents = (operation.requestBody?.contents ?? []) + operation.responses.flatMap(\.contents)
            for content in contents {
                guard let type = content.type else { continue }
                if let example = content.example {
                    found.append(Example(location: "\(operation.key) \(content.contentType)", type: type, value: example))
                }
                for (name, value) in content.examples {
                    found.append(Example(location: "\(operation.key) example \(name)", type: type, value: value))
                }
            }
        }
        for webhook in ir.webhooks {
            for (name, value) in webhook.examples {
                found.append(Example(location: name, type: webhook.payload, value: value))
            }
        }
        return found
    }

    /// The examples of the webhook events that make up the event union, for checking them through it.
    public static func eventExamples(in ir: IRDocument) -> [(location: String, eventType: String, json: String)] {
        ir.webhooks.filter(\.isDiscriminated).flatMap { webhook in
            webhook.examples.map { (location: $0.name, eventType: webhook.eventType, json: $0.value.jsonText) }
        }
    }

    /// Decodes an event example through the event union and re-encodes it: the same JSON must come back.
    public static func verifyEvent<Event: Codable>(_ json: String, as type: Event.Type, at location: String) throws(Failure) {
        let data = Data(json.utf8)
        do {
            let reencoded = try roundTrip(type, data)
            guard try sameJSON(data, reencoded) else {
                throw Failure.mismatch(location, original: json, reencoded: String(decoding: reencoded, as: UTF8.self))
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .decoding(location, error)
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noType(String)
        case decoding(String, any Error)
        /// The example lacks a property its own schema requires: a defect of the spec, which a strict
        /// client rightly refuses (generated code only demands keys the spec marks required).
        case nonconforming(String, missing: String, at: String)
        case mismatch(String, original: String, reencoded: String)

        public var description: String {
            switch self {
            case .noType(let location): return "\(location): no generated type to decode into"
            case .decoding(let location, let error): return "\(location): does not decode: \(error)"
            case .nonconforming(let location, let missing, let path):
                return "\(location): the example has no '\(missing)' at '\(path)', which its schema requires"
            case .mismatch(let location, let original, let reencoded):
                return "\(location): re-encodes differently\n  example:    \(original)\n  re-encoded: \(reencoded)"
            }
        }
    }

    /// Decodes the example into its type (found through `typeForID` for named types) and re-encodes it.
    public static func verify(_ example: Example, typeForID: (String) -> (any Codable.Type)?) throws(Failure) {
        let json = Data(example.value.jsonText.utf8)
        try check(json, as: example.type, at: example.location, typeForID: typeForID)
    }

    private static func check(_ json: Data, as type: TypeRef, at location: String,
                              typeForID: (String) -> (any Codable.Type)?) throws(Failure) {
        do {
            switch type {
            case .array(let element):
                // Elements one by one: only named and primitive types need a Swift type.
                for item in try JSONDecoder().decode([OpenAPIGenRuntime.JSONValue].self, from: json) {
                    try check(try JSONEncoder().encode(item), as: element, at: location, typeForID: typeForID)
                }
            case .map(let value):
                for member in try JSONDecoder().decode([String: OpenAPIGenRuntime.JSONValue].self, from: json).values {
                    try check(try JSONEncoder().encode(member), as: value, at: location, typeForID: typeForID)
                }
            case .nullable(let wrapped):
                if try JSONDecoder().decode(OpenAPIGenRuntime.JSONValue.self, from: json) != .null {
                    try check(json, as: wrapped, at: location, typeForID: typeForID)
                }
            default:
                guard let swiftType = swiftType(type, typeForID: typeForID) else { throw Failure.noType(location) }
                let reencoded = try roundTrip(swiftType, json)
                guard try sameJSON(json, reencoded) else {
                    throw Failure.mismatch(location, original: String(decoding: json, as: UTF8.self),
                                           reencoded: String(decoding: reencoded, as: UTF8.self))
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch DecodingError.keyNotFound(let key, let context) {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            throw .nonconforming(location, missing: key.stringValue, at: path.isEmpty ? "<root>" : path)
        } catch {
            throw .decoding(location, error)
        }
    }

    private static func swiftType(_ type: TypeRef, typeForID: (String) -> (any Codable.Type)?) -> (any Codable.Type)? {
        switch type {
        case .string(.dateTime): return RFC3339Date.self
        case .string(.byte), .string(.binary): return Data.self
        case .string: return String.self
        case .integer(.int32): return Int32.self
        case .integer(.int64): return Int64.self
        case .integer: return Int.self
        case .number(.float): return Float.self
        case .number: return Double.self
        case .boolean: return Bool.self
        case .any: return OpenAPIGenRuntime.JSONValue.self
        case .named(let id): return typeForID(id.rawValue)
        default: return nil
        }
    }

    private static func roundTrip<Value: Codable>(_ type: Value.Type, _ json: Data) throws -> Data {
        try JSONEncoder().encode(try JSONDecoder().decode(Value.self, from: json))
    }

    /// Equal as JSON values, with RFC 3339 strings compared as instants (we write microseconds).
    private static func sameJSON(_ lhs: Data, _ rhs: Data) throws -> Bool {
        normalized(try JSONDecoder().decode(OpenAPIGenRuntime.JSONValue.self, from: lhs))
            == normalized(try JSONDecoder().decode(OpenAPIGenRuntime.JSONValue.self, from: rhs))
    }

    private static func normalized(_ value: OpenAPIGenRuntime.JSONValue) -> OpenAPIGenRuntime.JSONValue {
        switch value {
        case .string(let text):
            if text.count >= 20, let date = RFC3339.date(from: text) { return .string(RFC3339.string(from: date)) }
            return value
        case .integer(let number): return .number(Double(number))
        case .array(let items): return .array(items.map(normalized))
        case .object(let members): return .object(members.mapValues(normalized))
        default: return value
        }
    }
}
