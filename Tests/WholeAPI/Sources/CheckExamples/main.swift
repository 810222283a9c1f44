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
// Every webhook event's example, again through the event union: it must pick the event's own case.
let events = ExampleVerifier.eventExamples(in: ir)
for event in events {
    do {
        try ExampleVerifier.verifyEvent(event.json, as: IncidentIOFullWebhookEvent.self, at: event.location)
        let decoded = try JSONDecoder().decode(IncidentIOFullWebhookEvent.self, from: Data(event.json.utf8))
        if case .unknown = decoded {
            failures += 1
            print("\(event.location): decoded as an unknown event")
        } else if decoded.eventType != event.eventType {
            failures += 1
            print("\(event.location): decoded as \(decoded.eventType), not \(event.eventType)")
        }
    } catch {
        failures += 1
        print("\(event.location) (through the event union): \(error)")
    }
}
print("webhook events through \(IncidentIOFullWebhookEvent.self): \(events.count) examples")
if !nonconforming.isEmpty {
    print("examples that break their own schema (refused, as a strict client must):")
    for line in nonconforming { print("  " + line) }
}
print("examples: \(examples.count + events.count - failures - nonconforming.count) passed, \(failures) failed, \(nonconforming.count) invalid in the spec")
if !missing.isEmpty { print("types missing from the registry: \(missing)") }
exit(failures == 0 && missing.isEmpty ? 0 : 1)
