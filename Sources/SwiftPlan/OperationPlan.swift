import HTTPVocabulary
import SchemaIR

/// How a parameter's value goes into the request.
package enum ParameterEncoding: Sendable, Hashable {
    /// Interpolated into the path.
    case path
    /// One header; a list is sent comma-joined.
    case header(isList: Bool)
    /// `name=value`.
    case queryScalar
    /// A list of scalars in the parameter's style.
    case queryList(style: ParameterStyle, explode: Bool)
    /// An object as `name[key]=value`.
    case queryDeepObject
    /// An object in `form` style: `key=value` pairs, or `name=key,value,…` without explode.
    case queryFormObject(explode: Bool)
    /// A query parameter described by `content: application/json`: the value as JSON.
    case queryJSON
    /// A header described by `content: application/json`: the value as JSON.
    case headerJSON
    /// OpenAPI 3.2's `in: querystring` given as text: the whole query string.
    case queryString
    /// Cookies are not sent by generated clients.
    case notSent
}

/// A parameter as a generated method takes it.
package struct ArgumentPlan: Sendable {
    package let parameter: IRParameter
    package let name: String
    package let encoding: ParameterEncoding

    package var optional: Bool { !parameter.required }
    package var isPath: Bool { parameter.location == .path }
}

/// The request body a generated method takes.
package enum RequestBodyPlan: Sendable {
    /// A JSON body of this type.
    case json(TypeRef)
    /// An `application/x-www-form-urlencoded` body of this object type, encoded by the runtime as the
    /// document's `encoding` says.
    case form(TypeRef, encoding: [IRPropertyEncoding])
    /// A `multipart/…` body of this object type: one part per property.
    case multipart(TypeRef, mediaType: String, encoding: [IRPropertyEncoding])
    /// A `multipart/…` body made of a list (an array schema or 3.2's `itemSchema`): one part per item of this
    /// array type, typed by position (`prefixEncoding`), then all alike (`itemEncoding`).
    case multipartParts(TypeRef, mediaType: String, prefixContentTypes: [String?], itemContentType: String?)
    /// A body that is none of these (binary, text): the caller passes the encoded bytes.
    case raw(contentType: String)

    /// The body a client sends of those a request body offers: JSON, else a form or multipart payload that
    /// is an object, else the first content's bytes.
    static func choose(_ body: IRRequestBody, ir: IRDocument) -> RequestBodyPlan? {
        if let type = body.jsonType { return .json(type) }
        func object(_ content: IRContent) -> TypeRef? {
            guard let type = content.type, case .named(let id) = ir.resolved(type), case .object? = ir[id]?.kind else { return nil }
            return type
        }
        if let form = body.contents.first(where: { ContentType.isForm($0.contentType) }), let type = object(form) {
            return .form(type, encoding: form.encoding)
        }
        if let multipart = body.contents.first(where: { ContentType.isMultipart($0.contentType) }), let type = object(multipart) {
            return .multipart(type, mediaType: ContentType.base(of: multipart.contentType), encoding: multipart.encoding)
        }
        // Parts need names in `multipart/form-data`; other multipart types may be a plain list of parts.
        if let multipart = body.contents.first(where: { ContentType.isMultipart($0.contentType) && ContentType.base(of: $0.contentType) != "multipart/form-data" }) {
            var item = multipart.itemType
            if item == nil, let type = multipart.type, case .array(let element) = ir.resolved(type) { item = element }
            if let item {
                return .multipartParts(.array(item), mediaType: ContentType.base(of: multipart.contentType),
                                       prefixContentTypes: multipart.prefixEncoding.map(\.contentType),
                                       itemContentType: multipart.itemEncoding?.contentType)
            }
        }
        return body.contents.first.map { .raw(contentType: $0.contentType) }
    }
}

/// A paged list's `…All` sequence, bound to the Swift members it reads.
package struct PagePlan: Sendable {
    /// A member read from the page: its Swift name and whether it is optional.
    package struct Member: Sendable {
        package let name: String
        package let optional: Bool
    }

    /// The members each style reads besides the items.
    package enum Style: Sendable {
        /// `page.<meta>.<next>`.
        case cursor(meta: Member, next: Member)
        /// `page.<hasMore>`, and the last item's `<id>`.
        case lastItem(hasMore: Member, id: Member)
        case offsetMoreFlag(Member)
        case offsetNextLink(Member)
        case offsetTotal(Member)
        case page(totalPages: Member)
        case linkHeader
    }

    package let methodName: String
    package let pagination: Pagination
    package let itemType: TypeRef
    /// The page's member holding the items; nil when the body is the array.
    package let items: Member?
    package let style: Style
    /// The argument the sequence sets for each page (nil for the `Link` header style).
    package let cursorArgument: ArgumentPlan?

    /// Whether the sequence reads response headers, so only the concrete client (not its protocol) can offer it.
    package var readsHeaders: Bool {
        if case .linkHeader = style { return true }
        return false
    }
}

/// Everything a generated operation method is: its names, arguments, body and result.
package struct OperationPlan: Sendable {
    package let operation: IROperation
    package let methodName: String
    /// The `…WithResponse` twin, which does the work and returns the body with status and headers.
    package let responseMethodName: String
    /// Every parameter the method can take (cookies are not sent), in spec order.
    package let arguments: [ArgumentPlan]
    /// Optional deprecated parameters: only a deprecated overload takes them, so calls without them stay
    /// free of warnings.
    package let deprecatedArguments: [ArgumentPlan]
    package let requestBody: RequestBodyPlan?
    package let bodyIsOptional: Bool
    package let response: SuccessBody?
    /// The `Accept` header for a result that is not JSON: the media types its success responses declare.
    package let accept: String?
    /// The path the request goes to: the template without a `#fragment` (documents use fragments to give one
    /// path several operations; a fragment is never sent).
    package let requestPath: String
    /// False when the operation's security requirements are explicitly empty (`security: []`).
    package let sendsCredentials: Bool
    package let page: PagePlan?
    /// Where the operation carries an idempotency key, which the client fills and then retries the write with.
    package let idempotency: IdempotencyPlan?

    /// The arguments of the plain method (without the deprecated optional ones).
    package var primaryArguments: [ArgumentPlan] {
        deprecatedArguments.isEmpty ? arguments : arguments.filter { argument in !deprecatedArguments.contains { $0.name == argument.name } }
    }

    /// `list(incidentID:incidentMode:)`: path parameters, then the body (`_`), then the rest.
    package var selector: String {
        let path = arguments.filter(\.isPath).map(\.name)
        let other = arguments.filter { !$0.isPath }.map(\.name)
        return methodName + "(" + (path + (requestBody == nil ? [] : ["_"]) + other).map { $0 + ":" }.joined() + ")"
    }

    /// Claims the method's names in its client's scope and decides its arguments, body and result.
    init(_ operation: IROperation, tag: String?, scope: inout NameScope, ir: IRDocument, objects: [TypeID: ObjectPlan],
         objectStyle: GenerationOptions.QueryObjectStyle) {
        self.operation = operation
        methodName = scope.claim(SwiftNames.memberName(Self.methodBaseName(operation, tag: tag), fallback: "operation"))
        responseMethodName = scope.claim(methodName + "WithResponse")
        // `options` is every method's last argument (the call's `RequestOptions`).
        var argumentScope = NameScope(reserved: ["request", "body", "client", "options"])
        arguments = operation.parameters.filter { $0.location != .cookie }.map { parameter in
            ArgumentPlan(parameter: parameter, name: argumentScope.claim(SwiftNames.memberName(parameter.name, fallback: "parameter")),
                         encoding: Self.encoding(of: parameter, ir: ir, objectStyle: objectStyle))
        }
        deprecatedArguments = arguments.filter { $0.optional && $0.parameter.documentation.deprecated }
        requestBody = operation.requestBody.flatMap { RequestBodyPlan.choose($0, ir: ir) }
        bodyIsOptional = !(operation.requestBody?.required ?? false)
        response = operation.successBody
        requestPath = operation.path.firstIndex(of: "#").map { String(operation.path[..<$0]) } ?? operation.path
        if response == .opaque {
            var seen = Set<String>()
            let types = operation.responses.filter { $0.status.isSuccess }.sorted { $0.status < $1.status }
                .flatMap { $0.contents.map(\.contentType) }.filter { seen.insert($0.lowercased()).inserted }
            accept = types.joined(separator: ", ")
        } else if case .stream(let format, _)? = response {
            // The stream's own media type, so a server that also answers JSON streams.
            accept = operation.responses.filter { $0.status.isSuccess }.flatMap(\.contents).map(\.contentType)
                .first { ContentType.streamFormat($0) == format }
        } else {
            accept = nil
        }
        // What the operation sends is decided here, once: an operation that declares no security at all
        // (`security: []`) is public; any other sends the client's credentials, as does every operation of a
        // document that declares no security schemes (incident.io describes its bearer token in prose).
        sendsCredentials = !(operation.security.map { $0.isEmpty } ?? false)
        // The sequence's name is claimed only when the members it reads exist.
        if let pagination = operation.pagination,
           let members = Self.pageMembers(pagination, success: operation.successType, ir: ir, objects: objects) {
            let planned = arguments
            let cursor = pagination.cursorParameter.flatMap { name in
                planned.first { $0.parameter.name == name && $0.parameter.location == .query }
            }
            page = PagePlan(methodName: scope.claim(methodName + "All"), pagination: pagination, itemType: pagination.itemType,
                            items: members.items, style: members.style, cursorArgument: cursor)
        } else {
            page = nil
        }
        idempotency = Self.idempotency(arguments: arguments, body: requestBody, bodyIsOptional: bodyIsOptional, ir: ir, objects: objects)
    }

    /// A string header parameter named like an idempotency key, else a string field of the JSON body's object
    /// named like one (names from the API's conventions).
    static func idempotency(arguments: [ArgumentPlan], body: RequestBodyPlan?, bodyIsOptional: Bool, ir: IRDocument,
                            objects: [TypeID: ObjectPlan]) -> IdempotencyPlan? {
        let headers = Set(ir.conventions.idempotencyKeyHeaders.map { $0.lowercased() })
        if let argument = arguments.first(where: { argument in
            argument.parameter.location == .header && headers.contains(argument.parameter.name.lowercased())
                && ir.resolved(argument.parameter.type) == .string(.plain) && argument.encoding == .header(isList: false)
        }) {
            return .header(argument: argument.name)
        }
        guard case .json(let type)? = body, !bodyIsOptional, case .named(let id) = ir.resolved(type), let object = objects[id] else { return nil }
        for field in ir.conventions.idempotencyKeyFields {
            if let member = object.members.first(where: { $0.field.name == field }), !member.isDeprecated, !member.field.needsIndirection,
               !member.field.readOnly, ir.resolved(member.field.type) == .string(.plain) {
                return .bodyMember(member: member.escaped, optional: member.isOptional)
            }
        }
        return nil
    }

    /// How a parameter is sent. An object-typed query parameter that declares no style is sent as the
    /// options say (`form`, OpenAPI's default, or `deepObject`).
    static func encoding(of parameter: IRParameter, ir: IRDocument, objectStyle: GenerationOptions.QueryObjectStyle) -> ParameterEncoding {
        enum Shape { case scalar, list, object }
        func shape(_ type: TypeRef) -> Shape {
            switch ir.resolved(type) {
            case .string, .integer, .number, .boolean: return .scalar
            case .named(let id):
                switch ir[id]?.kind {
                case .enumeration?: return .scalar
                case .union(let union)? where UnionPlan.isScalar(union, ir: ir): return .scalar
                default: return .object
                }
            case .array(let element): return shape(element) == .scalar ? .list : .object
            case .map, .any, .nullable: return .object
            }
        }
        if let contentType = parameter.contentType, ContentType.isJSON(contentType) {
            switch parameter.location {
            case .query: return .queryJSON
            case .header: return .headerJSON
            case .path, .cookie, .querystring: break
            }
        }
        switch parameter.location {
        case .path: return .path
        case .cookie: return .notSent
        case .header:
            if case .array = ir.resolved(parameter.type) { return .header(isList: true) }
            return .header(isList: false)
        case .querystring:
            // An object is its own query string (`a=1&b=2`, as a form body would be); text is sent as it is.
            return shape(parameter.type) == .object ? .queryFormObject(explode: true) : .queryString
        case .query:
            switch shape(parameter.type) {
            case .scalar: return .queryScalar
            case .list: return .queryList(style: parameter.style, explode: parameter.explode)
            case .object:
                let deep = parameter.styleIsDeclared ? parameter.style == .deepObject : objectStyle == .deepObject
                return deep ? .queryDeepObject : .queryFormObject(explode: parameter.explode)
            }
        }
    }

    /// The name an operation's method is built from: the operationId after `#` (incident.io's
    /// `Follow-ups V2#List`) or after the tag and `_`, else the summary, else method and path.
    static func methodBaseName(_ operation: IROperation, tag: String?) -> String {
        if let id = operation.operationID {
            if let hash = id.lastIndex(of: "#") { return String(id[id.index(after: hash)...]) }
            if let tag, id.hasPrefix(tag + "_") { return String(id.dropFirst(tag.count + 1)) }
            return id
        }
        if let summary = operation.summary, !SwiftNames.words(summary).isEmpty { return summary }
        return operation.method.rawValue + " " + operation.path
    }

    /// The Swift members the pagination's fields became; nil when one is missing (the sequence is then not
    /// generated).
    private static func pageMembers(_ pagination: Pagination, success: TypeRef?, ir: IRDocument,
                                    objects: [TypeID: ObjectPlan]) -> (items: PagePlan.Member?, style: PagePlan.Style)? {
        func member(_ plan: MemberPlan) -> PagePlan.Member { PagePlan.Member(name: plan.escaped, optional: plan.isOptional) }
        func object(_ type: TypeRef) -> ObjectPlan? {
            guard case .named(let id) = ir.resolved(type) else { return nil }
            return objects[id]
        }
        guard let success else { return nil }
        let page = object(success)
        var items: PagePlan.Member?
        if let field = pagination.itemsField {
            guard let found = page?.member(named: field), !found.field.needsIndirection else { return nil }
            items = member(found)
        }
        func pageMember(_ name: String) -> PagePlan.Member? {
            guard let found = page?.member(named: name), !found.isDeprecated, !found.field.needsIndirection else { return nil }
            return member(found)
        }
        let style: PagePlan.Style
        switch pagination.style {
        case .cursor(_, let metaField, let nextField, _):
            guard let metaPlan = page?.member(named: metaField), let meta = pageMember(metaField),
                  let next = object(metaPlan.field.type)?.member(named: nextField) else { return nil }
            style = .cursor(meta: meta, next: member(next))
        case .lastItem(_, let hasMoreField, let idField):
            guard let hasMore = pageMember(hasMoreField), let id = object(pagination.itemType)?.member(named: idField) else { return nil }
            style = .lastItem(hasMore: hasMore, id: member(id))
        case .offset(_, .moreFlag(let field)):
            guard let flag = pageMember(field) else { return nil }
            style = .offsetMoreFlag(flag)
        case .offset(_, .nextLink(let field)):
            guard let next = pageMember(field) else { return nil }
            style = .offsetNextLink(next)
        case .offset(_, .total(let field)):
            guard let total = pageMember(field) else { return nil }
            style = .offsetTotal(total)
        case .page(_, let totalPagesField):
            guard let total = pageMember(totalPagesField) else { return nil }
            style = .page(totalPages: total)
        case .linkHeader:
            style = .linkHeader
        }
        return (items, style)
    }
}

/// A client type: the root client or one tag's, with the operations it declares.
package struct ClientPlan: Sendable {
    /// nil for the root client.
    package let tag: String?
    package let typeName: String
    /// The protocol the tag's client conforms to, for test doubles (`FollowUpsV2API`); nil for the root client.
    package let protocolName: String?
    package let description: String?
    package let operations: [OperationPlan]
    /// Clients of the tags nested under this one (OpenAPI 3.2's `parent`): `client.alerts.routes`.
    package var children: [TagPropertyPlan] = []
}

/// Where an operation carries its idempotency key.
package enum IdempotencyPlan: Sendable, Equatable {
    /// A header parameter: the method's argument for it.
    case header(argument: String)
    /// A string property of the JSON body's model.
    case bodyMember(member: String, optional: Bool)
}

/// The root client's property for a tag's client (`followUpsV2`).
package struct TagPropertyPlan: Sendable {
    package let tag: String
    package let name: String
    package let typeName: String
    package let description: String?
}
