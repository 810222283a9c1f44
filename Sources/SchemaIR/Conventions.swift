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

    public init(pagination: [PaginationRule] = [], errorEnvelope: ErrorEnvelopeFields? = nil,
                untaggedGrouping: UntaggedGrouping = .pathSegment) {
        self.pagination = pagination
        self.errorEnvelope = errorEnvelope
        self.untaggedGrouping = untaggedGrouping
    }
}

/// How one list operation pages: the rule it matched, bound to its fields.
public struct Pagination: Sendable, Hashable {
    /// The query parameter that carries the cursor (`after`).
    public var cursorParameter: String
    /// The query parameter that sets the page size (`page_size`), when the rule names one.
    public var pageSizeParameter: String?
    /// The response field that holds one page's items.
    public var itemsField: String
    public var itemType: TypeRef
    /// The response field that holds the paging metadata (`pagination_meta`) and its next-cursor field (`after`).
    public var metaField: String
    public var nextCursorField: String
    /// Whether the metadata field itself is optional in the response.
    public var metaIsOptional: Bool

    static func detect(_ operation: IROperation, rules: [PaginationRule], in ir: IRDocument) -> Pagination? {
        guard operation.method == .get else { return nil }
        for rule in rules {
            if let pagination = detect(operation, rule: rule, in: ir) { return pagination }
        }
        return nil
    }

    private static func detect(_ operation: IROperation, rule: PaginationRule, in ir: IRDocument) -> Pagination? {
        func queryParameter(_ name: String) -> IRParameter? {
            operation.parameters.first { $0.location == .query && $0.name == name && !$0.required }
        }
        guard let cursor = queryParameter(rule.cursorParameter), case .string = ir.resolved(cursor.type) else { return nil }
        if let sizeName = rule.pageSizeParameter {
            guard let size = queryParameter(sizeName), case .integer = ir.resolved(size.type) else { return nil }
        }
        guard let body = operation.successType, case .named(let bodyID) = ir.resolved(body), case .object(let page)? = ir[bodyID]?.kind,
              let meta = page.fields.first(where: { $0.name == rule.metaField }),
              case .named(let metaID) = ir.resolved(meta.type), case .object(let metaObject)? = ir[metaID]?.kind,
              let next = metaObject.fields.first(where: { $0.name == rule.nextCursorField }), case .string = ir.resolved(next.type)
        else { return nil }
        let arrays = page.fields.filter { field in
            guard field.required, !field.nullable, case .array = ir.resolved(field.type) else { return false }
            return true
        }
        guard arrays.count == 1, case .array(let item) = ir.resolved(arrays[0].type) else { return nil }
        return Pagination(cursorParameter: cursor.name, pageSizeParameter: rule.pageSizeParameter, itemsField: arrays[0].name, itemType: item,
                          metaField: meta.name, nextCursorField: next.name, metaIsOptional: !meta.required || meta.nullable)
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
