import Foundation
import OpenAPI
import SchemaIR

enum Paths {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SchemaIRTests/Support.swift
        return parts.joined(separator: "/")
    }()

    static let shared = repository + "/../shared"
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

/// The YAML between the ````yaml fence and its closing fence in a seed document.
func seedYAML(_ path: String) throws -> String {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines: [Substring] = []
    var inside = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("````yaml") { inside = true; continue }
        if inside && line.hasPrefix("````") { break }
        if inside { lines.append(line) }
    }
    return lines.joined(separator: "\n")
}
