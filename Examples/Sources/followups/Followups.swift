import ArgumentParser
import Foundation
import IncidentIO
import OpenAPIGenRuntime

/// `followups`: list, show and create incident.io follow-ups from the command line.
@main
struct Followups: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage incident.io follow-ups. Reads the API key from INCIDENT_API_KEY.",
        subcommands: [List.self, Show.self, Create.self]
    )
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The API's base URL (default: https://api.incident.io).")
    var baseURL: String?

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func client() throws -> IncidentIOClient {
        guard let key = ProcessInfo.processInfo.environment["INCIDENT_API_KEY"], !key.isEmpty else {
            throw ValidationError("set INCIDENT_API_KEY to an incident.io API key")
        }
        var serverURL = IncidentIOClient.defaultServerURL
        if let baseURL {
            guard let url = URL(string: baseURL), url.scheme != nil else { throw ValidationError("'\(baseURL)' is not a URL") }
            serverURL = url
        }
        return IncidentIOClient(bearerToken: key, serverURL: serverURL)
    }
}

struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List follow-ups.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("incident"), help: "Only follow-ups of this incident.")
    var incidentID: String?

    func run() async throws {
        let client = try options.client()
        let result = try await report { () async throws(ClientError) in try await client.followUpsV2.list(incidentID: incidentID) }
        try Output.print(result.followUps, asJSON: options.json)
    }
}

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one follow-up.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The follow-up's ID.")
    var id: String

    func run() async throws {
        let client = try options.client()
        let result = try await report { () async throws(ClientError) in try await client.followUpsV2.show(id: id) }
        try Output.print([result.followUp], asJSON: options.json)
    }
}

struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a follow-up.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("incident"), help: "The incident the follow-up belongs to.")
    var incidentID: String

    @Option(help: "The follow-up's title.")
    var title: String

    @Option(help: "A description (Markdown).")
    var description: String?

    func run() async throws {
        let client = try options.client()
        let payload = FollowUpsCreatePayloadV2(description: description, incidentID: incidentID, title: title)
        let result = try await report { () async throws(ClientError) in try await client.followUpsV2.create(payload) }
        try Output.print([result.followUp], asJSON: options.json)
    }
}
