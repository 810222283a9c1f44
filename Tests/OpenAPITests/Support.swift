import Diagnostics
import OpenAPI

/// Paths inside the repository; tests read nothing outside it.
enum Paths {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/OpenAPITests/Support.swift
        return parts.joined(separator: "/")
    }()

    /// Public documents copied into the repository (origins in Tests/Specs/README.md).
    static let specs = repository + "/Tests/Specs"
}

func load(_ text: String, file: String = "spec.yaml") throws(SpecError) -> OpenAPIDocument {
    try OpenAPIDocument.load(bytes: Array(text.utf8), file: file)
}

/// The diagnostics a spec produces, rendered; empty when it loads.
func diagnostics(_ text: String, file: String = "spec.yaml") -> [String] {
    do {
        let document = try load(text, file: file)
        return document.warnings.map(\.description)
    } catch {
        return error.diagnostics.map(\.description)
    }
}

let minimalHeader = """
    openapi: 3.0.3
    info:
      title: Test
      version: 1.0.0

    """
