import Foundation
import OpenAPI
import SchemaIR
import YAML

/// Emits the root client and one client per tag, with an async method per operation.
struct ClientEmitter {
    let context: EmitContext
    let clientName: String
    /// Tag → client type name, decided up front (they are reserved top-level names).
    let groupTypeNames: [String: String]
    let queryObjectStyle: SwiftEmitter.QueryObjectStyle
    var warnings: [Diagnostic] = []

    private mutating func warn(_ message: String, _ operation: IROperation) {
        warnings.append(Diagnostic(.warning, message, file: context.ir.file, mark: operation.mark, pointer: operation.pointer))
    }

    static func groupTypeNames(for ir: IRDocument, clientName: String) -> [String: String] {
        var scope = NameScope(reserved: TypeNames.reserved.union([clientName]))
        var result: [String: String] = [:]
        for group in ir.groups {
            guard let tag = group.tag else { continue }
            result[tag] = scope.claim(SwiftNames.typeName(SwiftNames.upperCamel(tag) + "Client"))
        }
        return result
    }

    // MARK: Root client

    mutating func emitRoot(into printer: inout SwiftPrinter) {
        let access = context.access
        let ir = context.ir
        let server = defaultServer()
        let requiresToken = ir.securitySchemes.contains { $0.kind == .http && $0.scheme?.lowercased() == "bearer" }
        let tagged = ir.groups.contains { $0.tag != nil }
        let untagged = ir.groups.contains { $0.tag == nil && !$0.operations.isEmpty }
        let layout: String? = switch (tagged, untagged) {
        case (true, false): "Operations are grouped by tag; each group is a property of this client."
        case (true, true): "Operations are grouped by tag; each group is a property of this client. Operations without a tag are methods of this client."
        case (false, true): "Each operation is a method of this client."
        case (false, false): nil
        }
        printer.documentation([ir.title.isEmpty ? nil : "A client for \(ir.title) (version \(ir.version)).", layout]
            .compactMap { $0 }.joined(separator: "\n\n"))
        printer.block("nonisolated \(access)struct \(clientName): Sendable") { body in
            body.documentation("The engine that sends requests, for anything the generated methods do not cover.")
            body.line("\(access)let client: APIClient")
            body.line()
            body.documentation("The first server the API description declares: \(server).")
            body.line("\(access)static let defaultServerURL = URL(string: \(SwiftLiteral.string(server)))!")
            body.line()
            let token = requiresToken ? "bearerToken: String, " : ""
            let optionalToken = requiresToken ? "" : ", bearerToken: String? = nil"
            body.documentation(requiresToken
                ? "Creates a client that authenticates every request with `Authorization: Bearer <bearerToken>`."
                : "Creates a client; pass `bearerToken` for APIs that expect `Authorization: Bearer`.")
            body.block("\(access)init(\(token)serverURL: URL = \(clientName).defaultServerURL\(optionalToken), timeout: Duration = .seconds(60), retryPolicy: RetryPolicy = .default, middlewares: [any ClientMiddleware] = [], transport: any HTTPTransport = URLSessionTransport())") { initializer in
                initializer.line("self.init(configuration: ClientConfiguration(serverURL: serverURL, bearerToken: bearerToken, timeout: timeout, transport: transport, retryPolicy: retryPolicy, middlewares: middlewares))")
            }
            body.line()
            body.block("\(access)init(configuration: ClientConfiguration)") { initializer in
                initializer.line("self.client = APIClient(configuration: configuration)")
            }
            var scope = NameScope(reserved: ["client", "defaultServerURL", "init"])
            for group in ir.groups {
                guard let tag = group.tag, let typeName = groupTypeNames[tag] else { continue }
                body.line()
                body.documentation(group.description ?? "Operations tagged \(tag).")
                let property = scope.claim(SwiftNames.memberName(tag, fallback: "operations"))
                body.line("\(access)var \(SwiftNames.escaped(property)): \(typeName) { \(typeName)(client: client) }")
            }
            if let untagged = ir.groups.first(where: { $0.tag == nil }) {
                for operation in untagged.operations {
                    body.line()
                    emitOperation(operation, tag: nil, scope: &scope, into: &body)
                }
            }
        }
        if let namespace = context.names.deprecatedNamespace {
            printer.line()
            printer.documentation("Declares the deprecated schemas. Each is also available under its own name, which warns when used.")
            printer.line("nonisolated \(access)enum \(namespace) {}")
        }
    }

    private mutating func defaultServer() -> String {
        guard let server = context.ir.servers.first else { return "http://localhost" }
        var url = server.url
        for variable in server.variables {
            url = url.replacingOccurrences(of: "{" + variable.name + "}", with: variable.defaultValue)
        }
        // Only RFC 3986 characters: then `URL(string:)` accepts the literal on every platform, so the
        // generated force-unwrap cannot fail.
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)
        guard url.utf8.allSatisfy(allowed.contains), let parsed = URL(string: url), parsed.scheme != nil, parsed.host != nil else {
            warnings.append(Diagnostic(.warning, "server URL '\(server.url)' is not an absolute URL; the client defaults to http://localhost",
                                       file: context.ir.file, mark: Mark(line: 1, column: 1), pointer: "#/servers/0"))
            return "http://localhost"
        }
        return url
    }

    // MARK: Tag clients

    mutating func emitGroup(_ group: IROperationGroup, into printer: inout SwiftPrinter) {
        guard let tag = group.tag, let typeName = groupTypeNames[tag] else { return }
        let access = context.access
        printer.documentation(group.description ?? "Operations tagged \(tag).")
        printer.block("nonisolated \(access)struct \(typeName): Sendable") { body in
            body.line("\(access)let client: APIClient")
            body.line()
            body.block("\(access)init(client: APIClient)") { initializer in
                initializer.line("self.client = client")
            }
            var scope = NameScope(reserved: ["client", "init"])
            for operation in group.operations {
                body.line()
                emitOperation(operation, tag: tag, scope: &scope, into: &body)
            }
        }
    }

    // MARK: Operations

    static func methodBaseName(_ operation: IROperation, tag: String?) -> String {
        if let id = operation.operationID {
            if let hash = id.lastIndex(of: "#") { return String(id[id.index(after: hash)...]) }
            if let tag, id.hasPrefix(tag + "_") { return String(id.dropFirst(tag.count + 1)) }
            return id
        }
        if let summary = operation.summary, !SwiftNames.words(summary).isEmpty { return summary }
        return operation.method.rawValue + " " + operation.path
    }

    /// The method's name, its `…WithResponse` twin's and, for paged lists, its `…All` sequence's, claimed in
    /// the scope of its client type.
    static func claimMethodNames(_ operation: IROperation, tag: String?, in scope: inout NameScope)
        -> (plain: String, withResponse: String, all: String?) {
        let name = scope.claim(SwiftNames.memberName(methodBaseName(operation, tag: tag), fallback: "operation"))
        let withResponse = scope.claim(name + "WithResponse")
        return (name, withResponse, operation.pagination == nil ? nil : scope.claim(name + "All"))
    }

    /// The Swift argument names of the parameters a generated method takes (cookies are not sent), in
    /// spec order. The emitter and ``SwiftSymbols`` both name arguments through this.
    static func argumentNames(_ operation: IROperation) -> [(parameter: IRParameter, name: String)] {
        var scope = NameScope(reserved: ["request", "body", "client"])
        return operation.parameters.filter { $0.location != .cookie }.map { parameter in
            (parameter, scope.claim(SwiftNames.memberName(parameter.name, fallback: "parameter")))
        }
    }

    private struct Argument {
        let parameter: IRParameter
        let name: String
        var optional: Bool { !parameter.required }
    }

    private mutating func emitOperation(_ operation: IROperation, tag: String?, scope: inout NameScope,
                                        into printer: inout SwiftPrinter) {
        let (name, responseName, allName) = Self.claimMethodNames(operation, tag: tag, in: &scope)
        for parameter in operation.parameters where parameter.location == .cookie {
            warn("cookie parameter '\(parameter.name)' is not sent by generated clients", operation)
        }
        let rawBodyType = jsonContent(operation.requestBody?.contents ?? []) == nil ? operation.requestBody?.contents.first?.contentType : nil
        if let rawBodyType {
            warn("request body '\(rawBodyType)' is not generated as a model; the method takes the encoded bytes as Data", operation)
        }
        let arguments = Self.argumentNames(operation).map { Argument(parameter: $0.parameter, name: $0.name) }
        for placeholder in Self.pathPlaceholders(operation.path)
        where !arguments.contains(where: { $0.parameter.location == .path && $0.parameter.name == placeholder }) {
            warn("path parameter '\(placeholder)' is not declared; it is sent literally", operation)
        }
        let operationDeprecation = operation.documentation.deprecated
            ? EmitContext.deprecationAttribute(operation.documentation.description) : nil
        // A deprecated optional parameter is only offered by a deprecated overload: calls without it stay
        // warning-free, calls that pass it are warned.
        let deprecated = arguments.filter { $0.optional && $0.parameter.documentation.deprecated }
        let primary = arguments.filter { !deprecated.map(\.name).contains($0.name) }
        emitMethod(operation, name: name, responseName: responseName, arguments: primary, attribute: operationDeprecation, into: &printer)
        if let allName, let pagination = operation.pagination {
            printer.line()
            emitPageSequence(operation, pagination, name: name, allName: allName, arguments: primary, attribute: operationDeprecation, into: &printer)
        }
        if !deprecated.isEmpty {
            let subjects = deprecated.map { "'\($0.name)'" }.joined(separator: ", ")
            let reason = deprecated.compactMap(\.parameter.documentation.description).first { $0.lowercased().contains("deprecat") }
            printer.line()
            emitMethod(operation, name: name, responseName: responseName, arguments: arguments,
                       attribute: operationDeprecation ?? EmitContext.deprecationAttribute(reason, subject: subjects), into: &printer)
        }
    }

    private func emitMethod(_ operation: IROperation, name: String, responseName: String, arguments: [Argument],
                            attribute: String?, into printer: inout SwiftPrinter) {
        let rendering = context.rendering
        let pathArguments = arguments.filter { $0.parameter.location == .path }
        let otherArguments = arguments.filter { $0.parameter.location != .path }
        let contents = operation.requestBody?.contents ?? []
        let jsonBody = jsonContent(contents)
        // Bodies that are not JSON (multipart, form, binary) are taken as bytes the caller encodes.
        let rawBodyType = jsonBody == nil ? contents.first?.contentType : nil
        let body: TypeRef? = jsonBody ?? (rawBodyType != nil ? .string(.binary) : nil)
        let bodyOptional = !(operation.requestBody?.required ?? false)
        var signature = pathArguments.map(declaration)
        if let body {
            signature.append("_ body: \(rendering.swiftType(body))" + (bodyOptional ? "? = nil" : ""))
        }
        signature += otherArguments.map(declaration)
        let result = successBody(operation)
        let returns: String
        switch result {
        case .json(let type)?: returns = " -> " + rendering.swiftType(type)
        case .bytes?: returns = " -> Data"
        case nil: returns = ""
        }
        let responseType: String
        switch result {
        case .json(let type)?: responseType = "APIResponse<\(rendering.swiftType(type))>"
        case .bytes?: responseType = "APIResponse<Data>"
        case nil: responseType = "APIResponse<Void>"
        }
        let signatureText = signature.joined(separator: ", ")
        var forwarded = pathArguments.map { "\(SwiftNames.escaped($0.name)): \(SwiftNames.escaped($0.name))" }
        if body != nil { forwarded.append("body") }
        forwarded += otherArguments.map { "\(SwiftNames.escaped($0.name)): \(SwiftNames.escaped($0.name))" }

        // The plain method returns the body; its `…WithResponse` twin, which does the work, returns it
        // with the status and headers.
        documentOperation(operation, arguments: pathArguments + otherArguments, hasBody: body != nil, into: &printer)
        if let attribute { printer.line(attribute) }
        printer.block("\(context.access)func \(SwiftNames.escaped(name))(\(signatureText)) async throws(ClientError)\(returns)") { method in
            let call = "try await \(SwiftNames.escaped(responseName))(\(forwarded.joined(separator: ", ")))"
            method.line(result == nil ? "_ = " + call : call + ".body")
        }
        printer.line()
        printer.documentation("Like ``\(name)(\(Self.selectorLabels(pathArguments, hasBody: body != nil, otherArguments)))``, returning the body with the response's status, headers and request id.")
        if let attribute { printer.line(attribute) }
        let mutates = body != nil || !otherArguments.isEmpty
        printer.block("\(context.access)func \(SwiftNames.escaped(responseName))(\(signatureText)) async throws(ClientError) -> \(responseType)") { method in
            method.line("\(mutates ? "var" : "let") request = RequestBuilder(method: \(SwiftLiteral.string(operation.method.rawValue.uppercased())), path: \(pathExpression(operation, pathArguments)))")
            for argument in otherArguments {
                emitParameter(argument, into: &method)
            }
            if body != nil {
                let set = rawBodyType.map { "request.setBody(body, contentType: \(SwiftLiteral.string($0)))" } ?? "try request.setJSONBody(body)"
                if bodyOptional {
                    method.block("if let body") { inner in inner.line(set) }
                } else {
                    method.line(set)
                }
            }
            switch result {
            case .json(let type)?:
                method.line("return try await client.response(request, returning: \(rendering.swiftType(type)).self)")
            case .bytes?:
                method.line("return try await client.dataResponse(request)")
            case nil:
                method.line("return try await client.response(request)")
            }
        }
    }

    /// `listAll(…)`: every item of a paged list, one page per call of the plain method.
    private func emitPageSequence(_ operation: IROperation, _ pagination: Pagination, name: String, allName: String,
                                  arguments: [Argument], attribute: String?, into printer: inout SwiftPrinter) {
        let rendering = context.rendering
        guard case .named(let pageID) = rendering.resolved(successType(operation) ?? .any),
              case .object(let page)? = context.ir[pageID]?.kind,
              case .named(let metaID) = rendering.resolved(page.fields.first { $0.name == pagination.metaField }?.type ?? .any),
              case .object(let meta)? = context.ir[metaID]?.kind,
              let items = ModelEmitter.memberName(of: pagination.itemsField, in: page),
              let metaField = ModelEmitter.memberName(of: pagination.metaField, in: page),
              let next = ModelEmitter.memberName(of: pagination.nextCursorField, in: meta)
        else { return }
        // The plain method's order: path parameters first.
        let arguments = arguments.filter { $0.parameter.location == .path } + arguments.filter { $0.parameter.location != .path }
        let signature = arguments.filter { $0.parameter.name != pagination.cursorParameter || $0.parameter.location != .query }
            .map(declaration)
        let forwarded = arguments.map { argument -> String in
            let label = SwiftNames.escaped(argument.name)
            let isCursor = argument.parameter.name == pagination.cursorParameter && argument.parameter.location == .query
            return "\(label): \(isCursor ? "cursor" : label)"
        }
        let itemType = rendering.swiftType(pagination.itemType)
        let nextCursor = "page.\(SwiftNames.escaped(metaField))\(pagination.metaIsOptional ? "?" : "").\(SwiftNames.escaped(next))"
        printer.documentation("""
            Every item of ``\(name)(\(Self.selectorLabels([], hasBody: false, arguments)))``, fetched a page at a time as the sequence is iterated.

            Each page passes the previous page's `\(pagination.metaField).\(pagination.nextCursorField)` as `\(pagination.cursorParameter)`; \
            the sequence ends after a page without one. Retries apply per page; cancelling the task stops it.
            """)
        if let attribute { printer.line(attribute) }
        printer.block("\(context.access)func \(SwiftNames.escaped(allName))(\(signature.joined(separator: ", "))) -> PageSequence<\(itemType)>") { method in
            method.closure("PageSequence { (cursor: String?) async throws(ClientError) -> (items: [\(itemType)], nextCursor: String?) in") { closure in
                closure.line("let page = try await self.\(SwiftNames.escaped(name))(\(forwarded.joined(separator: ", ")))")
                closure.line("return (page.\(SwiftNames.escaped(items)), \(nextCursor))")
            }
        }
    }

    /// `pageSize: Int? = 25`: an argument as a method declares it; optional ones default to the schema's
    /// default when it fits, else nil.
    private func declaration(_ argument: Argument) -> String {
        let type = context.rendering.swiftType(argument.parameter.type)
        let label = SwiftNames.escaped(argument.name)
        guard argument.optional else { return "\(label): \(type)" }
        let value = DefaultValues(context: context).expression(argument.parameter.defaultValue, for: argument.parameter.type)
        return "\(label): \(type)? = \(value ?? "nil")"
    }

    private func successType(_ operation: IROperation) -> TypeRef? {
        if case .json(let type)? = successBody(operation) { return type }
        return nil
    }

    /// `id:_:incidentID:` — the labels of a method's DocC symbol link.
    private static func selectorLabels(_ path: [Argument], hasBody: Bool, _ others: [Argument]) -> String {
        (path.map { $0.name + ":" } + (hasBody ? ["_:"] : []) + others.map { $0.name + ":" }).joined()
    }

    private func documentOperation(_ operation: IROperation, arguments: [Argument], hasBody: Bool, into printer: inout SwiftPrinter) {
        var lines: [String] = []
        if let summary = operation.summary, !summary.isEmpty { lines.append(summary) }
        if let description = operation.documentation.description, !description.isEmpty, description != operation.summary {
            lines.append(description)
        }
        lines.append("`\(operation.method.rawValue.uppercased()) \(operation.path)`")
        var text = lines.joined(separator: "\n\n")
        let documented = arguments.filter { $0.parameter.documentation.description?.isEmpty == false }
        if !documented.isEmpty || hasBody {
            text += "\n\n- Parameters:"
            for argument in arguments {
                let description = argument.parameter.documentation.description ?? ""
                let flattened = SwiftLiteral.commentLines(description).joined(separator: " ")
                text += "\n  - \(argument.name): \(flattened.isEmpty ? "The `\(argument.parameter.name)` parameter." : flattened)"
            }
            if hasBody { text += "\n  - body: The request body." }
        }
        printer.documentation(text)
    }

    static func pathPlaceholders(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The path as an interpolated literal for the runtime's `RequestPath`, which encodes every
    /// interpolated parameter as one segment: `"/v2/follow_ups/\(id)"`.
    private func pathExpression(_ operation: IROperation, _ arguments: [Argument]) -> String {
        var expression = "\""
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            expression += SwiftLiteral.stringContents(String(rest[..<open]))
            if let argument = arguments.first(where: { $0.parameter.name == name }) {
                expression += "\\(" + SwiftNames.escaped(argument.name) + ")"
            } else {
                expression += SwiftLiteral.stringContents("{" + name + "}")
            }
            rest = rest[rest.index(after: close)...]
        }
        return expression + SwiftLiteral.stringContents(String(rest)) + "\""
    }

    private func emitParameter(_ argument: Argument, into printer: inout SwiftPrinter) {
        let parameter = argument.parameter
        let name = SwiftLiteral.string(parameter.name)
        let value = SwiftNames.escaped(argument.name)
        let rendering = context.rendering
        switch parameter.location {
        case .header:
            if case .array = rendering.resolved(parameter.type) {
                let optional = argument.optional ? "?" : ""
                printer.line("request.addHeader(\(name), \(value)\(optional).map(\\.parameterText).joined(separator: \",\"))")
            } else {
                printer.line("request.addHeader(\(name), \(value))")
            }
        case .query:
            switch queryShape(parameter.type) {
            case .scalar:
                printer.line("request.addQuery(\(name), \(value))")
            case .array:
                printer.line("request.addQuery(\(name), \(value), style: \(style(parameter.style)), explode: \(parameter.explode))")
            case .object:
                let deep = parameter.styleIsDeclared ? parameter.style == .deepObject : queryObjectStyle == .deepObject
                if deep {
                    printer.line("try request.addDeepObject(\(name), \(value))")
                } else {
                    printer.line("try request.addFormObject(\(name), \(value), explode: \(parameter.explode))")
                }
            }
        case .path, .cookie:
            break
        }
    }

    private enum QueryShape { case scalar, array, object }

    private func queryShape(_ type: TypeRef) -> QueryShape {
        switch context.rendering.resolved(type) {
        case .string, .integer, .number, .boolean: return .scalar
        case .named(let id):
            if case .enumeration? = context.ir[id]?.kind { return .scalar }
            return .object
        case .array(let element):
            return queryShape(element) == .scalar ? .array : .object
        case .map, .any, .nullable: return .object
        }
    }

    private func style(_ style: OpenAPI.ParameterStyle) -> String {
        switch style {
        case .spaceDelimited: return ".spaceDelimited"
        case .pipeDelimited: return ".pipeDelimited"
        case .deepObject: return ".deepObject"
        default: return ".form"
        }
    }

    private func jsonContent(_ contents: [IRContent]) -> TypeRef? {
        contents.first { Self.isJSON($0.contentType) && $0.type != nil }?.type
    }

    static func isJSON(_ contentType: String) -> Bool {
        let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }

    private enum SuccessBody {
        case json(TypeRef)
        /// A body that is not JSON (text, CSV, binary): returned as the raw bytes.
        case bytes
    }

    /// What the method returns: the first documented success response with a JSON body, else raw bytes
    /// when a success response declares any other content, else nothing.
    private func successBody(_ operation: IROperation) -> SuccessBody? {
        let successes = operation.responses.filter { $0.status.isSuccess }.sorted { $0.status < $1.status }
        for response in successes {
            if let type = jsonContent(response.contents) { return .json(type) }
        }
        if successes.contains(where: { !$0.contents.isEmpty }) { return .bytes }
        return nil
    }
}
