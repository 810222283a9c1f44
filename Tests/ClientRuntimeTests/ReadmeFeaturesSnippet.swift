import Features
import IncidentIO
import OpenAPIGenRuntime

// The GeneratedCode article's example, compiled here. `ReadmeTests` checks the article shows exactly this code.
// README-FEATURES-START
func tour(_ widgets: FeaturesClient, _ incidentIO: IncidentIOClient) async throws(ClientError) {
    // Defaults: the spec's `default`s are the initialiser's (color .darkRed, quantity 1, labels [...]).
    let created = try await widgets.widgets.create(WidgetsCreatePayload(name: "Spanner"))

    // Explicit null: nil leaves a field out; listing it in `explicitNulls` sends `null` (PATCH semantics).
    _ = try await widgets.widgets.update(id: created.widget.id, WidgetsUpdatePayload(name: "Wrench", explicitNulls: [.parentID]))

    // Pagination: every widget, one page per request, following `pagination_meta.after`.
    for try await widget in widgets.widgets.listAll(pageSize: 50) {
        print(widget.name)
    }

    // Response metadata: the same operation with the status, headers and request id.
    let response = try await incidentIO.followUpsV2.showWithResponse(id: "01FCNDV6P870EA6S7TK1DSYDG0")
    print(response.status, response.requestID ?? "?", response.rateLimitHeaders?.remaining ?? "?")
    print(response.body.followUp.title)
}
// README-FEATURES-END
