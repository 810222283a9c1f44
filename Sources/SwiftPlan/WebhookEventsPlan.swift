import SchemaIR

/// The open union of every event an API sends: one case per webhook whose payload declares the
/// discriminating field, keyed by that field's value, and a catch-all keeping an unknown event's type and
/// JSON, so a new event type never breaks a receiver.
package struct WebhookEventsPlan: Sendable {
    package struct Case: Sendable {
        /// The Swift case name (`publicIncidentFollowUpCreatedV2`).
        package let name: String
        /// The discriminator's value (`public_incident.follow_up_created_v2`).
        package let eventType: String
        package let payload: TypeRef
        package let description: String?
        package let deprecated: Bool
    }

    /// `IncidentIOWebhookEvent`.
    package let typeName: String
    /// The payload field that names the event (`event_type`).
    package let discriminator: String
    package let cases: [Case]
    /// The catch-all case (`unknown`, unless an event claims that name).
    package let catchAll: String

    /// nil when no webhook's payload declares the discriminating field.
    init?(ir: IRDocument, typeName: String) {
        let events = ir.webhooks.filter(\.isDiscriminated)
        guard !events.isEmpty else { return nil }
        var scope = NameScope(reserved: ["eventType", "init", "encode", "discriminator", "knownEventTypes"])
        var seen = Set<String>()
        var cases: [Case] = []
        for event in events where seen.insert(event.eventType).inserted {
            cases.append(Case(name: scope.claim(SwiftNames.memberName(event.eventType, fallback: "event")), eventType: event.eventType,
                              payload: event.payload, description: event.documentation.description,
                              deprecated: event.documentation.deprecated))
        }
        self.typeName = typeName
        self.discriminator = ir.conventions.webhookDiscriminator
        self.cases = cases
        self.catchAll = scope.claim("unknown")
    }
}
