import Foundation

/// How a request proves who sends it, as one security scheme of an API's document declares it.
public enum SecurityScheme: Sendable, Hashable {
    /// `Authorization: Bearer <token>` (`http` with scheme `bearer`).
    case bearer
    /// `Authorization: Basic <base64 of user:password>` (`http` with scheme `basic`).
    case basic
    /// An API key in a header, a query parameter or a cookie of the given name.
    case apiKey(name: String, location: APIKeyLocation)
    /// An OAuth 2 or OpenID Connect access token, sent as a bearer token; a provider may refresh it once
    /// when the server answers 401.
    case oauth2
    /// `Authorization: <scheme> <credential>` for another `http` scheme.
    case http(scheme: String)
}

/// Where an API key goes.
public enum APIKeyLocation: String, Sendable, Hashable {
    case header, query, cookie
}

/// What a client holds for one security scheme.
public enum Credential: Sendable {
    /// A bearer token, API key or other scheme's credential, sent as the scheme says.
    case token(String)
    /// A user name and password for `basic`.
    case basic(username: String, password: String)
    /// Access tokens from the app, for `oauth2` and `openIdConnect`.
    case accessToken(AccessTokenProvider)
}

/// Supplies OAuth 2 / OpenID Connect access tokens. The client asks before each request; after a 401 it
/// asks once with `refresh` true and retries, so the app can refresh an expired token.
public struct AccessTokenProvider: Sendable {
    private let provide: @Sendable (_ refresh: Bool) async throws -> String

    public init(_ provide: @escaping @Sendable (_ refresh: Bool) async throws -> String) {
        self.provide = provide
    }

    /// A token that never changes.
    public static func constant(_ token: String) -> AccessTokenProvider {
        AccessTokenProvider { _ in token }
    }

    func token(refresh: Bool) async throws -> String {
        try await provide(refresh)
    }
}

/// A client's credentials by the name of the security scheme each is for. Descriptions and reflection
/// show the names only.
public struct Credentials: Sendable, CustomStringConvertible, CustomReflectable {
    public private(set) var values: [String: Credential]

    /// Credentials from optional values: a nil one is left out.
    public init(_ values: [String: Credential?] = [:]) {
        self.values = values.compactMapValues { $0 }
    }

    public subscript(scheme: String) -> Credential? {
        get { values[scheme] }
        set { values[scheme] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }

    public var description: String { "Credentials(\(values.keys.sorted().map { "\($0): <redacted>" }.joined(separator: ", ")))" }

    public var customMirror: Mirror { Mirror(self, children: ["schemes": values.keys.sorted()]) }
}

/// The security requirements of an operation: alternatives, each a set of schemes that must all be used.
/// The client uses the first alternative it holds every credential for.
public typealias SecurityRequirements = [[String]]
