import Diagnostics
import OpenAPI

/// The language-neutral description of an API that emitters turn into code.
public struct IRDocument: Sendable {
    /// The spec file, for locating diagnostics raised later (by an emitter).
    public var file: String
    public var title: String
    public var version: String
    public var description: String?
    /// The `openapi` field of the source, e.g. `3.0.3`.
    public var openAPIVersion: String
    public var servers: [IRServer]
    /// Every named type: components in source order, each lifted inline type after it is met.
    public var types: [NamedType]
    public var groups: [IROperationGroup]
    /// The events the API sends (`webhooks`, `x-webhooks`), in document order; none in a subset.
    public var webhooks: [IRWebhook]
    public var securitySchemes: [IRSecurityScheme]
    /// The document's default security: alternatives, each a set of schemes applied together.
    public var security: [[IRSecurityRequirement]]
    /// Warnings from loading and translating (unsupported constructs and their fallbacks).
    public var warnings: [Diagnostic]
    /// The operations this document was cut down to, if it was (see ``restricted(to:)``).
    public internal(set) var subset: OperationSubset?
    /// What the configuration says about the API beyond its document (pagination rules).
    public let conventions: APIConventions
    private let typeIndex: [TypeID: Int]

    init(file: String, title: String, version: String, description: String?, openAPIVersion: String, servers: [IRServer],
         types: [NamedType], groups: [IROperationGroup], securitySchemes: [IRSecurityScheme],
         security: [[IRSecurityRequirement]], warnings: [Diagnostic], conventions: APIConventions, webhooks: [IRWebhook] = []) {
        self.file = file
        self.title = title
        self.version = version
        self.description = description
        self.openAPIVersion = openAPIVersion
        self.servers = servers
        self.types = types
        self.groups = groups
        self.webhooks = webhooks
        self.securitySchemes = securitySchemes
        self.security = security
        self.warnings = warnings
        self.conventions = conventions
        var index: [TypeID: Int] = [:]
        for (position, type) in types.enumerated() { index[type.id] = position }
        self.typeIndex = index
        for group in self.groups.indices {
            for operation in self.groups[group].operations.indices {
                self.groups[group].operations[operation].pagination = Pagination.detect(self.groups[group].operations[operation], rules: conventions.pagination, in: self)
            }
        }
    }

    public subscript(id: TypeID) -> NamedType? {
        typeIndex[id].map { types[$0] }
    }

    /// Every operation, group by group.
    public var operations: [IROperation] { groups.flatMap(\.operations) }

    /// Translates a loaded document. Never fails: what cannot be modelled becomes a warning and a JSON value.
    /// - Parameter conventions: what the API's configuration adds to the document (pagination rules).
    public init(_ document: OpenAPIDocument, conventions: APIConventions = APIConventions()) {
        var space = TypeSpace(document: document)
        space.buildComponents()
        var translator = OperationTranslator(document: document, space: space, grouping: conventions.untaggedGrouping)
        let groups = translator.translate()
        let webhooks = translator.translateWebhooks(discriminator: conventions.webhookDiscriminator)
        space = translator.space
        space.markRecursion()
        self.init(
            file: document.file, title: document.info.title, version: document.info.version, description: document.info.description,
            openAPIVersion: document.versionText,
            servers: document.servers.enumerated().map { index, server in
                IRServer(url: server.url, description: server.description,
                         variables: server.variables.map { .init(name: $0.name, defaultValue: $0.defaultValue, enumValues: $0.enumValues, description: $0.description) },
                         mark: server.mark, pointer: "#/servers/\(index)")
            },
            types: space.types, groups: groups, securitySchemes: Self.securitySchemes(document, conventions),
            security: Self.security(document, conventions),
            warnings: Self.located(space.warnings + translator.warnings, in: document) + document.warnings,
            conventions: conventions, webhooks: webhooks)
    }

    /// Translation warnings carry positions only; their pointers are looked up in one walk of the source.
    private static func located(_ warnings: [Diagnostic], in document: OpenAPIDocument) -> [Diagnostic] {
        let pointers = document.pointers(for: Set(warnings.map(\.mark)))
        return warnings.map { $0.located(by: pointers) }.sorted()
    }

    /// The document's default requirements; for schemes the configuration adds, its requirements (or any
    /// one of those schemes).
    private static func security(_ document: OpenAPIDocument, _ conventions: APIConventions) -> [[IRSecurityRequirement]] {
        if document.components.securitySchemes.isEmpty, !conventions.securitySchemes.isEmpty {
            return conventions.security ?? conventions.securitySchemes.map { [IRSecurityRequirement(scheme: $0.name, scopes: [])] }
        }
        return requirements(document.security ?? [])
    }

    static func requirements(_ requirements: [SecurityRequirement]) -> [[IRSecurityRequirement]] {
        requirements.map { requirement in
            requirement.schemes.map { IRSecurityRequirement(scheme: $0.name, scopes: $0.scopes) }
        }
    }

    /// The document's schemes; the configuration's when the document declares none.
    private static func securitySchemes(_ document: OpenAPIDocument, _ conventions: APIConventions) -> [IRSecurityScheme] {
        guard !document.components.securitySchemes.isEmpty else { return conventions.securitySchemes }
        return document.components.securitySchemes.compactMap { name, item in
            guard let scheme = document.resolve(item) else { return nil }
            return IRSecurityScheme(
                name: name, kind: scheme.kind, scheme: scheme.scheme, bearerFormat: scheme.bearerFormat,
                parameterName: scheme.name, location: scheme.location, description: scheme.description, mark: scheme.mark)
        }
    }
}

extension IRDocument {
    /// The type with aliases looked through (bounded, in case of alias chains).
    public func resolved(_ type: TypeRef) -> TypeRef {
        var current = type
        for _ in 0..<32 {
            guard case .named(let id) = current, case .alias(let target)? = self[id]?.kind else { return current }
            current = target
        }
        return current
    }
}
