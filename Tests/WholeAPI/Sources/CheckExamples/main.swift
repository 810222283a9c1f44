// Decodes every example of a spec into the IncidentIOFull types and re-encodes it; prints each failure
// and a summary, and exits 1 if any example fails. Usage: CheckExamples SPEC
import ExampleVerifier
import Foundation
import IncidentIOFull
import OpenAPI
import SchemaIR

let path = CommandLine.arguments.dropFirst().first ?? "../Specs/incident-io/openapi3.yaml"
let ir = IRDocument(try OpenAPIDocument.load(path: path))
let missing = ir.types.map(\.id.rawValue).filter { IncidentIOFullTypeRegistry.type(forSchema: $0) == nil }
let examples = ExampleVerifier.examples(in: ir)
var failures = 0
var nonconforming: [String] = []
for example in examples {
    do {
        try ExampleVerifier.verify(example) { IncidentIOFullTypeRegistry.type(forSchema: $0) }
    } catch .nonconforming(let location, let missing, let at) {
        nonconforming.append("\(location): no '\(missing)' at \(at)")
    } catch {
        failures += 1
        print(error.description)
    }
}
if !nonconforming.isEmpty {
    print("examples that break their own schema (refused, as a strict client must):")
    for line in nonconforming { print("  " + line) }
}
print("examples: \(examples.count - failures - nonconforming.count) passed, \(failures) failed, \(nonconforming.count) invalid in the spec")
if !missing.isEmpty { print("types missing from the registry: \(missing)") }
exit(failures == 0 && missing.isEmpty ? 0 : 1)
