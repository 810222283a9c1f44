import Foundation
import OpenAPI
import SchemaIR

enum Paths {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SchemaIRTests/Support.swift
        return parts.joined(separator: "/")
    }()

    /// Public documents copied into the repository (origins in Tests/Specs/README.md).
    static let specs = repository + "/Tests/Specs"
}

func buildIR(_ text: String, file: String = "spec.yaml") throws -> IRDocument {
    IRDocument(try OpenAPIDocument.load(bytes: Array(text.utf8), file: file))
}

extension IRDocument {
    func type(_ id: String) -> NamedType? { self[TypeID(id)] }

    func object(_ id: String) -> ObjectType? {
        guard case .object(let object)? = type(id)?.kind else { return nil }
        return object
    }

    func enumeration(_ id: String) -> EnumType? {
        guard case .enumeration(let enumeration)? = type(id)?.kind else { return nil }
        return enumeration
    }

    func operation(_ key: String) -> IROperation? { operations.first { $0.key == key } }
}

extension ObjectType {
    func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

