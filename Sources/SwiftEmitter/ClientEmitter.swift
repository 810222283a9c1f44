import Foundation
import HTTPVocabulary
import SchemaIR
import SwiftPlan

/// Emits the root client and one client per tag, with an async method per operation, as the plan has them.
struct ClientEmitter {
    let context: EmitContext

    private var plan: GenerationPlan { context.plan }
    private var rendering: TypeRendering { context.rendering }

    // MARK: Root client

    /// The initialiser asking for the document's credentials, `init(configuration:)`, and the statics the
    /// latter fills a configuration with (security schemes, error envelope).
    private func emitInitializers(clientName: String, into body: inout SwiftPrinter) {
        let access = context.access
        let security = plan.security
        let common = "serverURL: URL = \(clientName).defaultServerURL"
        let rest = "timeout: Duration = .seconds(60), retryPolicy: RetryPolicy = .default, middlewares: [any ClientMiddleware] = [], transport: any HTTPTransport = URLSessionTransport()"
        let settings = "timeout: timeout, transport: transport, retryPolicy: retryPolicy, middlewares: middlewares"
        if security.schemes.isEmpty {
            body.documentation("Creates a client; pass `bearerToken` for APIs that expect `Authorization: Bearer`.")
            body.block("\(access)init(\(common), bearerToken: String? = nil, \(rest))") { initializer in
                initializer.line("self.init(configuration: ClientConfiguration(serverURL: serverURL, bearerToken: bearerToken, \(settings)))")
            }
        } else {
            let required = security.parameters.filter(\.required)
            let optional = security.parameters.filter { !$0.required }
            let leading = required.flatMap(\.arguments).map { "\($0.label): \($0.type), " }.joined()
            let trailing = optional.flatMap(\.arguments).map { ", \($0.label): \($0.type)? = nil" }.joined()
            body.documentation(Self.initializerDocumentation(security))
            body.block("\(access)init(\(leading)\(common)\(trailing), \(rest))") { initializer in
                var arguments = ["serverURL: serverURL"]
                if let bearer = security.parameters.first(where: \.isBearerToken) {
                    arguments.append("bearerToken: \(bearer.arguments[0].label)")
                }
                let others = security.parameters.filter { !$0.isBearerToken }
                if !others.isEmpty {
                    let entries = others.map { parameter in
                        SwiftLiteral.string(parameter.scheme) + ": " + Self.credentialExpression(parameter)
                    }
                    arguments.append("credentials: Credentials([" + entries.joined(separator: ", ") + "])")
                }
                initializer.line("self.init(configuration: ClientConfiguration(\(arguments.joined(separator: ", ")), \(settings)))")
            }
        }
        body.line()
        let envelope = plan.ir.conventions.errorEnvelope
        var fills: [String] = []
        if !security.schemes.isEmpty { fills.append("giving it the API's security schemes (``securitySchemes``, ``security``) when it has none") }
        if envelope != nil { fills.append("reading error bodies with ``errorEnvelope`` unless it names another") }
        if !fills.isEmpty { body.documentation("Creates a client on `configuration`, " + fills.joined(separator: ", and ") + ".") }
        body.block("\(access)init(configuration: ClientConfiguration)") { initializer in
            if !fills.isEmpty { initializer.line("var configuration = configuration") }
            if !security.schemes.isEmpty {
                initializer.block("if configuration.securitySchemes.isEmpty") { fill in
                    fill.line("configuration.securitySchemes = Self.securitySchemes")
                    fill.line("configuration.security = Self.security")
                }
            }
            if envelope != nil { initializer.line("if configuration.errorEnvelope == nil { configuration.errorEnvelope = Self.errorEnvelope }") }
            initializer.line("self.client = APIClient(configuration: configuration)")
        }
        if let envelope {
            let arguments = ErrorEnvelopeFields.names.compactMap { name in
                envelope.paths[name].map { name + ": " + SwiftLiteral.string($0) }
            }
            body.line()
            body.documentation("Where the API's error bodies keep their fields, as the generator's configuration says.")
            body.line("\(access)static let errorEnvelope = ErrorEnvelope(\(arguments.joined(separator: ", ")))")
        }
        if !security.schemes.isEmpty {
            body.line()
            body.documentation("The security schemes the API description declares, by name.")
            let entries = security.schemes.map { SwiftLiteral.string($0.name) + ": " + $0.literal }
            body.line("\(access)static let securitySchemes: [String: SecurityScheme] = [\(entries.joined(separator: ", "))]")
            body.line()
            body.documentation("The requirements operations have unless they declare their own: alternatives, each a list of schemes used together.")
            body.line("\(access)static let security: SecurityRequirements = \(Self.requirementsLiteral(security.defaultRequirements))")
        }
    }

    /// A body's `encoding` object as the runtime's `[String: PropertyEncoding]`.
    static func encodingLiteral(_ encoding: [IRPropertyEncoding]) -> String {
        let entries = encoding.map { entry in
            var arguments: [String] = []
            if let contentType = entry.contentType { arguments.append("contentType: " + SwiftLiteral.string(contentType)) }
            if let style = entry.style, [.form, .spaceDelimited, .pipeDelimited, .deepObject].contains(style) {
                arguments.append("style: .\(style.rawValue)")
            }
            if let explode = entry.explode { arguments.append("explode: \(explode)") }
            return SwiftLiteral.string(entry.property) + ": PropertyEncoding(" + arguments.joined(separator: ", ") + ")"
        }
        return "[" + entries.joined(separator: ", ") + "]"
    }

    static func requirementsLiteral(_ requirements: [[String]]) -> String {
        "[" + requirements.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// The `Credential` an initialiser's arguments make; for optional arguments nil when one of them is.
    private static func credentialExpression(_ parameter: SecurityPlan.CredentialParameter) -> String {
        let labels = parameter.arguments.map(\.label)
        let kind = parameter.credentialCase
        if labels.count == 2 {
            return parameter.required ? ".\(kind)(username: \(labels[0]), password: \(labels[1]))"
                : "\(labels[0]).flatMap { \(labels[0]) in \(labels[1]).map { Credential.\(kind)(username: \(labels[0]), password: $0) } }"
        }
        return parameter.required ? ".\(kind)(\(labels[0]))" : "\(labels[0]).map { Credential.\(kind)($0) }"
    }

    private static func initializerDocumentation(_ security: SecurityPlan) -> String {
        var lines = ["Creates a client with the credentials the API description declares."]
        for parameter in security.parameters {
            let labels = parameter.arguments.map { "`\($0.label)`" }.joined(separator: " and ")
            let need = parameter.required ? "sent with every request that needs it" : "optional; sent with requests that accept it"
            lines.append("- \(labels): the `\(parameter.scheme)` scheme's credential (\(need)).")
        }
        return lines.joined(separator: "\n")
    }

    func emitRoot(into printer: inout SwiftPrinter) {
        let access = context.access
        let ir = plan.ir
        let clientName = plan.rootClient.typeName
        let server = plan.defaultServerURL
        let tagged = !plan.tagProperties.isEmpty
        let untagged = !plan.rootClient.operations.isEmpty
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
            emitInitializers(clientName: clientName, into: &body)
            for property in plan.tagProperties {
                body.line()
                body.documentation(property.description ?? "Operations tagged \(property.tag).")
                body.line("\(access)var \(SwiftNames.escaped(property.name)): \(property.typeName) { \(property.typeName)(client: client) }")
            }
            for operation in plan.rootClient.operations {
                body.line()
                emitOperation(operation, into: &body)
            }
        }
        // The modules layout declares it in the shared module, which every module that extends it imports.
        if context.plan.split == nil, context.names.deprecatedNamespace != nil {
            printer.line()
            emitDeprecatedNamespace(into: &printer)
        }
    }

    func emitDeprecatedNamespace(into printer: inout SwiftPrinter) {
        guard let namespace = context.names.deprecatedNamespace else { return }
        printer.documentation("Declares the deprecated schemas. Each is also available under its own name, which warns when used.")
        printer.line("nonisolated \(context.access)enum \(namespace) {}")
    }

    // MARK: Tag clients

    func emitTagClient(_ client: ClientPlan, into printer: inout SwiftPrinter) {
        let access = context.access
        if let protocolName = client.protocolName {
            emitProtocol(protocolName, of: client, into: &printer)
            printer.line()
        }
        printer.documentation(client.description ?? "Operations tagged \(client.tag ?? "").")
        let conformances = (client.protocolName.map { [$0] } ?? []) + ["Sendable"]
        printer.block("nonisolated \(access)struct \(client.typeName): \(conformances.joined(separator: ", "))") { body in
            body.line("\(access)let client: APIClient")
            body.line()
            body.block("\(access)init(client: APIClient)") { initializer in
                initializer.line("self.client = client")
            }
            for child in client.children {
                body.line()
                body.documentation(child.description ?? "Operations tagged \(child.tag).")
                body.line("\(access)var \(SwiftNames.escaped(child.name)): \(child.typeName) { \(child.typeName)(client: client) }")
            }
            for operation in client.operations {
                body.line()
                emitOperation(operation, pageSequence: client.protocolName == nil || operation.page?.readsHeaders == true, into: &body)
            }
        }
    }

    /// The tag's operations as a protocol, so an app can hold `any FollowUpsV2API` and its tests pass a fake:
    /// one requirement per plain method (every parameter, no defaults, as requirements cannot have them),
    /// and in an extension what each conformer gets for free: the calls without `options`, with the
    /// parameters' defaults, and the `…All` sequences over paged lists.
    private func emitProtocol(_ name: String, of client: ClientPlan, into printer: inout SwiftPrinter) {
        let access = context.access
        printer.documentation("""
            The operations of ``\(client.typeName)``, for code that should not depend on the network: take `any \(name)` \
            and pass ``\(client.typeName)`` in the app and a fake in its tests.

            A conformer implements each plain method with every parameter; the calls without `options`, and \
            the `…All` sequences over paged lists, come with the protocol. The `…WithResponse` methods are \
            ``\(client.typeName)``'s own.
            """)
        printer.block("nonisolated \(access)protocol \(name): Sendable") { body in
            for (index, operation) in client.operations.enumerated() {
                if index > 0 { body.line() }
                let shape = shape(operation, arguments: operation.primaryArguments)
                let parameters = (shape.requirementParameters + ["options: RequestOptions?"]).joined(separator: ", ")
                body.documentation(Self.requirementDocumentation(operation, client: client.typeName, shape: shape))
                if let attribute = deprecation(of: operation) { body.line(attribute) }
                body.line("func \(SwiftNames.escaped(operation.methodName))(\(parameters)) async throws(ClientError)\(shape.returns)")
            }
        }
        printer.line()
        printer.block("nonisolated extension \(name)") { body in
            for (index, operation) in client.operations.enumerated() {
                if index > 0 { body.line() }
                let shape = shape(operation, arguments: operation.primaryArguments)
                let selector = Self.selectorLabels(shape.pathArguments, hasBody: shape.body != nil, shape.otherArguments)
                body.documentation("Calls ``\(operation.methodName)(\(selector))`` with the client's own settings.")
                let attribute = deprecation(of: operation)
                if let attribute { body.line(attribute) }
                let name = SwiftNames.escaped(operation.methodName)
                body.block("\(access)func \(name)(\(shape.parameters.joined(separator: ", "))) async throws(ClientError)\(shape.returns)") { method in
                    // `self.`: a parameter may have the method's name.
                    let call = "try await self.\(name)(\((shape.forwarded + ["options: nil"]).joined(separator: ", ")))"
                    method.line(shape.returns.isEmpty ? call : "return " + call)
                }
                if let page = operation.page, !page.readsHeaders {
                    body.line()
                    emitPageSequence(operation, page, arguments: operation.primaryArguments, attribute: attribute, into: &body)
                }
            }
        }
    }

    private static func requirementDocumentation(_ operation: OperationPlan, client: String, shape: MethodShape) -> String {
        let ir = operation.operation
        let title = [ir.summary, ir.documentation.description].compactMap { $0 }.first { !$0.isEmpty }
        let selector = selectorLabels(shape.pathArguments, hasBody: shape.body != nil, shape.otherArguments)
        return [title.map { SwiftLiteral.commentLines($0).first ?? "" },
                "`\(ir.method.token) \(ir.path)`: see ``\(client)/\(operation.methodName)(\(selector))``."]
            .compactMap { $0 }.joined(separator: "\n\n")
    }

    private func deprecation(of operation: OperationPlan) -> String? {
        operation.operation.documentation.deprecated
            ? EmitContext.deprecationAttribute(operation.operation.documentation.description) : nil
    }

    // MARK: Operations

    private typealias Argument = ArgumentPlan

    /// A method per operation and its `…WithResponse` twin; the `…All` sequence over a paged list unless the
    /// client's protocol provides it.
    private func emitOperation(_ operation: OperationPlan, pageSequence: Bool = true, into printer: inout SwiftPrinter) {
        let operationDeprecation = deprecation(of: operation)
        let primary = operation.primaryArguments
        emitMethod(operation, arguments: primary, attribute: operationDeprecation, into: &printer)
        if pageSequence, let page = operation.page {
            printer.line()
            emitPageSequence(operation, page, arguments: primary, attribute: operationDeprecation, into: &printer)
        }
        let deprecated = operation.deprecatedArguments
        if !deprecated.isEmpty {
            let subjects = deprecated.map { "'\($0.name)'" }.joined(separator: ", ")
            let reason = deprecated.compactMap(\.parameter.documentation.description).first { $0.lowercased().contains("deprecat") }
            printer.line()
            emitMethod(operation, arguments: operation.arguments,
                       attribute: operationDeprecation ?? EmitContext.deprecationAttribute(reason, subject: subjects), into: &printer)
        }
    }

    /// What a plain method's declaration and its callers need: its parameters (path ones first, then the body,
    /// then the others), its result, and the arguments that forward every parameter by label.
    private struct MethodShape {
        var pathArguments: [Argument]
        var otherArguments: [Argument]
        var body: TypeRef?
        var bodyOptional: Bool
        /// Each parameter but `options`, as the concrete method declares it (with defaults).
        var parameters: [String]
        /// The same, without defaults, as a protocol requirement must.
        var requirementParameters: [String]
        /// `" -> FollowUpsListResultV2"`, or empty for a method returning nothing.
        var returns: String
        var forwarded: [String]
    }

    private func shape(_ plan: OperationPlan, arguments: [Argument]) -> MethodShape {
        let pathArguments = arguments.filter(\.isPath)
        let otherArguments = arguments.filter { !$0.isPath }
        // Bodies that are not JSON, a form or multipart (binary, text) are taken as bytes the caller encodes.
        let body: TypeRef?
        switch plan.requestBody {
        case .json(let type)?, .form(let type, _)?, .multipart(let type, _, _)?, .multipartParts(let type, _, _, _)?: body = type
        case .raw?: body = .string(.binary)
        case nil: body = nil
        }
        let bodyOptional = plan.bodyIsOptional
        func parameters(defaults: Bool) -> [String] {
            var list = pathArguments.map { declaration($0, defaults: defaults) }
            if let body {
                list.append("_ body: \(rendering.swiftType(body))" + (bodyOptional ? (defaults ? "? = nil" : "?") : ""))
            }
            return list + otherArguments.map { declaration($0, defaults: defaults) }
        }
        let returns: String
        switch plan.response {
        case .json(let type)?: returns = " -> " + rendering.swiftType(type)
        case .opaque?: returns = " -> Data"
        case .stream(let format, let item)?: returns = " -> " + Self.streamType(format, item: rendering.swiftType(item))
        case nil: returns = ""
        }
        var forwarded = pathArguments.map { "\(SwiftNames.callLabel($0.name)): \(SwiftNames.escaped($0.name))" }
        if body != nil { forwarded.append("body") }
        forwarded += otherArguments.map { "\(SwiftNames.callLabel($0.name)): \(SwiftNames.escaped($0.name))" }
        return MethodShape(pathArguments: pathArguments, otherArguments: otherArguments, body: body, bodyOptional: bodyOptional,
                           parameters: parameters(defaults: true), requirementParameters: parameters(defaults: false),
                           returns: returns, forwarded: forwarded)
    }

    private func emitMethod(_ plan: OperationPlan, arguments: [Argument], attribute: String?, into printer: inout SwiftPrinter) {
        let operation = plan.operation
        let name = plan.methodName, responseName = plan.responseMethodName
        let shape = shape(plan, arguments: arguments)
        let (pathArguments, otherArguments, body, bodyOptional) = (shape.pathArguments, shape.otherArguments, shape.body, shape.bodyOptional)
        let result = plan.response
        let returns = shape.returns
        let responseType: String
        switch result {
        case .json(let type)?: responseType = "APIResponse<\(rendering.swiftType(type))>"
        case .opaque?: responseType = "APIResponse<Data>"
        case .stream(let format, let item)?: responseType = "APIResponse<\(Self.streamType(format, item: rendering.swiftType(item)))>"
        case nil: responseType = "APIResponse<Void>"
        }
        let signatureText = (shape.parameters + ["options: RequestOptions? = nil"]).joined(separator: ", ")
        let forwarded = shape.forwarded + ["options: options"]

        // The plain method returns the body; its `…WithResponse` twin, which does the work, returns it
        // with the status and headers.
        documentOperation(operation, arguments: pathArguments + otherArguments, hasBody: body != nil, idempotency: plan.idempotency, into: &printer)
        if let attribute { printer.line(attribute) }
        printer.block("\(context.access)func \(SwiftNames.escaped(name))(\(signatureText)) async throws(ClientError)\(returns)") { method in
            let call = "try await \(SwiftNames.escaped(responseName))(\(forwarded.joined(separator: ", ")))"
            method.line(result == nil ? "_ = " + call : call + ".body")
        }
        printer.line()
        printer.documentation("Like ``\(name)(\(Self.selectorLabels(pathArguments, hasBody: body != nil, otherArguments)))``, returning the body with the response's status, headers and request id.")
        if let attribute { printer.line(attribute) }
        let security = self.plan.security.requirements(of: operation)
        printer.block("\(context.access)func \(SwiftNames.escaped(responseName))(\(signatureText)) async throws(ClientError) -> \(responseType)") { method in
            method.line("var request = RequestBuilder(method: \(SwiftLiteral.string(operation.method.token)), path: \(pathExpression(plan, pathArguments)))")
            method.line("request.options = options")
            if let accept = plan.accept { method.line("request.accept = \(SwiftLiteral.string(accept))") }
            if !plan.sendsCredentials { method.line("request.sendsCredentials = false") }
            if let security { method.line("request.security = \(Self.requirementsLiteral(security))") }
            let errorBodies = operation.errorBodies
            if !errorBodies.isEmpty {
                let entries = errorBodies.map { entry -> String in
                    let type = rendering.swiftType(entry.type) + ".self"
                    switch entry.status {
                    case .code(let code): return ".status(\(code), \(type))"
                    case .range(let digit): return ".range(\(digit), \(type))"
                    case .default: return ".otherwise(\(type))"
                    }
                }
                method.line("request.errorBodies = [\(entries.joined(separator: ", "))]")
            }
            for argument in otherArguments {
                if case .header(let key)? = plan.idempotency, key == argument.name {
                    // The caller's key, or a fresh one: the same on every attempt, so the server acts once.
                    let value = SwiftNames.escaped(argument.name)
                    method.line(argument.optional ? "request.idempotencyKey = \(value).flatMap { $0.isEmpty ? nil : $0 } ?? UUID().uuidString"
                                                  : "request.idempotencyKey = \(value).isEmpty ? UUID().uuidString : \(value)")
                    method.line("request.addHeader(\(SwiftLiteral.string(argument.parameter.name)), request.idempotencyKey)")
                    continue
                }
                emitParameter(argument, into: &method)
            }
            if case .bodyMember(let member, let optional)? = plan.idempotency {
                method.line("var body = body")
                method.block(optional ? "if body.\(member)?.isEmpty ?? true" : "if body.\(member).isEmpty") { fill in
                    fill.line("body.\(member) = UUID().uuidString")
                }
                method.line("request.idempotencyKey = body.\(member)")
            }
            if body != nil {
                let set: String
                switch plan.requestBody {
                case .raw(let contentType)?: set = "request.setBody(body, contentType: \(SwiftLiteral.string(contentType)))"
                case .form(_, let encoding)?:
                    set = encoding.isEmpty ? "try request.setFormBody(body)"
                        : "try request.setFormBody(body, encoding: \(Self.encodingLiteral(encoding)))"
                case .multipart(_, let mediaType, let encoding)?:
                    let media = mediaType == "multipart/form-data" ? "" : ", mediaType: \(SwiftLiteral.string(mediaType))"
                    let parts = encoding.isEmpty ? "" : ", encoding: \(Self.encodingLiteral(encoding))"
                    set = "try request.setMultipartBody(body\(media)\(parts))"
                case .multipartParts(_, let mediaType, let prefix, let item)?:
                    var arguments = mediaType == "multipart/mixed" ? "" : ", mediaType: \(SwiftLiteral.string(mediaType))"
                    if !prefix.isEmpty {
                        arguments += ", prefixContentTypes: [" + prefix.map { $0.map(SwiftLiteral.string) ?? "nil" }.joined(separator: ", ") + "]"
                    }
                    if let item { arguments += ", itemContentType: \(SwiftLiteral.string(item))" }
                    set = "try request.setMultipartParts(body\(arguments))"
                default: set = "try request.setJSONBody(body)"
                }
                if bodyOptional {
                    method.block("if let body") { inner in inner.line(set) }
                } else {
                    method.line(set)
                }
            }
            switch result {
            case .json(let type)?:
                method.line("return try await client.response(request, returning: \(rendering.swiftType(type)).self)")
            case .opaque?:
                method.line("return try await client.dataResponse(request)")
            case .stream(let format, let item)?:
                let itemType = rendering.swiftType(item)
                switch format {
                case .serverSentEvents:
                    method.line("return try await client.eventStream(request, of: \(itemType).self)")
                case .jsonLines, .jsonSequence:
                    method.line("return try await client.jsonStream(request, of: \(itemType).self, format: \(format == .jsonLines ? ".lines" : ".sequence"))")
                }
            case nil:
                method.line("return try await client.response(request)")
            }
        }
    }

    /// `listAll(…)`: every item of a paged list, one page per call of the plain method (of its
    /// `…WithResponse` twin for the `Link` header style, which reads the response's headers).
    private func emitPageSequence(_ plan: OperationPlan, _ page: PagePlan, arguments: [Argument], attribute: String?,
                                  into printer: inout SwiftPrinter) {
        // The plain method's order: path parameters first.
        let arguments = arguments.filter(\.isPath) + arguments.filter { !$0.isPath }
        let isCursor = { (argument: Argument) in argument.name == page.cursorArgument?.name }
        let signature = arguments.filter { !isCursor($0) }.map { declaration($0) } + ["options: RequestOptions? = nil"]
        // A numeric cursor (an offset, a page number) travels through the sequence as text.
        let cursorValue: String
        if let cursor = page.cursorArgument, case .integer = plan.operation.parameters.first(where: { $0.name == cursor.parameter.name })
            .map({ context.plan.ir.resolved($0.type) }) {
            cursorValue = "cursor.flatMap { \(rendering.swiftType(cursor.parameter.type))($0) }"
        } else {
            cursorValue = "cursor"
        }
        let forwarded = arguments.map { argument -> String in
            "\(SwiftNames.callLabel(argument.name)): \(isCursor(argument) ? cursorValue : SwiftNames.escaped(argument.name))"
        } + ["options: options"]
        let itemType = rendering.swiftType(page.itemType)
        let selector = Self.selectorLabels([], hasBody: false, arguments)
        printer.documentation("""
            Every item of ``\(plan.methodName)(\(selector))``, fetched a page at a time as the sequence is iterated.

            \(Self.pagingRule(page)) Retries apply per page; cancelling the task stops it.
            """)
        if let attribute { printer.line(attribute) }
        let method = SwiftNames.escaped(plan.methodName)
        printer.block("\(context.access)func \(SwiftNames.escaped(page.methodName))(\(signature.joined(separator: ", "))) -> PageSequence<\(itemType)>") { body in
            body.closure("PageSequence { (cursor: String?) async throws(ClientError) -> (items: [\(itemType)], nextCursor: String?) in") { closure in
                if case .linkHeader = page.style {
                    emitLinkFetch(plan, forwarded: forwarded, into: &closure)
                    closure.line("return (\(Self.items(page, of: "response.body")), response.nextLink)")
                    return
                }
                closure.line("let page = try await self.\(method)(\(forwarded.joined(separator: ", ")))")
                let items = Self.items(page, of: "page")
                func optional(_ member: PagePlan.Member) -> String { member.optional ? "?" : "" }
                switch page.style {
                case .cursor(let meta, let next):
                    closure.line("return (\(items), page.\(meta.name)\(optional(meta)).\(next.name))")
                case .lastItem(let hasMore, let id):
                    closure.line("let items = \(items)")
                    closure.line("return (items, page.\(hasMore.name) == true ? items.last?.\(id.name) : nil)")
                case .offsetMoreFlag(let member), .offsetNextLink(let member), .offsetTotal(let member):
                    closure.line("let items = \(items)")
                    closure.line("let next = (cursor.flatMap { Int($0) } ?? 0) + items.count")
                    let more: String
                    switch page.style {
                    case .offsetMoreFlag: more = "page.\(member.name) == true"
                    case .offsetNextLink: more = "page.\(member.name) != nil"
                    default: more = "next < " + (member.optional ? "(page.\(member.name) ?? 0)" : "page.\(member.name)")
                    }
                    closure.line("return (items, \(more) && !items.isEmpty ? String(next) : nil)")
                case .page(let total):
                    closure.line("let items = \(items)")
                    closure.line("let number = cursor.flatMap { Int($0) } ?? 1")
                    let totalPages = total.optional ? "(page.\(total.name) ?? 0)" : "page.\(total.name)"
                    closure.line("return (items, number < \(totalPages) && !items.isEmpty ? String(number + 1) : nil)")
                case .linkHeader:
                    break
                }
            }
        }
    }

    /// The first page through the `…WithResponse` method, the next ones from the link the previous one gave,
    /// sent with the operation's own settings.
    private func emitLinkFetch(_ plan: OperationPlan, forwarded: [String], into closure: inout SwiftPrinter) {
        let bodyType: String
        if case .json(let type)? = plan.response { bodyType = rendering.swiftType(type) } else { bodyType = "Data" }
        closure.line("let response: APIResponse<\(bodyType)>")
        closure.line("if let cursor {")
        closure.indented { next in
            next.line("var request = RequestBuilder(following: cursor)")
            next.line("request.options = options")
            if !plan.sendsCredentials { next.line("request.sendsCredentials = false") }
            if let security = self.plan.security.requirements(of: plan.operation) {
                next.line("request.security = \(Self.requirementsLiteral(security))")
            }
            next.line("response = try await self.client.response(request, returning: \(bodyType).self)")
        }
        closure.line("} else {")
        closure.indented { first in
            first.line("response = try await self.\(SwiftNames.escaped(plan.responseMethodName))(\(forwarded.joined(separator: ", ")))")
        }
        closure.line("}")
    }

    /// `ServerSentEventStream<Chunk>`, `JSONItemStream<Record>`.
    static func streamType(_ format: StreamFormat, item: String) -> String {
        format == .serverSentEvents ? "ServerSentEventStream<\(item)>" : "JSONItemStream<\(item)>"
    }

    /// `page.data`, `(page.data ?? [])`, or the page itself when the body is the array.
    private static func items(_ page: PagePlan, of value: String) -> String {
        guard let items = page.items else { return value }
        return items.optional ? "(\(value).\(items.name) ?? [])" : "\(value).\(items.name)"
    }

    /// The documentation's sentence on how the next page is asked for and when the sequence ends.
    private static func pagingRule(_ page: PagePlan) -> String {
        let pagination = page.pagination
        switch pagination.style {
        case .cursor(let parameter, let meta, let next, _):
            return "Each page passes the previous page's `\(meta).\(next)` as `\(parameter)`; the sequence ends after a page without one."
        case .lastItem(let parameter, let hasMore, let id):
            return "Each page passes the previous page's last `\(id)` as `\(parameter)`, while `\(hasMore)` is true."
        case .offset(let parameter, let end):
            let ending: String
            switch end {
            case .moreFlag(let field): ending = "`\(field)` is false"
            case .nextLink(let field): ending = "`\(field)` is null"
            case .total(let field): ending = "`\(field)` items have arrived"
            }
            return "Each page passes the number of items so far as `\(parameter)`; the sequence ends when \(ending) or a page is empty."
        case .page(let parameter, let total):
            return "Each page passes the next page number as `\(parameter)`; the sequence ends at `\(total)` or an empty page."
        case .linkHeader:
            return "Each page after the first is the previous response's `Link: <…>; rel=\"next\"` URL (only on the client's server); the sequence ends after a response without one."
        }
    }

    /// `pageSize: Int? = 25`: an argument as a method declares it; optional ones default to the schema's
    /// default when it fits, else nil.
    private func declaration(_ argument: Argument, defaults: Bool = true) -> String {
        let type = context.rendering.swiftType(argument.parameter.type)
        let label = SwiftNames.escaped(argument.name)
        guard argument.optional else { return "\(label): \(type)" }
        guard defaults else { return "\(label): \(type)?" }
        let value = plan.defaults.expression(argument.parameter.defaultValue, for: argument.parameter.type)
        return "\(label): \(type)? = \(value ?? "nil")"
    }

    /// `id:_:incidentID:` — the labels of a method's DocC symbol link.
    private static func selectorLabels(_ path: [Argument], hasBody: Bool, _ others: [Argument]) -> String {
        (path.map { $0.name + ":" } + (hasBody ? ["_:"] : []) + others.map { $0.name + ":" } + ["options:"]).joined()
    }

    private func documentOperation(_ operation: IROperation, arguments: [Argument], hasBody: Bool, idempotency: IdempotencyPlan?,
                                   into printer: inout SwiftPrinter) {
        var lines: [String] = []
        if let summary = operation.summary, !summary.isEmpty { lines.append(summary) }
        if let description = operation.documentation.description, !description.isEmpty, description != operation.summary {
            lines.append(description)
        }
        lines.append("`\(operation.method.token) \(operation.path)`")
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
            text += "\n  - options: Settings for this call only (timeout, retries, extra headers and query items)."
        }
        let errorBodies = operation.errorBodies
        if !errorBodies.isEmpty {
            let listed = errorBodies.map { "\($0.status) `\(rendering.swiftType($0.type))`" }.joined(separator: ", ")
            text += "\n\nDocumented error bodies: \(listed); a failure carries its body as `failure.body(as:)`."
        }
        switch idempotency {
        case .header(let argument)?:
            text += "\n\nSafe to retry: `\(argument)` (a fresh UUID when nil or empty) is sent with every attempt, so the server acts once."
        case .bodyMember(let member, _)?:
            text += "\n\nSafe to retry: the body's `\(member)` (filled with a fresh UUID when empty) is sent with every attempt, so the server acts once."
        case nil:
            break
        }
        printer.documentation(text)
    }

    /// The path as an interpolated literal for the runtime's `RequestPath`, which encodes every
    /// interpolated parameter as one segment: `"/v2/follow_ups/\(id)"`.
    private func pathExpression(_ operation: OperationPlan, _ arguments: [Argument]) -> String {
        var expression = "\""
        var rest = Substring(operation.requestPath)
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
        let name = SwiftLiteral.string(argument.parameter.name)
        let value = SwiftNames.escaped(argument.name)
        switch argument.encoding {
        case .header(isList: true):
            let optional = argument.optional ? "?" : ""
            printer.line("request.addHeader(\(name), \(value)\(optional).map(\\.parameterText).joined(separator: \",\"))")
        case .header(isList: false):
            printer.line("request.addHeader(\(name), \(value))")
        case .queryScalar:
            printer.line("request.addQuery(\(name), \(value))")
        case .queryList(let style, let explode):
            printer.line("request.addQuery(\(name), \(value), style: \(self.style(style)), explode: \(explode))")
        case .queryDeepObject:
            printer.line("try request.addDeepObject(\(name), \(value))")
        case .queryFormObject(let explode):
            printer.line("try request.addFormObject(\(name), \(value), explode: \(explode))")
        case .queryJSON:
            printer.line("try request.addJSONQuery(\(name), \(value))")
        case .headerJSON:
            printer.line("try request.addJSONHeader(\(name), \(value))")
        case .queryString:
            printer.line("request.addQueryString(\(value))")
        case .path, .notSent:
            break
        }
    }

    private func style(_ style: ParameterStyle) -> String {
        switch style {
        case .spaceDelimited: return ".spaceDelimited"
        case .pipeDelimited: return ".pipeDelimited"
        case .deepObject: return ".deepObject"
        default: return ".form"
        }
    }
}
