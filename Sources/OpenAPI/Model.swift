import Diagnostics
import HTTPVocabulary
import YAML

/// Major/minor version of the OpenAPI document.
public enum OpenAPIVersion: String, Sendable, Hashable {
    case v3_0 = "3.0"
    case v3_1 = "3.1"
    case v3_2 = "3.2"

    /// 3.1 and later: schemas are JSON Schema 2020-12 (boolean schemas, `type` lists, `const`).
    public var usesJSONSchema2020: Bool { self != .v3_0 }
}

public struct Info: Sendable {
    public var title: String
    public var version: String
    public var summary: String?
    public var description: String?
}

public struct ServerVariable: Sendable {
    public var name: String
    public var defaultValue: String
    public var enumValues: [String]
    public var description: String?
}

public struct Server: Sendable {
    public var url: String
    public var description: String?
    public var variables: [ServerVariable]
    public var mark: Mark
}

public struct Tag: Sendable {
    public var name: String
    public var description: String?
    /// OpenAPI 3.2: a short title, the tag this one is nested under, and what kind of tag it is (`nav`, …).
    public var summary: String?
    public var parent: String?
    public var kind: String?
}

public struct Example: Sendable {
    public var summary: String?
    public var description: String?
    public var value: Node?
    public var externalValue: String?
}

public struct MediaType: Sendable {
    public var contentType: String
    public var schema: SchemaOrReference?
    public var example: Node?
    public var examples: [(name: String, example: Referenceable<Example>)]
    /// How properties of a form or multipart body are sent, by property name.
    public var encoding: [(property: String, encoding: PropertyEncoding)] = []
    /// The schema of each item of a sequential media type (OpenAPI 3.2's `itemSchema`: server-sent events,
    /// JSON Lines, JSON text sequences).
    public var itemSchema: SchemaOrReference?
    /// OpenAPI 3.2: how each part of a multipart body whose schema is an array (or a sequence of items) is
    /// sent, by position (`prefixEncoding`), then for every other part (`itemEncoding`).
    public var prefixEncoding: [PropertyEncoding] = []
    public var itemEncoding: PropertyEncoding?
    public var mark: Mark
}

/// One entry of a media type's `encoding` object.
public struct PropertyEncoding: Sendable, Hashable {
    public var contentType: String?
    public var style: ParameterStyle?
    public var explode: Bool?
    public var allowReserved: Bool

    public init(contentType: String? = nil, style: ParameterStyle? = nil, explode: Bool? = nil, allowReserved: Bool = false) {
        self.contentType = contentType
        self.style = style
        self.explode = explode
        self.allowReserved = allowReserved
    }
}

public struct Parameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    /// The style as written; ``effectiveStyle`` applies the OpenAPI default.
    public var style: ParameterStyle?
    public var explode: Bool?
    public var allowReserved: Bool
    public var schema: SchemaOrReference?
    /// `content` instead of `schema` (one media type).
    public var content: [MediaType]
    public var example: Node?
    public var examples: [(name: String, example: Referenceable<Example>)]
    public var mark: Mark

    /// `form` for query and cookie, `simple` for path and header.
    public var effectiveStyle: ParameterStyle {
        style ?? (location == .query || location == .cookie ? .form : .simple)
    }

    /// `explode` defaults to true only for the `form` style.
    public var effectiveExplode: Bool { explode ?? (effectiveStyle == .form) }
}

public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var schema: SchemaOrReference?
    public var content: [MediaType]
    public var mark: Mark
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
    public var mark: Mark
}

public struct Response: Sendable {
    public var description: String?
    public var headers: [(name: String, header: Referenceable<Header>)]
    public var content: [MediaType]
    /// True when the response declares `links` (not modelled).
    public var hasLinks: Bool
    public var mark: Mark
}

/// A key of `responses`: a code, a range such as `4XX`, or `default`.
public struct SecurityRequirement: Sendable {
    /// Scheme name → scopes; an empty list means "anonymous allowed" (`{}`).
    public var schemes: [(name: String, scopes: [String])]
}

public struct SecurityScheme: Sendable {
    public typealias Kind = SecuritySchemeKind

    public var kind: Kind
    public var description: String?
    /// apiKey: the header, query or cookie name.
    public var name: String?
    public var location: ParameterLocation?
    /// http: `bearer`, `basic`, …
    public var scheme: String?
    public var bearerFormat: String?
    public var mark: Mark
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationID: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var deprecated: Bool
    /// Path-level parameters merged in (operation-level ones win on the same name and location).
    public var parameters: [Referenceable<Parameter>]
    public var requestBody: Referenceable<RequestBody>?
    public var responses: [(status: ResponseStatus, response: Referenceable<Response>)]
    /// nil: inherit the document's requirements; empty: no authentication.
    public var security: [SecurityRequirement]?
    public var servers: [Server]
    public var hasCallbacks: Bool
    public var mark: Mark
    /// The operation's JSON pointer, e.g. `#/paths/~1v2~1follow_ups/get`.
    public var pointer: String
}

/// One entry of `webhooks` or `x-webhooks`: its name and the operations that describe the delivery.
public struct Webhook: Sendable {
    /// The key as written (`newPet`, `/x-webhooks/public_incident.follow_up_created_v2`).
    public var name: String
    public var operations: [Operation]
    public var mark: Mark
}

public struct PathItem: Sendable {
    public var path: String
    public var summary: String?
    public var description: String?
    public var operations: [Operation]
    public var mark: Mark
}

public struct Components: Sendable {
    public var schemas = OrderedMap<SchemaOrReference>()
    public var responses = OrderedMap<Referenceable<Response>>()
    public var parameters = OrderedMap<Referenceable<Parameter>>()
    public var examples = OrderedMap<Referenceable<Example>>()
    public var requestBodies = OrderedMap<Referenceable<RequestBody>>()
    public var headers = OrderedMap<Referenceable<Header>>()
    public var securitySchemes = OrderedMap<Referenceable<SecurityScheme>>()
}
