import Foundation
import OpenAPIGenRuntime

// This target is built with `.defaultIsolation(MainActor.self)`: everything here that is not marked
// otherwise runs on the main actor, including the client the plugin generated into it.

/// Work off the main actor: the generated client and models are nonisolated and Sendable, so they cross.
nonisolated func titlesInBackground(_ client: IncidentClient) async throws -> [String] {
    let list = try await client.followUpsV2.list()
    return list.followUps.map(\.title)
}

@MainActor
final class FollowUpsScreen {
    private(set) var titles: [String] = []

    func load(using client: IncidentClient) async throws {
        // Called from the main actor, run off it, results back on it.
        titles = try await titlesInBackground(client)
        let detached = try await Task.detached { try await client.followUpsV2.list().followUps.count }.value
        precondition(detached == titles.count)
    }
}

guard CommandLine.arguments.count == 2, let server = URL(string: CommandLine.arguments[1]) else {
    print("usage: mainactor-app <server-url>")
    exit(2)
}
let client = IncidentClient(bearerToken: ProcessInfo.processInfo.environment["INCIDENT_API_KEY"] ?? "", serverURL: server)
let screen = FollowUpsScreen()
try await screen.load(using: client)
print("loaded \(screen.titles.count) follow-ups off the main actor: \(screen.titles.joined(separator: "; "))")
