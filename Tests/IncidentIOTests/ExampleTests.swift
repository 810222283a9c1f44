import Foundation
import IncidentIO
import OpenAPI
import OpenAPIGenRuntime
import SchemaIR
import Testing
import YAML

/// Every `example` in openapi/ (schemas, properties, parameters, media types) decodes into its generated
/// type and re-encodes to the same JSON.
@Suite struct ExampleTests {
    struct Example: CustomStringConvertible {
        let location: String
        let type: TypeRef
        let node: Node
        var description: String { location }
    }

    static let ir: IRDocument = IRDocument(try! OpenAPIDocument.load(path: Paths.spec))

    static func examples() -> [Example] {
        var found: [Example] = []
        for type in ir.types {
            if let example = type.example { found.append(Example(location: type.id.rawValue, type: .named(type.id), node: example)) }
            if case .object(let object) = type.kind {
                for field in object.fields {
                    if let example = field.example {
                        found.append(Example(location: "\(type.id.rawValue).\(field.name)", type: field.type, node: example))
                    }
                }
            }
        }
        for operation in ir.operations {
            for parameter in operation.parameters {
                if let example = parameter.example {
                    found.append(Example(location: "\(operation.key) parameter \(parameter.name)", type: parameter.type, node: example))
                }
            }
            let contents = (operation.requestBody?.contents ?? []) + operation.responses.flatMap(\.contents)
            for content in contents {
                guard let type = content.type else { continue }
                if let example = content.example { found.append(Example(location: "\(operation.key) \(content.contentType)", type: type, node: example)) }
                for (name, value) in content.examples {
                    found.append(Example(location: "\(operation.key) example \(name)", type: type, node: value))
                }
            }
        }
        return found
    }

    @Test func theSpecHasManyExamples() {
        #expect(Self.examples().count > 100)
    }

    @Test func everyNamedTypeIsInTheTable() {
        let missing = Self.ir.types.map(\.id.rawValue).filter { generatedTypes[$0] == nil }
        #expect(missing.isEmpty, "add to generatedTypes: \(missing)")
    }

    @Test(arguments: examples())
    func exampleRoundTrips(_ example: Example) throws {
        let json = Data(JSONValue(example.node).jsonText.utf8)
        try check(json, as: example.type, at: example.location)
    }

    /// Arrays and maps are checked element by element, so only named and primitive types need a table.
    private func check(_ json: Data, as type: TypeRef, at location: String) throws {
        switch type {
        case .array(let element), .nullable(let element):
            if case .array = type {
                let items = try JSONDecoder().decode([OpenAPIGenRuntime.JSONValue].self, from: json)
                for item in items { try check(JSONEncoder().encode(item), as: element, at: location) }
            } else {
                try check(json, as: element, at: location)
            }
        case .map(let value):
            let members = try JSONDecoder().decode([String: OpenAPIGenRuntime.JSONValue].self, from: json)
            for member in members.values { try check(JSONEncoder().encode(member), as: value, at: location) }
        default:
            let swiftType = try #require(Self.swiftType(type), "no Swift type for \(type) at \(location)")
            let encoded = try roundTrip(swiftType, json)
            #expect(try sameJSON(json, encoded), "\(location): \(String(decoding: json, as: UTF8.self)) re-encoded as \(String(decoding: encoded, as: UTF8.self))")
        }
    }

    static func swiftType(_ type: TypeRef) -> (any Codable.Type)? {
        switch type {
        case .string(.dateTime): return RFC3339Date.self
        case .string: return String.self
        case .integer(.int32): return Int32.self
        case .integer(.int64): return Int64.self
        case .integer: return Int.self
        case .number: return Double.self
        case .boolean: return Bool.self
        case .any: return OpenAPIGenRuntime.JSONValue.self
        case .named(let id): return generatedTypes[id.rawValue]
        default: return nil
        }
    }
}
