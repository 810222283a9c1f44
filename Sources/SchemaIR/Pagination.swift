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
