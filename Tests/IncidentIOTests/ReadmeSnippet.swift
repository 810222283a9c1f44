import Foundation
import IncidentIO
import OpenAPIGenRuntime

// The README's ten-line example, compiled here. `ReadmeTests` checks the README shows exactly this code.
// README-FRONT-START
func listOutstandingFollowUps(incidentID: String) async throws(ClientError) {
    let client = IncidentIOClient(bearerToken: ProcessInfo.processInfo.environment["INCIDENT_API_KEY"] ?? "")
    let result = try await client.followUpsV2.list(incidentID: incidentID)
    for followUp in result.followUps where followUp.status == .outstanding {
        print(followUp.title, followUp.createdAt)
    }
    if case .unknown(let raw)? = result.followUps.first?.status {
        print("a status this client does not know yet:", raw)  // values the API adds later decode too
    }
}
// README-FRONT-END

// The getting-started article's usage example, compiled here, checked the same way.
// README-SNIPPET-START
func printOutstandingFollowUps(incidentID: String) async throws {
    let client = IncidentIOClient(bearerToken: ProcessInfo.processInfo.environment["INCIDENT_API_KEY"] ?? "")
    do {
        let result = try await client.followUpsV2.list(incidentID: incidentID)
        for followUp in result.followUps where followUp.status == .outstanding {
            print(followUp.title, followUp.createdAt)
        }
        // Values the API adds later decode too, and keep their raw text.
        if case .unknown(let raw)? = result.followUps.first?.status {
            print("a status this client does not know yet:", raw)
        }
    } catch .http(let failure) {
        print("HTTP \(failure.status), request \(failure.requestID ?? "-"):", failure.errors.compactMap(\.message))
    } catch {
        print(error)  // .decoding (with the JSON path), .transport, .invalidRequest
    }
}
// README-SNIPPET-END
