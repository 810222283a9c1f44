import Foundation
import OpenAPIGenWebhooks
import Testing

/// Signature verification, with the Standard Webhooks specification's published test vector
/// (github.com/standard-webhooks/standard-webhooks, libraries' `test_sign_function`) and the ways a delivery
/// can be forged, altered or replayed.
@Suite struct WebhookVerifierTests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let id = "msg_p5jXN8AQM9LWM0D4loKWxJek"
    static let timestamp = 1_614_265_330
    static let body = Data(#"{"test": 2432232314}"#.utf8)
    static let published = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

    static func verifier(_ secrets: [String] = [secret], at seconds: Int = timestamp) throws -> WebhookVerifier {
        try WebhookVerifier(secrets: secrets, now: { Date(timeIntervalSince1970: TimeInterval(seconds)) })
    }

    static func headers(signature: String = published, timestamp: Int = timestamp) -> [(name: String, value: String)] {
        [("webhook-id", id), ("webhook-timestamp", String(timestamp)), ("webhook-signature", signature)]
    }

    static func refusal(_ verifier: WebhookVerifier, body: Data = body, headers: [(name: String, value: String)]) -> WebhookVerificationError? {
        do {
            try verifier.verify(body: body, headers: headers)
            return nil
        } catch {
            return error
        }
    }

    @Test func signsThePublishedVector() throws {
        let signature = try Self.verifier().signature(id: Self.id, timestamp: Date(timeIntervalSince1970: TimeInterval(Self.timestamp)), body: Self.body)
        #expect(signature == Self.published)
    }

    @Test func acceptsThePublishedVectorWithAndWithoutThePrefix() throws {
        try Self.verifier().verify(body: Self.body, headers: Self.headers())
        try Self.verifier([String(Self.secret.dropFirst("whsec_".count))]).verify(body: Self.body, headers: Self.headers())
        // Svix's branded header names, in any case.
        try Self.verifier().verify(body: Self.body, headers: [("Svix-Id", Self.id), ("SVIX-TIMESTAMP", String(Self.timestamp)), ("svix-signature", Self.published)])
    }

    @Test func aTamperedBodyOrIDIsRefused() throws {
        let verifier = try Self.verifier()
        #expect(Self.refusal(verifier, body: Data(#"{"test": 2432232315}"#.utf8), headers: Self.headers()) == .noMatchingSignature)
        var headers = Self.headers()
        headers[0].value = "msg_other"
        #expect(Self.refusal(verifier, headers: headers) == .noMatchingSignature)
        // The signature of another message (the published one with its last character changed).
        #expect(Self.refusal(verifier, headers: Self.headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=")) == .noMatchingSignature)
    }

    @Test func oldAndFutureTimestampsAreRefused() throws {
        #expect(Self.refusal(try Self.verifier(at: Self.timestamp + 301), headers: Self.headers()) == .timestampTooOld)
        #expect(Self.refusal(try Self.verifier(at: Self.timestamp - 301), headers: Self.headers()) == .timestampTooNew)
        // Within five minutes either way passes.
        try Self.verifier(at: Self.timestamp + 299).verify(body: Self.body, headers: Self.headers())
        try Self.verifier(at: Self.timestamp - 299).verify(body: Self.body, headers: Self.headers())
    }

    @Test func aWrongSecretIsRefused() throws {
        let wrong = "whsec_" + Data("another secret of thirty-two bytes".utf8).base64EncodedString()
        #expect(Self.refusal(try Self.verifier([wrong]), headers: Self.headers()) == .noMatchingSignature)
    }

    @Test func rotatedSecretsAndSeveralSignaturesPass() throws {
        let old = "whsec_" + Data("the secret before the rotation!!".utf8).base64EncodedString()
        // The receiver knows both secrets while rotating; the sender signs with the new one.
        try Self.verifier([old, Self.secret]).verify(body: Self.body, headers: Self.headers())
        // The sender signs with several keys (and versions this verifier does not know); one match is enough.
        let several = ["v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", Self.published].joined(separator: " ")
        try Self.verifier().verify(body: Self.body, headers: Self.headers(signature: several))
    }

    @Test func malformedDeliveriesAreTypedErrors() throws {
        let verifier = try Self.verifier()
        #expect(Self.refusal(verifier, headers: Array(Self.headers().dropFirst())) == .missingHeader("webhook-id"))
        #expect(Self.refusal(verifier, headers: [Self.headers()[0], Self.headers()[2]]) == .missingHeader("webhook-timestamp"))
        #expect(Self.refusal(verifier, headers: Array(Self.headers().prefix(2))) == .missingHeader("webhook-signature"))
        var headers = Self.headers()
        headers[1].value = "hello"
        #expect(Self.refusal(verifier, headers: headers) == .invalidTimestamp)
        #expect(Self.refusal(verifier, headers: Self.headers(signature: "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")) == .malformedSignature)
        #expect(Self.refusal(verifier, headers: Self.headers(signature: "v1,not base64!")) == .noMatchingSignature)
        #expect(throws: WebhookVerificationError.invalidSecret) { try WebhookVerifier(secret: "whsec_") }
        #expect(throws: WebhookVerificationError.invalidSecret) { try WebhookVerifier(secret: "whsec_%%%") }
    }

    @Test func noErrorEchoesTheSecret() throws {
        let verifier = try Self.verifier()
        let failures: [WebhookVerificationError?] = [
            Self.refusal(verifier, body: Data("x".utf8), headers: Self.headers()),
            Self.refusal(try Self.verifier(at: 0), headers: Self.headers()),
            Self.refusal(verifier, headers: []),
        ]
        let key = String(Self.secret.dropFirst("whsec_".count))
        for failure in failures.compactMap({ $0 }) {
            #expect(!"\(failure)".contains(key) && !String(reflecting: failure).contains(key))
        }
        #expect(!String(reflecting: verifier).contains(key))
    }

    @Test func verifiedBodiesDecode() throws {
        struct Test: Decodable { var test: Int }
        let value = try Self.verifier().verifiedEvent(Test.self, body: Self.body, headers: Self.headers())
        #expect(value.test == 2_432_232_314)
        let other = Data(#"["not", "an", "object"]"#.utf8)
        let signature = try Self.verifier().signature(id: Self.id, timestamp: Date(timeIntervalSince1970: TimeInterval(Self.timestamp)), body: other)
        #expect(throws: WebhookVerificationError.self) {
            _ = try Self.verifier().verifiedEvent(Test.self, body: other, headers: Self.headers(signature: signature))
        }
    }
}
