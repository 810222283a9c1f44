import SchemaIR
import SwiftPlan

/// The open union of an API's webhook events: a case per event, chosen by the discriminating field, and a
/// catch-all keeping an unknown event's type and JSON; decoded and encoded as the payload itself.
struct WebhookEventEmitter {
    let context: EmitContext

    func emit(_ plan: WebhookEventsPlan, into printer: inout SwiftPrinter) {
        let access = context.access
        let discriminator = SwiftLiteral.string(plan.discriminator)
        let catchAll = SwiftNames.escaped(plan.catchAll)
        let cases = plan.cases.map { item in
            (name: SwiftNames.escaped(item.name), literal: SwiftLiteral.string(item.eventType),
             type: context.rendering.swiftType(item.payload), item: item)
        }
        printer.documentation("""
            Every event the API sends to its webhooks, by the payload's `\(plan.discriminator)`.

            Decode a delivery's body (after verifying it) with `JSONDecoder`; an event type this version of the \
            API description does not list decodes as ``\(plan.catchAll)(eventType:json:)``, keeping the whole JSON, \
            and every value encodes back to the JSON it came from.
            """)
        printer.block("nonisolated \(access)enum \(plan.typeName): Codable, Hashable, Sendable") { body in
            for entry in cases {
                let deprecated = entry.item.deprecated ? "Deprecated in the API description." : nil
                body.documentation([entry.item.description, deprecated, "`\(entry.item.eventType)`"].compactMap { $0 }.joined(separator: "\n\n"))
                body.line("case \(entry.name)(\(entry.type))")
            }
            body.documentation("An event this version of the API description does not list, kept as received.")
            body.line("case \(catchAll)(eventType: String, json: JSONValue)")
            body.line()
            body.documentation("The payload field that names the event.")
            body.line("\(access)static let discriminator = \(discriminator)")
            body.line()
            body.documentation("The event types the API description lists.")
            body.line("\(access)static let knownEventTypes: [String] = [\(cases.map(\.literal).joined(separator: ", "))]")
            body.line()
            body.documentation("The event's type as sent.")
            body.block("\(access)var eventType: String") { getter in
                getter.switchBlock("self") { switchBody in
                    for entry in cases { switchBody.line("case .\(entry.name): return \(entry.literal)") }
                    switchBody.line("case .\(catchAll)(let eventType, _): return eventType")
                }
            }
            body.line()
            body.block("\(access)init(from decoder: any Decoder) throws") { initializer in
                initializer.line("let container = try decoder.container(keyedBy: JSONKey.self)")
                initializer.line("let eventType = try container.decode(String.self, forKey: \(discriminator))")
                initializer.switchBlock("eventType") { switchBody in
                    for entry in cases {
                        switchBody.line("case \(entry.literal): self = .\(entry.name)(try \(entry.type)(from: decoder))")
                    }
                    switchBody.line("default: self = .\(catchAll)(eventType: eventType, json: try JSONValue(from: decoder))")
                }
            }
            body.line()
            body.block("\(access)func encode(to encoder: any Encoder) throws") { encode in
                encode.switchBlock("self") { switchBody in
                    for entry in cases { switchBody.line("case .\(entry.name)(let payload): try payload.encode(to: encoder)") }
                    switchBody.line("case .\(catchAll)(_, let json): try json.encode(to: encoder)")
                }
            }
        }
    }
}
