/// How one list operation pages: the style it matched, bound to its fields.
///
/// Styles come from the API's configuration (cursor rules) or are recognised where the document leaves no
/// doubt (see ``detect(_:rules:in:)``).
public struct Pagination: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// A configured cursor rule: the cursor parameter, and each page's `metaField.nextCursorField` as the
        /// next page's cursor (incident.io's `after` and `pagination_meta.after`; a task tracker's `offset`
        /// and `next_page.offset`).
        case cursor(parameter: String, metaField: String, nextCursorField: String, metaIsOptional: Bool)
        /// `starting_after=<the last item's id>` while the page's boolean `hasMoreField` is true (a payment API).
        case lastItem(parameter: String, hasMoreField: String, idField: String)
        /// `offset=<items so far>` until the page says it is the last (see ``OffsetEnd``) or is empty.
        case offset(parameter: String, end: OffsetEnd)
        /// `page=<n + 1>` until `totalPagesField` is reached or a page is empty.
        case page(parameter: String, totalPagesField: String)
        /// The URL of the response's `Link: <…>; rel="next"` header (RFC 8288), while there is one.
        case linkHeader
    }

    /// What tells an offset-paged list that a page is its last.
    public enum OffsetEnd: Sendable, Hashable {
        /// A boolean field (`more`, `has_more`) that is false.
        case moreFlag(String)
        /// A field holding the next page's URL (`next`) that is null or absent.
        case nextLink(String)
        /// An integer field holding the list's length (`total`) that the items so far have reached.
        case total(String)
    }

    public var style: Style
    /// The response field holding one page's items; nil when the body is the array itself.
    public var itemsField: String?
    /// Whether that field may be absent (a page without it has no items).
    public var itemsAreOptional: Bool
    public var itemType: TypeRef

    /// The query parameter the sequence sets for each page; nil for the `Link` header style.
    public var cursorParameter: String? {
        switch style {
        case .cursor(let parameter, _, _, _), .lastItem(let parameter, _, _), .offset(let parameter, _), .page(let parameter, _): parameter
        case .linkHeader: nil
        }
    }

    /// Configured rules first, in order; then the styles recognised without configuration.
    static func detect(_ operation: IROperation, rules: [PaginationRule], in ir: IRDocument) -> Pagination? {
        guard operation.method == .get else { return nil }
        let shape = Shape(operation, ir: ir)
        for rule in rules {
            if let pagination = shape.cursor(rule) { return pagination }
        }
        return shape.lastItem() ?? shape.offset() ?? shape.page() ?? shape.linkHeader()
    }

    /// The parts of a list operation the styles look at.
    private struct Shape {
        let operation: IROperation
        let ir: IRDocument
        /// The success body's object fields, when it is an object.
        let fields: [Field]?
        /// The one array field of the body (or the body itself when it is an array).
        let items: (field: String?, optional: Bool, type: TypeRef)?

        init(_ operation: IROperation, ir: IRDocument) {
            self.operation = operation
            self.ir = ir
            guard let body = operation.successType else {
                (fields, items) = (nil, nil)
                return
            }
            switch ir.resolved(body) {
            case .array(let element):
                (fields, items) = (nil, (nil, false, element))
            case .named(let id):
                guard case .object(let object)? = ir[id]?.kind else {
                    (fields, items) = (nil, nil)
                    return
                }
                fields = object.fields
                let arrays = object.fields.filter { field in
                    if case .array = ir.resolved(field.type) { return true }
                    return false
                }
                // The one required array, else the one array.
                let required = arrays.filter { $0.required && !$0.nullable }
                let chosen = required.count == 1 ? required : arrays
                if chosen.count == 1, case .array(let element) = ir.resolved(chosen[0].type) {
                    items = (chosen[0].name, !chosen[0].required || chosen[0].nullable, element)
                } else {
                    items = nil
                }
            default:
                (fields, items) = (nil, nil)
            }
        }

        func queryParameter(_ name: String, _ kind: (TypeRef) -> Bool) -> IRParameter? {
            operation.parameters.first { $0.location == .query && $0.name == name && !$0.required && kind(ir.resolved($0.type)) }
        }

        func field(_ names: [String], _ kind: (TypeRef) -> Bool) -> Field? {
            for name in names {
                if let field = fields?.first(where: { $0.name == name }), kind(ir.resolved(field.type)) { return field }
            }
            return nil
        }

        func pagination(_ style: Style) -> Pagination? {
            guard let items else { return nil }
            return Pagination(style: style, itemsField: items.field, itemsAreOptional: items.optional, itemType: items.type)
        }

        static func isString(_ type: TypeRef) -> Bool { if case .string = type { true } else { false } }
        static func isInteger(_ type: TypeRef) -> Bool { if case .integer = type { true } else { false } }
        static func isBoolean(_ type: TypeRef) -> Bool { type == .boolean }

        func cursor(_ rule: PaginationRule) -> Pagination? {
            guard let cursor = queryParameter(rule.cursorParameter, Self.isString) else { return nil }
            if let sizeName = rule.pageSizeParameter, queryParameter(sizeName, Self.isInteger) == nil { return nil }
            guard let items, items.field != nil, !items.optional,
                  let meta = field([rule.metaField], { _ in true }),
                  case .named(let metaID) = ir.resolved(meta.type), case .object(let metaObject)? = ir[metaID]?.kind,
                  let next = metaObject.fields.first(where: { $0.name == rule.nextCursorField }), Self.isString(ir.resolved(next.type))
            else { return nil }
            return pagination(.cursor(parameter: cursor.name, metaField: meta.name, nextCursorField: next.name,
                                      metaIsOptional: !meta.required || meta.nullable))
        }

        /// `starting_after` and `has_more`, over items that have a string `id`.
        func lastItem() -> Pagination? {
            guard let cursor = queryParameter("starting_after", Self.isString), let hasMore = field(["has_more"], Self.isBoolean),
                  let items, items.field != nil, case .named(let itemID) = ir.resolved(items.type),
                  case .object(let item)? = ir[itemID]?.kind,
                  item.fields.contains(where: { $0.name == "id" && $0.required && !$0.nullable && Self.isString(ir.resolved($0.type)) })
            else { return nil }
            return pagination(.lastItem(parameter: cursor.name, hasMoreField: hasMore.name, idField: "id"))
        }

        /// An integer `offset` and a page that says where the list ends.
        func offset() -> Pagination? {
            guard let offset = queryParameter("offset", Self.isInteger), items?.field != nil else { return nil }
            let end: OffsetEnd
            if let more = field(["more", "has_more"], Self.isBoolean) {
                end = .moreFlag(more.name)
            } else if let next = field(["next"], Self.isString) {
                end = .nextLink(next.name)
            } else if let total = field(["total"], Self.isInteger) {
                end = .total(total.name)
            } else {
                return nil
            }
            return pagination(.offset(parameter: offset.name, end: end))
        }

        /// An integer `page` and the page's `total_pages`.
        func page() -> Pagination? {
            guard let page = queryParameter("page", Self.isInteger), items?.field != nil,
                  let total = field(["total_pages", "totalPages"], Self.isInteger) else { return nil }
            return pagination(.page(parameter: page.name, totalPagesField: total.name))
        }

        /// A success response that declares a `Link` header.
        func linkHeader() -> Pagination? {
            let declares = operation.responses.contains { response in
                response.status.isSuccess && response.headers.contains { $0.name.lowercased() == "link" }
            }
            return declares ? pagination(.linkHeader) : nil
        }
    }
}
