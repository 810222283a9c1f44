import ArgumentParser
import Foundation
import IncidentIO
import OpenAPIGenRuntime

/// `followups`: list, show and create incident.io follow-ups from the command line.
struct Followups: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage incident.io follow-ups. Reads the API key from INCIDENT_API_KEY.",
        subcommands: [List.self, Show.self, Create.self]
    )
}

/// Runs `followups`, writing every error the same way (`error: …`, as the API failures are written), with
/// the usage of the subcommand that was run when the arguments or the environment are wrong.
@main
enum Main {
    static func main() async {
        do {
            var command = try Followups.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Followups.exitCode(for: error)
            var text = Followups.fullMessage(for: error)
            if text.hasPrefix("Error: ") { text = "error: " + text.dropFirst("Error: ".count) }
            if !text.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((text + "\n").utf8))
            }
            exit(code.rawValue)
        }
    }
}

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The API's base URL (default: https://api.incident.io).")
    var baseURL: String?

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    /// Checked while the arguments are parsed, so a mistake is reported with the subcommand's usage.
    func validate() throws {
        guard let key = ProcessInfo.processInfo.environment["INCIDENT_API_KEY"], !key.isEmpty else {
            throw ValidationError("set INCIDENT_API_KEY to an incident.io API key")
        }
        if let baseURL, URL(string: baseURL)?.scheme == nil { throw ValidationError("'\(baseURL)' is not a URL") }
    }

    /// The server requests go to, as the user named it (for messages).
    var server: String { baseURL ?? IncidentIOClient.defaultServerURL.absoluteString }

    func client() -> IncidentIOClient {
        let key = ProcessInfo.processInfo.environment["INCIDENT_API_KEY"] ?? ""
        let serverURL = baseURL.flatMap { URL(string: $0) } ?? IncidentIOClient.defaultServerURL
        return IncidentIOClient(bearerToken: key, serverURL: serverURL)
    }
}

struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List follow-ups.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("incident"), help: "Only follow-ups of this incident.")
    var incidentID: String?

    func run() async throws {
        let client = options.client()
        let result = try await report(server: options.server) { () async throws(ClientError) in try await client.followUpsV2.list(incidentID: incidentID) }
        try Output.print(result.followUps, asJSON: options.json)
    }
}

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one follow-up.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The follow-up's ID.")
    var id: String

    func run() async throws {
        let client = options.client()
        let result = try await report(server: options.server) { () async throws(ClientError) in try await client.followUpsV2.show(id: id) }
        try Output.print(result.followUp, asJSON: options.json)
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
        let client = options.client()
        let payload = FollowUpsCreatePayloadV2(description: description, incidentID: incidentID, title: title)
        let result = try await report(server: options.server) { () async throws(ClientError) in try await client.followUpsV2.create(payload) }
        try Output.print(result.followUp, asJSON: options.json)
    }
}
