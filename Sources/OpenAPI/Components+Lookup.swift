/// A target of a `$ref` found outside `#/components/<section>/<name>`, decoded once at load time.
public enum IndirectTarget: Sendable {
    case schema(SchemaOrReference)
    case parameter(Referenceable<Parameter>)
    case response(Referenceable<Response>)
    case requestBody(Referenceable<RequestBody>)
    case header(Referenceable<Header>)
    case example(Referenceable<Example>)
    case securityScheme(Referenceable<SecurityScheme>)
}

/// A kind of object that can live under `components` and be the target of a `$ref`.
public protocol ComponentValue: Sendable {
    /// The `components` section, e.g. `schemas`.
    static var section: String { get }
    /// A human name for messages, e.g. `schema`.
    static var noun: String { get }
    static func components(in components: Components) -> OrderedMap<Referenceable<Self>>
    static func extract(_ target: IndirectTarget) -> Referenceable<Self>?
}

extension ComponentValue {
    /// What `reference` points at, one step: `#/components/<section>/<name>` in `components`, any other
    /// pointer among the targets decoded while checking references.
    static func target(of reference: Reference, in components: Components,
                       indirect: [String: IndirectTarget]) -> Referenceable<Self>? {
        if let name = reference.componentName(in: section) {
            return Self.components(in: components)[name]
        }
        return indirect[reference.ref].flatMap(extract)
    }
}

extension Schema: ComponentValue {
    public static let section = "schemas"
    public static let noun = "schema"
    public static func components(in components: Components) -> OrderedMap<SchemaOrReference> { components.schemas }
    public static func extract(_ target: IndirectTarget) -> SchemaOrReference? {
        if case .schema(let value) = target { return value }
        return nil
    }
}

extension Parameter: ComponentValue {
    public static let section = "parameters"
    public static let noun = "parameter"
    public static func components(in components: Components) -> OrderedMap<Referenceable<Parameter>> { components.parameters }
    public static func extract(_ target: IndirectTarget) -> Referenceable<Parameter>? {
        if case .parameter(let value) = target { return value }
        return nil
    }
}

extension Response: ComponentValue {
    public static let section = "responses"
    public static let noun = "response"
    public static func components(in components: Components) -> OrderedMap<Referenceable<Response>> { components.responses }
    public static func extract(_ target: IndirectTarget) -> Referenceable<Response>? {
        if case .response(let value) = target { return value }
        return nil
    }
}

extension RequestBody: ComponentValue {
    public static let section = "requestBodies"
    public static let noun = "request body"
    public static func components(in components: Components) -> OrderedMap<Referenceable<RequestBody>> { components.requestBodies }
    public static func extract(_ target: IndirectTarget) -> Referenceable<RequestBody>? {
        if case .requestBody(let value) = target { return value }
        return nil
    }
}

extension Header: ComponentValue {
    public static let section = "headers"
    public static let noun = "header"
    public static func components(in components: Components) -> OrderedMap<Referenceable<Header>> { components.headers }
    public static func extract(_ target: IndirectTarget) -> Referenceable<Header>? {
        if case .header(let value) = target { return value }
        return nil
    }
}

extension Example: ComponentValue {
    public static let section = "examples"
    public static let noun = "example"
    public static func components(in components: Components) -> OrderedMap<Referenceable<Example>> { components.examples }
    public static func extract(_ target: IndirectTarget) -> Referenceable<Example>? {
        if case .example(let value) = target { return value }
        return nil
    }
}

extension SecurityScheme: ComponentValue {
    public static let section = "securitySchemes"
    public static let noun = "security scheme"
    public static func components(in components: Components) -> OrderedMap<Referenceable<SecurityScheme>> { components.securitySchemes }
    public static func extract(_ target: IndirectTarget) -> Referenceable<SecurityScheme>? {
        if case .securityScheme(let value) = target { return value }
        return nil
    }
}

extension ReferenceKind {
    var section: String {
        switch self {
        case .schema: return Schema.section
        case .parameter: return Parameter.section
        case .response: return Response.section
        case .requestBody: return RequestBody.section
        case .header: return Header.section
        case .example: return Example.section
        case .securityScheme: return SecurityScheme.section
        }
    }

    var noun: String {
        switch self {
        case .schema: return Schema.noun
        case .parameter: return Parameter.noun
        case .response: return Response.noun
        case .requestBody: return RequestBody.noun
        case .header: return Header.noun
        case .example: return Example.noun
        case .securityScheme: return SecurityScheme.noun
        }
    }
}
