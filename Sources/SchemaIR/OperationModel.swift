import Diagnostics
import HTTPVocabulary

public struct IRServer: Sendable {
    public struct Variable: Sendable {
        public var name: String
        public var defaultValue: String
        public var enumValues: [String]
        public var description: String?
    }

    public var url: String
    public var description: String?
    public var variables: [Variable]
    /// Where the server is declared, for diagnostics about it.
    public var mark: Mark
    public var pointer: String
}

public struct IRParameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    /// The effective style (the declared one, or OpenAPI's default for the location).
    public var style: ParameterStyle
    /// True when the spec declares `style`; false when ``style`` is the default.
    public var styleIsDeclared: Bool
    public var explode: Bool
    public var required: Bool
    public var allowEmptyValue: Bool
    public var allowReserved: Bool
    public var type: TypeRef
    public var nullable: Bool
    /// Set when the parameter is described by `content` instead of `schema`.
    public var contentType: String?
    public var documentation: Documentation
    public var defaultValue: SpecValue?
    public var example: IRExample?
    public var mark: Mark
}

public struct IRContent: Sendable {
    public var contentType: String
    /// nil when the media type has no schema (the body is opaque).
    public var type: TypeRef?
    public var example: IRExample?
    public var examples: [(name: String, value: IRExample)]
    /// How properties of a form or multipart body are sent, by property name, as the document says.
    public var encoding: [IRPropertyEncoding] = []
    public var mark: Mark
    /// The type of each item of a sequential media type (3.2's `itemSchema`, or `x-item-schema`).
    public var itemType: TypeRef? = nil
    /// How the parts of a multipart body made of a list of items are sent: by position, then every other
    /// (3.2's `prefixEncoding` and `itemEncoding`).
    public var prefixEncoding: [IRPropertyEncoding] = []
    public var itemEncoding: IRPropertyEncoding? = nil
}

/// One property's entry of a form or multipart body's `encoding`.
public struct IRPropertyEncoding: Sendable, Hashable {
    public var property: String
    public var contentType: String?
    public var style: ParameterStyle?
    public var explode: Bool?
}

public struct IRRequestBody: Sendable {
    public var required: Bool
    public var description: String?
    public var contents: [IRContent]
    public var mark: Mark
}

public struct IRResponseHeader: Sendable {
    public var name: String
    public var type: TypeRef
    public var required: Bool
    public var description: String?
    public var mark: Mark
}

public struct IRResponse: Sendable {
    public var status: ResponseStatus
    public var description: String?
    public var contents: [IRContent]
    public var headers: [IRResponseHeader]
    public var mark: Mark
}

public struct IRSecurityRequirement: Sendable, Hashable {
    public var scheme: String
    public var scopes: [String]

    public init(scheme: String, scopes: [String]) {
        self.scheme = scheme
        self.scopes = scopes
    }
}

public struct IRSecurityScheme: Sendable, Hashable {
    public var name: String
    public var kind: SecuritySchemeKind
    public var scheme: String?
    public var bearerFormat: String?
    public var parameterName: String?
    public var location: ParameterLocation?
    public var description: String?
    public var mark: Mark

    public init(name: String, kind: SecuritySchemeKind, scheme: String? = nil, bearerFormat: String? = nil,
                parameterName: String? = nil, location: ParameterLocation? = nil, description: String? = nil, mark: Mark) {
        self.name = name
        self.kind = kind
        self.scheme = scheme
        self.bearerFormat = bearerFormat
        self.parameterName = parameterName
        self.location = location
        self.description = description
        self.mark = mark
    }
}

public struct IROperation: Sendable {
    /// A unique key: the operationId, or `METHOD /path` when there is none (deduplicated if repeated).
    public var key: String
    public var operationID: String?
    public var method: HTTPMethod
    public var path: String
    public var summary: String?
    public var documentation: Documentation
    public var tags: [String]
    public var parameters: [IRParameter]
    public var requestBody: IRRequestBody?
    public var responses: [IRResponse]
    /// Alternatives, each a set of schemes that must all apply; nil means the document default applies.
    public var security: [[IRSecurityRequirement]]?
    /// Set when the operation pages by a recognised cursor rule (see ``Pagination``).
    public var pagination: Pagination?
    public var mark: Mark
    public var pointer: String
}

extension IROperation {
    /// Every type the operation mentions: parameters, request bodies, response bodies and headers.
    public var referencedTypes: [TypeRef] {
        var types = parameters.map(\.type) + (requestBody?.contents.compactMap(\.type) ?? [])
        for response in responses {
            types += response.contents.compactMap(\.type) + response.headers.map(\.type)
        }
        return types
    }
}

public struct IROperationGroup: Sendable {
    /// The tag (the operation's first); nil for untagged operations.
    public var tag: String?
    public var description: String?
    public var operations: [IROperation]
    /// The tag this one is nested under (OpenAPI 3.2's `parent`), when that tag is a group too.
    public var parent: String?

    public init(tag: String?, description: String?, operations: [IROperation], parent: String? = nil) {
        self.tag = tag
        self.description = description
        self.operations = operations
        self.parent = parent
    }
}

/// One event an API sends (a `webhooks` / `x-webhooks` entry): the payload its delivery carries.
public struct IRWebhook: Sendable {
    /// The entry's key as written.
    public var name: String
    /// The value of the discriminating field (`event_type`) that marks this event: the one value the payload
    /// schema allows for that field, else the key's last path segment.
    public var eventType: String
    /// The JSON the delivery carries: the request body the API sends, else (as incident.io writes its
    /// pseudo-operations) the first success response's body.
    public var payload: TypeRef
    /// Whether the payload schema declares the discriminating field, which makes it an event of the union.
    public var isDiscriminated: Bool
    /// The payload examples the entry gives (`example`, then each of `examples`), by a name for reports.
    public var examples: [(name: String, value: IRExample)]
    public var documentation: Documentation
    public var mark: Mark
    public var pointer: String
}
