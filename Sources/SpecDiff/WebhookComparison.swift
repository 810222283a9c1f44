import SchemaIR

extension SpecDiff {
    /// Webhook events: one removed (or no longer carrying the discriminating field) breaks a receiver that
    /// handles it, a new one does not (it decodes as the catch-all until the receiver is regenerated), and a
    /// payload of another type breaks the code reading it. Payload fields are compared with the types.
    mutating func compareWebhooks() {
        let oldEvents = Dictionary(old.ir.webhooks.map { ($0.eventType, $0) }) { first, _ in first }
        let newEvents = Dictionary(new.ir.webhooks.map { ($0.eventType, $0) }) { first, _ in first }
        for event in old.ir.webhooks {
            guard let updated = newEvents[event.eventType] else {
                record(.breaking, "webhook-removed", "webhook event '\(event.eventType)' was removed",
                       old: event.pointer, new: nil, symbol: nil)
                continue
            }
            if event.isDiscriminated, !updated.isDiscriminated {
                record(.breaking, "webhook-undiscriminated",
                       "webhook event '\(event.eventType)' no longer declares the field that names it, and leaves the event union",
                       old: event.pointer, new: updated.pointer, symbol: nil)
            }
            if !sameType(event.payload, updated.payload) {
                record(.breaking, "webhook-payload-type-changed", "the payload of webhook event '\(event.eventType)' changed type",
                       old: event.pointer, new: updated.pointer, symbol: nil)
            }
        }
        for event in new.ir.webhooks where oldEvents[event.eventType] == nil {
            record(.nonBreaking, "webhook-added", "webhook event '\(event.eventType)' was added",
                   old: nil, new: event.pointer, symbol: nil)
        }
    }
}
