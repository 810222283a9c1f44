import Diagnostics
import HTTPVocabulary
import SchemaIR

/// How the generated client authenticates: the runtime's description of each security scheme, the
/// document's default requirements, and the credentials the root client's initialiser asks for.
package struct SecurityPlan: Sendable {
    /// One security scheme the client can use.
    package struct Scheme: Sendable {
        /// The name in `components.securitySchemes`.
        package let name: String
        /// The runtime `SecurityScheme` value, as Swift source.
        package let literal: String
    }

    /// What the initialiser takes for one scheme.
    package struct CredentialParameter: Sendable {
        package let scheme: String
        /// Argument labels and their (non-optional) Swift types: one, or two for a user name and password.
        package let arguments: [(label: String, type: String)]
        /// Every requirement of the document needs this scheme: the arguments are not optional.
        package let required: Bool
        /// The document's first bearer scheme travels as the configuration's `bearerToken`.
        package let isBearerToken: Bool
        /// The runtime `Credential` case the arguments make: `token`, `accessToken`, or `basic` (two arguments).
        package let credentialCase: String
    }

    /// Empty when the document declares no scheme: then the client takes an optional bearer token.
    package let schemes: [Scheme]
    /// The document's default requirements, as scheme names.
    package let defaultRequirements: [[String]]
    package let parameters: [CredentialParameter]

    /// Argument labels the initialiser already has.
    static let reservedLabels: Set<String> = ["serverURL", "timeout", "retryPolicy", "middlewares", "transport", "configuration"]

    init(ir: IRDocument, warnings: inout [Diagnostic]) {
        var schemes: [Scheme] = []
        var parameters: [CredentialParameter] = []
        var scope = NameScope(reserved: Self.reservedLabels)
        var seenKinds: Set<String> = []
        let usable = Set(ir.securitySchemes.map(\.name))
        let defaults = ir.security.map { $0.map(\.scheme).filter(usable.contains) }
        // Required: every default alternative needs it (and there is at least one that needs something).
        let required = defaults.isEmpty || defaults.contains(where: \.isEmpty) ? Set<String>()
            : defaults.dropFirst().reduce(Set(defaults[0])) { $0.intersection($1) }
        for scheme in ir.securitySchemes {
            let camel = SwiftNames.memberName(scheme.name, fallback: "credential")
            func label(_ kind: String, first: String, suffix: String) -> String {
                let name = seenKinds.insert(kind).inserted ? first : camel + suffix
                return scope.claim(name)
            }
            let literal: String
            var isBearerToken = false
            let arguments: [(label: String, type: String)]
            let credentialCase: String
            switch (scheme.kind, scheme.scheme?.lowercased()) {
            case (.http, "bearer"?):
                literal = ".bearer"
                let name = label("bearer", first: "bearerToken", suffix: "Token")
                isBearerToken = name == "bearerToken"
                arguments = [(name, "String")]
                credentialCase = "token"
            case (.http, "basic"?):
                literal = ".basic"
                let seen = seenKinds.contains("basic")
                let user = label("basic", first: "username", suffix: "Username")
                let password = scope.claim(seen ? camel + "Password" : "password")
                arguments = [(user, "String"), (password, "String")]
                credentialCase = "basic"
            case (.http, let other):
                literal = ".http(scheme: \(SwiftLiteral.string(Self.capitalized(other ?? scheme.name))))"
                let name = scope.claim(camel + "Credential")
                arguments = [(name, "String")]
                credentialCase = "token"
            case (.apiKey, _):
                guard let parameterName = scheme.parameterName, let location = scheme.location, location != .path else { continue }
                literal = ".apiKey(name: \(SwiftLiteral.string(parameterName)), location: .\(location.rawValue))"
                let name = scope.claim(camel.lowercased().hasSuffix("key") ? camel : camel + "Key")
                arguments = [(name, "String")]
                credentialCase = "token"
            case (.oauth2, _), (.openIdConnect, _):
                literal = ".oauth2"
                let name = label("oauth2", first: "accessToken", suffix: "AccessToken")
                arguments = [(name, "AccessTokenProvider")]
                credentialCase = "accessToken"
            case (.mutualTLS, _):
                warnings.append(Diagnostic(.warning, "security scheme '\(scheme.name)' is mutual TLS, which is set up on the transport (its URLSession), not generated",
                                           file: ir.file, mark: scheme.mark, pointer: nil))
                continue
            }
            schemes.append(Scheme(name: scheme.name, literal: literal))
            parameters.append(CredentialParameter(scheme: scheme.name, arguments: arguments, required: required.contains(scheme.name),
                                                  isBearerToken: isBearerToken, credentialCase: credentialCase))
        }
        let known = Set(schemes.map(\.name))
        self.schemes = schemes
        self.parameters = parameters
        defaultRequirements = ir.security.map { $0.map(\.scheme).filter(known.contains) }
    }

    /// The requirements an operation declares, when they differ from the document's: nil to use those.
    package func requirements(of operation: IROperation) -> [[String]]? {
        guard !schemes.isEmpty, let own = operation.security, !own.isEmpty else { return nil }
        let known = Set(schemes.map(\.name))
        let names = own.map { $0.map(\.scheme).filter(known.contains) }
        return names == defaultRequirements ? nil : names
    }

    private static func capitalized(_ scheme: String) -> String {
        scheme.prefix(1).uppercased() + scheme.dropFirst()
    }
}
