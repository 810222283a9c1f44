import Foundation

/// The credentials one request carries, chosen from the operation's security requirements.
struct Authorization: Sendable {
    /// One scheme's credential as it will be sent.
    enum Part: Sendable {
        case value(scheme: SecurityScheme, text: String)
        case basic(username: String, password: String)
        case provider(AccessTokenProvider)
    }

    let parts: [Part]
    /// Whether a part's token comes from a provider, which may refresh it after a 401.
    var refreshable: Bool { parts.contains { if case .provider = $0 { true } else { false } } }

    static let none = Authorization(parts: [])

    /// What `request` should carry under `configuration`; an error only for an empty credential.
    init(for request: RequestBuilder, configuration: ClientConfiguration) throws(ClientError) {
        guard request.sendsCredentials else {
            self = .none
            return
        }
        let schemes = configuration.securitySchemes
        let requirements = request.security ?? configuration.security
        // A document that declares no scheme (incident.io describes its key in prose) gets the bearer
        // token, if the client has one.
        guard !schemes.isEmpty, !requirements.isEmpty else {
            guard let token = configuration.bearerToken else {
                self = .none
                return
            }
            guard !token.isEmpty else { throw .invalidRequest("the API key is empty") }
            self.init(parts: [.value(scheme: .bearer, text: token)])
            return
        }
        // The first alternative the client holds every credential for (one that needs nothing counts only
        // when no other can be met, so a client with credentials uses them). With none, nothing is sent:
        // the app may authenticate in a middleware, and otherwise the server's 401 says what is missing.
        for alternative in requirements where !alternative.isEmpty {
            var parts: [Part] = []
            for name in alternative {
                guard let scheme = schemes[name], let part = try Self.part(scheme, credential: configuration.credentials[name],
                                                                           bearerToken: configuration.bearerToken) else { break }
                parts.append(part)
            }
            if parts.count == alternative.count {
                self.init(parts: parts)
                return
            }
        }
        self = .none
    }

    private init(parts: [Part]) {
        self.parts = parts
    }

    private static func part(_ scheme: SecurityScheme, credential: Credential?, bearerToken: String?) throws(ClientError) -> Part? {
        switch (scheme, credential) {
        case (.basic, .basic(let username, let password)?):
            return .basic(username: username, password: password)
        case (.oauth2, .accessToken(let provider)?):
            return .provider(provider)
        case (.basic, _), (_, .basic?):
            return nil
        case (_, .accessToken(let provider)?):
            return .provider(provider)
        case (_, .token(let text)?):
            guard !text.isEmpty else { throw .invalidRequest("the credential for a \(scheme.kindName) scheme is empty") }
            return .value(scheme: scheme, text: text)
        case (.bearer, nil), (.oauth2, nil):
            guard let bearerToken else { return nil }
            guard !bearerToken.isEmpty else { throw .invalidRequest("the API key is empty") }
            return .value(scheme: .bearer, text: bearerToken)
        case (_, nil):
            return nil
        }
    }

    /// Adds the credentials to `request`, asking providers for a token (a fresh one when `refresh`).
    /// Returns the secret values sent, so messages can be scrubbed of them.
    func apply(to request: inout PreparedRequest, refresh: Bool) async throws(ClientError) -> [String] {
        var secrets: [String] = []
        for part in parts {
            switch part {
            case .value(let scheme, let text):
                secrets.append(text)
                try Self.add(scheme, text, to: &request)
            case .basic(let username, let password):
                let encoded = Data("\(username):\(password)".utf8).base64EncodedString()
                secrets += [encoded, password]
                try request.setHeader("Authorization", "Basic " + encoded)
            case .provider(let provider):
                let token: String
                do {
                    token = try await provider.token(refresh: refresh)
                } catch {
                    throw .invalidRequest("the access-token provider failed: \(error)")
                }
                guard !token.isEmpty else { throw .invalidRequest("the access-token provider returned an empty token") }
                secrets.append(token)
                try request.setHeader("Authorization", "Bearer " + token)
            }
        }
        return secrets
    }

    private static func add(_ scheme: SecurityScheme, _ text: String, to request: inout PreparedRequest) throws(ClientError) {
        switch scheme {
        case .bearer, .oauth2, .basic:
            try request.setHeader("Authorization", "Bearer " + text)
        case .http(let name):
            try request.setHeader("Authorization", name + " " + text)
        case .apiKey(let name, .header):
            request.context.secretNames.insert(name)
            try request.setHeader(name, text)
        case .apiKey(let name, .query):
            request.context.secretNames.insert(name)
            request.appendQueryItem(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(text))
        case .apiKey(let name, .cookie):
            request.context.secretNames.insert("Cookie")
            let cookie = name + "=" + text
            if let existing = request.header("Cookie") {
                try request.setHeader("Cookie", existing + "; " + cookie)
            } else {
                try request.setHeader("Cookie", cookie)
            }
        }
    }
}

extension SecurityScheme {
    var kindName: String {
        switch self {
        case .bearer: return "bearer"
        case .basic: return "basic"
        case .apiKey: return "API key"
        case .oauth2: return "OAuth 2"
        case .http(let scheme): return scheme
        }
    }
}
