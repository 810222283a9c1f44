import Foundation
import IncidentIO
import OpenAPIGenRuntime

// The short examples of the DocC articles, compiled here; `ReadmeTests` checks each article shows exactly the
// code between its markers (less the indentation the enclosing function adds).

/// An error body an operation might document (incident.io's document declares none).
struct NotFound: Decodable, Sendable {
    let message: String
}

func overviewExample(apiKey: String) async throws(ClientError) {
    // DOC-OVERVIEW-START
    let client = IncidentIOClient(bearerToken: apiKey)
    let followUps = try await client.followUpsV2.list(incidentID: "01FCNDV6P870EA6S7TK1DSYDG0")
    // DOC-OVERVIEW-END
    _ = followUps
}

func gettingStartedExample(apiKey: String, incidentID: String) async throws(ClientError) {
    // DOC-CALL-START
    let client = IncidentIOClient(bearerToken: apiKey)
    let page = try await client.followUpsV2.list(incidentID: incidentID)
    for followUp in page.followUps where followUp.status == .outstanding {
        print(followUp.title)
    }
    // DOC-CALL-END
}

func errorsExample(client: IncidentIOClient, id: String) async {
    // DOC-ERRORS-START
    do {
        _ = try await client.followUpsV2.show(id: id)
    } catch .http(let failure) where failure.status == 404 {
        print("gone:", failure.body(as: NotFound.self)?.message ?? failure.bodyText ?? "")
    } catch .http(let failure) {
        print(failure.status, failure.errors.map(\.message))
    } catch {
        print(error)
    }
    // DOC-ERRORS-END
}

func pacingExample(apiKey: String) -> ClientConfiguration {
    // DOC-PACING-START
    let configuration = ClientConfiguration(serverURL: IncidentIOClient.defaultServerURL, bearerToken: apiKey,
                                            rateLimiter: RateLimiter(requests: 1_200, per: .seconds(60)))
    // DOC-PACING-END
    return configuration
}

func optionsExample(client: IncidentIOClient, id: String, traceID: String) async throws(ClientError) {
    // DOC-OPTIONS-START
    let page = try await client.followUpsV2.list(
        incidentID: id,
        options: RequestOptions(timeout: .seconds(5), retryPolicy: RetryPolicy.none,
                                headers: [("X-Trace-ID", traceID)], queryItems: [URLQueryItem(name: "debug", value: "1")]))
    // DOC-OPTIONS-END
    _ = page
}

func moduleExample(apiKey: String, incidentID: String, actionID: String) async throws(ClientError) {
    // DOC-MODULE-START
    let client = IncidentIOClient(bearerToken: apiKey)
    let followUps = try await client.followUpsV2.list(incidentID: incidentID).followUps
    let action = try await client.actionsV2.show(id: actionID).action
    // DOC-MODULE-END
    _ = (followUps, action)
}
