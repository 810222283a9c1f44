import Bulk
import Foundation
import OpenAPIGenRuntime

// The BulkWork article's example, compiled here. `ReadmeTests` checks the article shows exactly this code.
// README-BULK-START
/// Imports rows at the API's pace: at most 1,200 requests a minute across every call of this client, each
/// create safe to retry (the client fills the idempotency key and keeps it across attempts).
func importAll(rows: [[String]], serverURL: URL) async throws(ClientError) -> [String] {
    let client = BulkClient(configuration: ClientConfiguration(
        serverURL: serverURL,
        rateLimiter: RateLimiter(requests: 1_200, per: .seconds(60))
    ))
    var created: [String] = []
    for batch in rows {
        created.append(try await client.imports.create(ImportPayload(rows: batch)).id)
    }
    // Every charge, however the API pages (here `starting_after` and `has_more`).
    for try await charge in client.charges.listAll(limit: 100) {
        created.append(charge.id)
    }
    return created
}
// README-BULK-END
