import ArgumentParser
import Foundation
import OpenAPIGenRuntime

/// Runs an API call and turns a failure into a message a person can act on, then exits with 1.
/// - Parameter server: where requests go, named when it cannot be reached.
func report<Value>(server: String, _ body: () async throws(ClientError) -> Value) async throws -> Value {
    do {
        return try await body()
    } catch {
        FileHandle.standardError.write(Data(("error: " + message(for: error, server: server) + "\n").utf8))
        throw ExitCode.failure
    }
}

func message(for error: ClientError, server: String) -> String {
    switch error {
    case .http(let failure):
        let request = failure.requestID.map { ", request \($0)" } ?? ""
        switch failure.status {
        case 401, 403:
            return "the API key was rejected (HTTP \(failure.status)\(request)). Check INCIDENT_API_KEY."
        case 422:
            let fields = failure.errors.map { detail in
                "\n  " + [detail.source?.field, detail.message ?? detail.code].compactMap { $0 }.joined(separator: ": ")
            }
            return "incident.io rejected the request (HTTP 422\(request)):" + fields.joined()
        case 429:
            var text = "rate limited by incident.io"
            if let limit = failure.rateLimit?.limit { text += " (limit \(limit) requests)" }
            if let retryAfter = failure.rateLimit?.retryAfter {
                text += "; try again after \(RFC3339.string(from: retryAfter))"
            } else if let seconds = failure.header("Retry-After") {
                text += "; try again in \(seconds) s"
            }
            return text + "."
        case 404:
            return "not found (HTTP 404\(request))."
        default:
            return failure.description
        }
    case .transport(let transport):
        return "could not reach \(server) (\(transport.kind)): \(transport.message)"
    case .decoding(let failure):
        return "unexpected response: \(failure.description)"
    case .invalidRequest(let message):
        return message
    }
}
