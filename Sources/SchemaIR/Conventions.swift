/// How an API pages its lists by cursor. Facts about one API: they come from its configuration (the
/// `pagination` list of `openapi-gen-config.yaml`), never from a rule built into the generator.
///
/// An operation follows a rule when it is a `GET` with the optional query parameter `cursorParameter`
/// (a string) and, if the rule names one, the optional integer `pageSizeParameter`, and its JSON success
/// body is an object with exactly one required array field (the items) and a field `metaField`, an object
/// whose string field `nextCursorField` is the next page's cursor (absent or empty on the last page).
/// incident.io's lists, for example: `?page_size=50&after=<id>` and `pagination_meta.after`.
public struct PaginationRule: Sendable, Hashable {
    public var cursorParameter: String
    public var pageSizeParameter: String?
    public var metaField: String
    public var nextCursorField: String

    public init(cursorParameter: String, pageSizeParameter: String?, metaField: String, nextCursorField: String) {
        self.cursorParameter = cursorParameter
        self.pageSizeParameter = pageSizeParameter
        self.metaField = metaField
        self.nextCursorField = nextCursorField
    }
}

/// Where an API's error bodies keep their type, request id, errors and rate limit: dotted JSON key paths
/// by field (`requestID: request_id`), as the generated client's runtime reads them. Facts about one API,
/// from its configuration.
public struct ErrorEnvelopeFields: Sendable, Hashable {
    /// The fields a configuration may name, in the order generated code passes them.
    public static let names = ["type", "requestID", "errors", "errorCode", "errorMessage", "errorField",
                               "rateLimit", "rateLimitName", "rateLimitLimit", "rateLimitRemaining", "rateLimitRetryAfter"]

    /// Field name → key path; only names from ``names``.
    public var paths: [String: String]

    public init(paths: [String: String]) {
        self.paths = paths
    }
}

/// Where operations without a tag go.
public enum UntaggedGrouping: String, Sendable, Hashable, CaseIterable {
    /// In a group named after the first segment of their path that is neither a parameter nor a version
    /// (`/v1/customers/{id}` → `customers`), so an API without tags still gets one client per resource.
    case pathSegment
    /// Together, as operations of the root client.
    case rootClient
}

/// What an API's configuration says about conventions its document does not declare.
public struct APIConventions: Sendable, Hashable {
    /// Cursor pagination rules, tried in order.
    public var pagination: [PaginationRule]
    /// How error bodies are read, when the configuration says.
    public var errorEnvelope: ErrorEnvelopeFields?
    public var untaggedGrouping: UntaggedGrouping
    /// Security schemes for a document that declares none (incident.io describes its key in prose).
    public var securitySchemes: [IRSecurityScheme]
    /// The default requirements over ``securitySchemes``; nil for any one of them.
    public var security: [[IRSecurityRequirement]]?
    /// Header parameters whose value makes a write safe to repeat (compared case-insensitively).
    public var idempotencyKeyHeaders: [String]
    /// Top-level string fields of a JSON request body that do the same (incident.io's `idempotency_key`).
    public var idempotencyKeyFields: [String]
    /// The payload field whose value names a webhook event (`event_type`); payloads that declare it are the
    /// events of the generated event union.
    public var webhookDiscriminator = "event_type"

    /// What APIs commonly name their idempotency keys: the IETF draft's header, and the body field of
    /// APIs that take it there.
    public static let commonIdempotencyKeyHeaders = ["Idempotency-Key"]
    public static let commonIdempotencyKeyFields = ["idempotency_key"]

    public init(pagination: [PaginationRule] = [], errorEnvelope: ErrorEnvelopeFields? = nil,
                untaggedGrouping: UntaggedGrouping = .pathSegment, securitySchemes: [IRSecurityScheme] = [],
                security: [[IRSecurityRequirement]]? = nil,
                idempotencyKeyHeaders: [String] = APIConventions.commonIdempotencyKeyHeaders,
                idempotencyKeyFields: [String] = APIConventions.commonIdempotencyKeyFields) {
        self.pagination = pagination
        self.errorEnvelope = errorEnvelope
        self.untaggedGrouping = untaggedGrouping
        self.securitySchemes = securitySchemes
        self.security = security
        self.idempotencyKeyHeaders = idempotencyKeyHeaders
        self.idempotencyKeyFields = idempotencyKeyFields
    }
}
