import Crypto
import Foundation

/// Verifies webhook deliveries signed the Standard Webhooks way (what Svix sends for incident.io and many
/// others) before anything in them is trusted: an HMAC-SHA256 over `"{id}.{timestamp}.{body}"`, sent as
/// space-separated `v1,<base64>` entries in `webhook-signature`, with `webhook-id` and `webhook-timestamp`
/// (the `svix-` names are read too).
///
/// A delivery passes when its timestamp is within ``tolerance`` of now (so a captured delivery cannot be
/// replayed later) and any of its signatures matches any of the secrets (so keys can rotate on either
/// side). Signatures are compared in constant time. Errors never contain a secret.
public struct WebhookVerifier: Sendable {
    private let keys: [SymmetricKey]
    /// How far a delivery's timestamp may be from now, either way.
    public let tolerance: Duration
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - secrets: each `whsec_<base64>` (or the base64 alone), as the sender's dashboard shows it; more
    ///     than one while a secret is being rotated.
    ///   - tolerance: 5 minutes unless set.
    ///   - now: the clock, for tests.
    public init(secrets: [String], tolerance: Duration = .seconds(300),
                now: @escaping @Sendable () -> Date = { Date() }) throws(WebhookVerificationError) {
        guard !secrets.isEmpty else { throw .invalidSecret }
        var keys: [SymmetricKey] = []
        for secret in secrets {
            let encoded = secret.hasPrefix("whsec_") ? String(secret.dropFirst("whsec_".count)) : secret
            guard let bytes = Data(base64Encoded: encoded), !bytes.isEmpty else { throw .invalidSecret }
            keys.append(SymmetricKey(data: bytes))
        }
        self.keys = keys
        self.tolerance = tolerance
        self.now = now
    }

    /// One secret.
    public init(secret: String, tolerance: Duration = .seconds(300),
                now: @escaping @Sendable () -> Date = { Date() }) throws(WebhookVerificationError) {
        try self.init(secrets: [secret], tolerance: tolerance, now: now)
    }

    /// Checks a delivery's headers (names compare case-insensitively) against its body, as received.
    public func verify(body: Data, headers: [(name: String, value: String)]) throws(WebhookVerificationError) {
        func header(_ names: [String]) -> String? {
            for name in names {
                if let value = headers.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame })?.value { return value }
            }
            return nil
        }
        guard let id = header(["webhook-id", "svix-id"]) else { throw .missingHeader("webhook-id") }
        guard let timestamp = header(["webhook-timestamp", "svix-timestamp"]) else { throw .missingHeader("webhook-timestamp") }
        guard let signature = header(["webhook-signature", "svix-signature"]) else { throw .missingHeader("webhook-signature") }
        try verify(body: body, id: id, timestamp: timestamp, signature: signature)
    }

    /// Checks a delivery given its three header values.
    public func verify(body: Data, id: String, timestamp: String, signature: String) throws(WebhookVerificationError) {
        guard let seconds = Int64(timestamp.trimmingCharacters(in: .whitespaces)) else { throw .invalidTimestamp }
        let sent = Date(timeIntervalSince1970: TimeInterval(seconds))
        let drift = sent.timeIntervalSince(now())
        let allowed = Double(tolerance.components.seconds) + Double(tolerance.components.attoseconds) / 1e18
        if drift < -allowed { throw .timestampTooOld }
        if drift > allowed { throw .timestampTooNew }
        let signed = Data("\(id).\(seconds).".utf8) + body
        var sawVersion1 = false
        for entry in signature.split(separator: " ") {
            let parts = entry.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1" else { continue }
            sawVersion1 = true
            guard let mac = Data(base64Encoded: String(parts[1])) else { continue }
            for key in keys where HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: signed, using: key) {
                return
            }
        }
        throw sawVersion1 ? .noMatchingSignature : .malformedSignature
    }

    /// Verifies the delivery, then decodes its body (an event union, or one event's payload).
    public func verifiedEvent<Event: Decodable>(_ type: Event.Type, body: Data, headers: [(name: String, value: String)],
                                                decoder: JSONDecoder = JSONDecoder()) throws(WebhookVerificationError) -> Event {
        try verify(body: body, headers: headers)
        do {
            return try decoder.decode(Event.self, from: body)
        } catch {
            throw .undecodableBody(String(describing: error))
        }
    }

    /// The `webhook-signature` value for a delivery, signed with the first secret (`v1,<base64>`): for
    /// senders and for tests.
    public func signature(id: String, timestamp: Date, body: Data) -> String {
        let seconds = Int64(timestamp.timeIntervalSince1970.rounded(.down))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(id).\(seconds).".utf8) + body, using: keys[0])
        return "v1," + Data(mac).base64EncodedString()
    }
}

/// Why a webhook delivery was refused. None of the cases carries a secret.
public enum WebhookVerificationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A secret is empty or not base64 (after an optional `whsec_` prefix).
    case invalidSecret
    /// The delivery lacks this header.
    case missingHeader(String)
    /// `webhook-timestamp` is not a number of seconds.
    case invalidTimestamp
    /// Sent longer ago than the tolerance allows: possibly a replay.
    case timestampTooOld
    /// Sent further in the future than the tolerance allows.
    case timestampTooNew
    /// `webhook-signature` has no `v1,<base64>` entry.
    case malformedSignature
    /// No signature matches any secret: the body or headers were changed, or the secret is wrong.
    case noMatchingSignature
    /// Verified, but the body is not the expected JSON.
    case undecodableBody(String)

    public var description: String {
        switch self {
        case .invalidSecret: "the webhook secret is not base64 (with or without the whsec_ prefix)"
        case .missingHeader(let name): "the delivery has no \(name) header"
        case .invalidTimestamp: "webhook-timestamp is not a number of seconds"
        case .timestampTooOld: "the delivery is older than the tolerance allows"
        case .timestampTooNew: "the delivery's timestamp is too far in the future"
        case .malformedSignature: "webhook-signature has no v1 signature"
        case .noMatchingSignature: "no signature matches: the delivery was altered or the secret is wrong"
        case .undecodableBody(let reason): "the verified body did not decode: \(reason)"
        }
    }
}

extension WebhookVerifier: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Shows how many secrets it holds, never one of them.
    public var description: String { "WebhookVerifier(\(keys.count) secret\(keys.count == 1 ? "" : "s"), tolerance: \(tolerance))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["secrets": keys.count, "tolerance": tolerance]) }
}
