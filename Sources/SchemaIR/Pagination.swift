/// How a list operation pages, when it follows the cursor pattern the generator recognises:
///
/// - the operation is a `GET` with optional query parameters `after` (string) and `page_size` (integer);
/// - its JSON success body is an object with exactly one required array field (the items) and a field
///   `pagination_meta`, an object whose string field `after` is the next page's cursor (absent or empty
///   on the last page).
///
/// This is incident.io's rule (`?page_size=50&after=<id>` and `pagination_meta.after`).
public struct Pagination: Sendable, Hashable {
    /// The query parameter that carries the cursor (`after`).
    public var cursorParameter: String
    /// The query parameter that sets the page size (`page_size`).
    public var pageSizeParameter: String
    /// The response field that holds one page's items.
    public var itemsField: String
    public var itemType: TypeRef
    /// The response field that holds the paging metadata (`pagination_meta`) and its next-cursor field (`after`).
    public var metaField: String
    public var nextCursorField: String
    /// Whether `pagination_meta` itself is optional in the response.
    public var metaIsOptional: Bool

    static func detect(_ operation: IROperation, in ir: IRDocument) -> Pagination? {
        guard operation.method == .get else { return nil }
        func queryParameter(_ name: String) -> IRParameter? {
            operation.parameters.first { $0.location == .query && $0.name == name && !$0.required }
        }
        guard let cursor = queryParameter("after"), case .string = ir.resolved(cursor.type),
              let size = queryParameter("page_size"), case .integer = ir.resolved(size.type) else { return nil }
        guard let body = operation.successType, case .named(let bodyID) = ir.resolved(body), case .object(let page)? = ir[bodyID]?.kind,
              let meta = page.fields.first(where: { $0.name == "pagination_meta" }),
              case .named(let metaID) = ir.resolved(meta.type), case .object(let metaObject)? = ir[metaID]?.kind,
              let next = metaObject.fields.first(where: { $0.name == "after" }), case .string = ir.resolved(next.type)
        else { return nil }
        let arrays = page.fields.filter { field in
            guard field.required, !field.nullable, case .array = ir.resolved(field.type) else { return false }
            return true
        }
        guard arrays.count == 1, case .array(let item) = ir.resolved(arrays[0].type) else { return nil }
        return Pagination(cursorParameter: cursor.name, pageSizeParameter: size.name, itemsField: arrays[0].name, itemType: item,
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
