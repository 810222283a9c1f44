import Foundation
import GeneratorCore
import SwiftEmitter

enum Paths {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SwiftEmitterTests/Support.swift
        return parts.joined(separator: "/")
    }()

    static let fixtures = repository + "/Tests/Fixtures"
    static let goldens = repository + "/Tests/Goldens"
    /// Public documents copied into the repository (origins in Tests/Specs/README.md).
    static let specs = repository + "/Tests/Specs"
}

/// `kitchen-sink.yaml` → `KitchenSink`, the module its golden output is compiled as.
func moduleName(forFixture file: String) -> String {
    let base = (file as NSString).deletingPathExtension
    return base.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

/// A readable report of how a directory differs from generated files, with the command that fixes it.
func report(_ differences: [OutputDirectory.Difference], regenerate command: String) -> String {
    let lines = differences.map { difference in
        "\(difference.kind.rawValue): \(difference.file)" + (difference.excerpt.isEmpty ? "" : "\n" + difference.excerpt)
    }
    return (lines + ["Regenerate with: \(command)"]).joined(separator: "\n")
}
