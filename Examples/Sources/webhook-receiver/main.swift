// A webhook receiver for incident.io follow-up events: verifies each delivery's signature (Standard
// Webhooks, as Svix sends them) before decoding it into the generated event union, prints what it
// received, and answers 204; a delivery that fails verification gets 400 and is never decoded.
//
// Usage: WEBHOOK_SECRET=whsec_… webhook-receiver [--port N] [--port-file FILE]
import FlyingFox
import Foundation
import IncidentIO
import OpenAPIGenWebhooks

func describe(_ event: IncidentIOWebhookEvent) -> String {
    switch event {
    case .publicIncidentFollowUpCreatedV2(let created):
        let followUp = created.publicIncidentFollowUpCreatedV2
        return "follow-up created: \(followUp.title) (\(followUp.id))"
    case .publicIncidentFollowUpUpdatedV2(let updated):
        let followUp = updated.publicIncidentFollowUpUpdatedV2
        return "follow-up updated: \(followUp.title) is \(followUp.status.rawValue)"
    case .privateIncidentFollowUpCreatedV2(let created):
        return "private follow-up created: \(created.privateIncidentFollowUpCreatedV2.id)"
    case .privateIncidentFollowUpUpdatedV2(let updated):
        return "private follow-up updated: \(updated.privateIncidentFollowUpUpdatedV2.id)"
    case .unknown(let eventType, _):
        return "event not known to this version: \(eventType)"
    default:
        return "ignored: \(event.eventType)"
    }
}

/// One line per delivery, written as it happens (also when the output is a file).
func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

var arguments = CommandLine.arguments.dropFirst()
var port: UInt16 = 8080
var portFile: String?
while let argument = arguments.popFirst() {
    switch argument {
    case "--port": port = arguments.popFirst().flatMap(UInt16.init) ?? port
    case "--port-file": portFile = arguments.popFirst()
    default:
        FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
        exit(2)
    }
}
guard let secret = ProcessInfo.processInfo.environment["WEBHOOK_SECRET"] else {
    FileHandle.standardError.write(Data("set WEBHOOK_SECRET to the endpoint's signing secret (whsec_…)\n".utf8))
    exit(2)
}
let verifier: WebhookVerifier
do {
    verifier = try WebhookVerifier(secret: secret)
} catch {
    FileHandle.standardError.write(Data("WEBHOOK_SECRET: \(error)\n".utf8))
    exit(2)
}

let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
await server.appendRoute("POST /webhooks") { request in
    let body = try await request.bodyData
    let headers = request.headers.map { (name: $0.key.rawValue, value: $0.value) }
    do {
        let event = try verifier.verifiedEvent(IncidentIOWebhookEvent.self, body: body, headers: headers)
        report(describe(event))
        return HTTPResponse(statusCode: .noContent)
    } catch {
        report("refused: \(error)")
        return HTTPResponse(statusCode: .badRequest, body: Data("\(error)\n".utf8))
    }
}
let running = Task { try await server.run() }
try await server.waitUntilListening()
if let portFile, case .ip4(_, let bound)? = await server.listeningAddress {
    try String(bound).write(toFile: portFile, atomically: true, encoding: .utf8)
}
report("listening for webhooks on 127.0.0.1")
try await running.value
