import Foundation
import IncidentIO
import OpenAPIGenWebhooks

// The Webhooks article's example, compiled here. `ReadmeTests` checks the article shows exactly this code.
// README-WEBHOOK-START
/// Verifies a delivery, then acts on the follow-up events; any other event, known or not, is acknowledged.
func handleDelivery(body: Data, headers: [(name: String, value: String)],
                    verifier: WebhookVerifier) throws(WebhookVerificationError) -> String {
    let event = try verifier.verifiedEvent(IncidentIOWebhookEvent.self, body: body, headers: headers)
    switch event {
    case .publicIncidentFollowUpCreatedV2(let created):
        return "created: \(created.publicIncidentFollowUpCreatedV2.title)"
    case .publicIncidentFollowUpUpdatedV2(let updated):
        let followUp = updated.publicIncidentFollowUpUpdatedV2
        return "updated: \(followUp.title) is \(followUp.status.rawValue)"
    case .unknown(let eventType, _):
        return "not known to this version: \(eventType)"
    default:
        return "ignored: \(event.eventType)"
    }
}
// README-WEBHOOK-END
