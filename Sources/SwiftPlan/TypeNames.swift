import SchemaIR

/// Swift names for every IR type, decided before any code is written. Lifted types nest inside the
/// type they came from (`FollowUpV2.Status`); a nested name never shadows a top-level type or a name
/// the generated code uses, so fully qualified references always resolve.
package struct TypeNames: Sendable {
    /// Names the generated code refers to unqualified: a schema may not take them.
    package static let reserved: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Date", "Data", "URL", "UUID", "Duration",
        "Array", "Dictionary", "Set", "Optional", "Result", "Void", "Never", "Any", "AnyObject", "Character",
        "Codable", "Decodable", "Encodable", "Decoder", "Encoder", "CodingKey", "CodingKeys", "Hashable", "Hasher",
        "Equatable", "Sendable", "Error", "RawRepresentable", "DecodingError", "EncodingError", "Swift",
        "Foundation", "FoundationNetworking", "JSONValue", "RFC3339Date", "Indirect", "APIClient",
        "ClientConfiguration", "ClientError", "RequestBuilder", "HTTPTransport", "URLSessionTransport",
        "ParameterValue", "ParameterStyle", "HTTPRequest", "HTTPResponse", "TransportError", "HTTPFailure",
        "DecodingFailure", "APIErrorDetail", "RateLimitInfo", "OpenAPIGenRuntime", "Task", "Type", "Protocol",
        "RetryPolicy", "RetrySleeper", "TaskSleeper", "ClientMiddleware", "LoggingMiddleware", "HeaderMiddleware",
        "HTTPDate", "RFC3339", "PercentEncoding", "OpenEnum", "JSONKey", "APIResponse", "PageSequence",
        "ErrorEnvelope", "RateLimitHeaders", "OpenEnumLookup", "RequestPath", "UnionVariant", "SecurityScheme",
        "APIKeyLocation", "Credential", "Credentials", "AccessTokenProvider", "SecurityRequirements", "MultipartFile",
        "PropertyEncoding", "RequestOptions", "RequestContext", "TestTransport", "DocumentedErrorBody", "RateLimiter",
        "ByteStream", "JSONItemStream", "ServerSentEvent", "ServerSentEventStream", "StreamedResponse",
    ]

    package private(set) var qualified: [TypeID: String] = [:]
    package private(set) var local: [TypeID: String] = [:]
    /// Which types are declared inside which.
    package let nesting: TypeNesting
    /// Top-level types in IR order.
    package var roots: [TypeID] { nesting.roots }
    /// Each type's nested types in IR order.
    package var children: [TypeID: [TypeID]] { nesting.children }
    /// The top-level type each type is declared in (itself for a top-level type).
    package var rootOf: [TypeID: TypeID] { nesting.rootOf }
    /// The namespace that holds deprecated component types, when there are any. Each is declared there and
    /// re-exported under its own name by a deprecated typealias: callers who name the type are warned, while
    /// the generated code refers to it through the namespace and stays free of warnings.
    package private(set) var deprecatedNamespace: String?
    package private(set) var deprecatedRoots: Set<TypeID> = []

    package init(ir: IRDocument, reserved extra: Set<String>, nesting: TypeNesting? = nil) {
        let nesting = nesting ?? TypeNesting(ir: ir)
        self.nesting = nesting
        func nests(_ type: NamedType) -> TypeID? { nesting.parentOf[type.id] }
        var rootScope = NameScope(reserved: Self.reserved.union(extra))
        let deprecated = ir.types.filter { type in
            guard case .component = type.origin, type.documentation.deprecated else { return false }
            return nests(type) == nil
        }
        if !deprecated.isEmpty {
            deprecatedNamespace = rootScope.claim("Deprecated")
            deprecatedRoots = Set(deprecated.map(\.id))
        }
        // Components claim their names first, so a component keeps its spec name whatever is lifted.
        let ordered = ir.types.filter { if case .component = $0.origin { return true } else { return false } }
            + ir.types.filter { if case .component = $0.origin { return false } else { return true } }
        for type in ordered {
            if nests(type) != nil { continue }
            let base: String
            if case .component(let name) = type.origin {
                base = SwiftNames.typeName(name)
            } else {
                base = SwiftNames.typeName(type.nameParts.map(SwiftNames.upperCamel).joined())
            }
            let name = rootScope.claim(base)
            local[type.id] = name
            qualified[type.id] = deprecatedRoots.contains(type.id) ? deprecatedNamespace! + "." + name : name
        }
        // Nested names may shadow no top-level name; one set serves every nested scope.
        // `NullableField` is the nested enum of request payloads' clearable fields.
        let nestedReserved = Self.reserved.union(extra).union(local.values).union(deprecatedNamespace.map { [$0] } ?? [])
            .union(["NullableField"])
        var scopes: [TypeID: NameScope] = [:]
        // Parents precede their children in IR order, so qualified parent names are known here.
        for type in ir.types {
            guard let parent = nests(type) else { continue }
            if scopes[parent] == nil {
                var scope = NameScope(reserved: nestedReserved)
                // A nested type named like its parent would shadow it. A top-level parent's name is reserved
                // already; claiming it again would only push the child's suffix from 2 to 3.
                if let parentName = local[parent], !nestedReserved.contains(parentName) { _ = scope.claim(parentName) }
                scopes[parent] = scope
            }
            let base = SwiftNames.typeName(SwiftNames.upperCamel(type.nameParts.last ?? "Nested"))
            let name = scopes[parent]!.claim(base)
            local[type.id] = name
            qualified[type.id] = (qualified[parent] ?? "") + "." + name
        }
    }
}
