import HTTPVocabulary
import YAML

extension SpecDecoder {
    mutating func pathItems(_ value: Node) -> [(PathItem, [Referenceable<Parameter>])] {
        guard let pairs = mapping(value, key: "paths", of: "a mapping of paths to path items") else { return [] }
        var items: [(PathItem, [Referenceable<Parameter>])] = []
        path.append("paths")
        for (keyNode, itemNode) in pairs {
            guard let template = keyText(keyNode) else { continue }
            if template.hasPrefix("x-") { continue }
            path.append(template)
            if !template.hasPrefix("/") {
                error("path '\(template)' must start with '/'", at: keyNode)
            }
            if let item = pathItem(itemNode, template: template) { items.append(item) }
            path.removeLast()
        }
        path.removeLast()
        return items
    }

    /// `webhooks` / `x-webhooks`: names (incident.io writes pseudo-paths such as
    /// `/x-webhooks/public_incident.follow_up_created_v2`) to path items whose operations describe what the
    /// API sends.
    mutating func webhookItems(_ value: Node, key: String) -> [(name: String, item: (PathItem, [Referenceable<Parameter>]))] {
        guard let pairs = mapping(value, key: key, of: "a mapping of names to path items") else { return [] }
        var items: [(name: String, item: (PathItem, [Referenceable<Parameter>]))] = []
        path.append(key)
        for (keyNode, itemNode) in pairs {
            guard let name = keyText(keyNode) else { continue }
            path.append(name)
            if let item = pathItem(itemNode, template: name) { items.append((name, item)) }
            path.removeLast()
        }
        path.removeLast()
        return items
    }

    private mutating func pathItem(_ node: Node, template: String) -> (PathItem, [Referenceable<Parameter>])? {
        let site = pointer
        return followingReference(in: node) { $0.pathItemValue($1, template: template, site: site) }
    }

    /// - Parameter site: the pointer of the path item in the root file, which names its operations'
    ///   places even when the item itself is read from another file.
    private mutating func pathItemValue(_ node: Node, template: String, site: String) -> (PathItem, [Referenceable<Parameter>])? {
        guard let pairs = node.mapping else {
            error("a path item must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        var item = PathItem(path: template, operations: [], mark: node.mark)
        var shared: [Referenceable<Parameter>] = []
        var servers: [Server] = []
        for (keyNode, value) in pairs {
            guard let key = keyText(keyNode) else { continue }
            if let method = HTTPMethod(field: key) {
                let operationSite = site + "/" + JSONPointer.escape(key)
                if let operation = at(key, { decoder in
                    decoder.followingReference(in: value) {
                        $0.operation($1, method: method, path: template, site: operationSite)
                    }
                }) {
                    item.operations.append(operation)
                }
                continue
            }
            switch key {
            case "summary": item.summary = string(value, key: key)
            case "description": item.description = string(value, key: key)
            case "parameters": shared = at(key) { $0.parameterList(value) }
            case "servers": servers = at(key) { $0.servers(value) }
            case "additionalOperations":
                // OpenAPI 3.2: other methods, by their name as sent (`QUERY`, `PURGE`).
                guard let extra = mapping(value, key: key, of: "a mapping of HTTP methods to operations") else { break }
                for (methodNode, operationNode) in extra {
                    guard let name = keyText(methodNode) else { continue }
                    guard let method = HTTPMethod(sent: name) else {
                        error("'\(name)' is not an HTTP method name (a token: letters, digits and !#$%&'*+-.^_`|~)", at: methodNode)
                        continue
                    }
                    if method.isFixed {
                        // The specification reserves the fields' methods to the fields; the operation is still meant.
                        warning("'\(name)' belongs in the path item's '\(method.rawValue)' field, not in additionalOperations", at: methodNode.mark)
                    }
                    if item.operations.contains(where: { $0.method == method }) {
                        error("'\(name)' is declared both as a field and in additionalOperations", at: methodNode)
                        continue
                    }
                    let operationSite = site + "/additionalOperations/" + JSONPointer.escape(name)
                    if let operation = at(key, { outer in
                        outer.at(name) { decoder in
                            decoder.followingReference(in: operationNode) {
                                $0.operation($1, method: method, path: template, site: operationSite)
                            }
                        }
                    }) {
                        item.operations.append(operation)
                    }
                }
            default: break
            }
        }
        if !servers.isEmpty {
            for index in item.operations.indices where item.operations[index].servers.isEmpty {
                item.operations[index].servers = servers
            }
        }
        return (item, shared)
    }

    private mutating func operation(_ node: Node, method: HTTPMethod, path template: String, site: String) -> Operation? {
        guard let pairs = node.mapping else {
            error("an operation must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        var operation = Operation(
            method: method, path: template, operationID: nil, summary: nil, description: nil, tags: [],
            deprecated: false, parameters: [], requestBody: nil, responses: [], security: nil, servers: [],
            hasCallbacks: false, mark: node.mark, pointer: site)
        for (keyNode, value) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "operationId": operation.operationID = string(value, key: key)
            case "summary": operation.summary = string(value, key: key)
            case "description": operation.description = string(value, key: key)
            case "tags": operation.tags = strings(value, key: key)
            case "deprecated": operation.deprecated = bool(value, key: key) ?? false
            case "parameters": operation.parameters = at(key) { $0.parameterList(value) }
            case "requestBody": operation.requestBody = at(key) { $0.requestBody(value) }
            case "responses": operation.responses = at(key) { $0.responses(value) }
            case "security": operation.security = at(key) { $0.securityRequirements(value) }
            case "servers": operation.servers = at(key) { $0.servers(value) }
            case "callbacks": operation.hasCallbacks = true
            default: break
            }
        }
        return operation
    }

    mutating func parameterList(_ value: Node) -> [Referenceable<Parameter>] {
        guard let items = list(value, key: "parameters", of: "a list of parameters") else { return [] }
        var result: [Referenceable<Parameter>] = []
        for (index, item) in items.enumerated() {
            if let parameter = at(String(index), { $0.parameter(item) }) { result.append(parameter) }
        }
        return result
    }

    mutating func parameter(_ node: Node) -> Referenceable<Parameter>? {
        guard let pairs = node.mapping else {
            error("a parameter must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        if let reference = reference(in: node, kind: .parameter) { return .reference(reference) }
        var name: String?
        var location: ParameterLocation?
        var parameter = Parameter(
            name: "", location: .query, description: nil, required: false, deprecated: false,
            allowEmptyValue: false, style: nil, explode: nil, allowReserved: false, schema: nil, content: [],
            example: nil, examples: [], mark: node.mark)
        for (keyNode, value) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "name": name = string(value, key: key)
            case "in":
                guard let text = string(value, key: key) else { break }
                location = ParameterLocation(rawValue: text)
                if location == nil {
                    error("'in' must be one of query, querystring, header, path, cookie; found '\(text)'", at: value)
                }
            case "description": parameter.description = string(value, key: key)
            case "required": parameter.required = bool(value, key: key) ?? false
            case "deprecated": parameter.deprecated = bool(value, key: key) ?? false
            case "allowEmptyValue": parameter.allowEmptyValue = bool(value, key: key) ?? false
            case "allowReserved": parameter.allowReserved = bool(value, key: key) ?? false
            case "explode": parameter.explode = bool(value, key: key)
            case "style":
                guard let text = string(value, key: key) else { break }
                parameter.style = ParameterStyle(rawValue: text)
                if parameter.style == nil { error("unknown parameter style '\(text)'", at: value) }
            case "schema": parameter.schema = at(key) { $0.schemaOrReference(value) }
            case "content": parameter.content = at(key) { $0.content(value) }
            case "example": parameter.example = exampleValue(value)
            case "examples": parameter.examples = at(key) { $0.examples(value) }
            default: break
            }
        }
        guard let name, let location else {
            error("a parameter needs 'name' and 'in'", at: node)
            return nil
        }
        parameter.name = name
        parameter.location = location
        if location == .path && !parameter.required {
            error("path parameter '\(name)' must have 'required: true'", at: node)
        }
        return .value(parameter)
    }

    mutating func requestBody(_ node: Node) -> Referenceable<RequestBody>? {
        guard let pairs = node.mapping else {
            error("'requestBody' must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        if let reference = reference(in: node, kind: .requestBody) { return .reference(reference) }
        var body = RequestBody(description: nil, required: false, content: [], mark: node.mark)
        for (keyNode, value) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "description": body.description = string(value, key: key)
            case "required": body.required = bool(value, key: key) ?? false
            case "content": body.content = at(key) { $0.content(value) }
            default: break
            }
        }
        return .value(body)
    }

    mutating func responses(_ value: Node) -> [(status: ResponseStatus, response: Referenceable<Response>)] {
        guard let pairs = mapping(value, key: "responses", of: "a mapping of status codes to responses") else { return [] }
        var result: [(ResponseStatus, Referenceable<Response>)] = []
        for (keyNode, responseNode) in pairs {
            guard let key = keyText(keyNode) else { continue }
            if key.hasPrefix("x-") { continue }
            guard let status = Self.responseStatus(key) else {
                error("response key '\(key)' must be a status code (200), a range (4XX) or 'default'", at: keyNode)
                continue
            }
            if let response = at(key, { $0.response(responseNode) }) { result.append((status, response)) }
        }
        return result
    }

    static func responseStatus(_ key: String) -> ResponseStatus? {
        if key == "default" { return .default }
        let bytes = Array(key.utf8)
        guard bytes.count == 3, (49...53).contains(bytes[0]) else { return nil }
        let first = Int(bytes[0]) - 48
        if bytes[1] | 0x20 == UInt8(ascii: "x"), bytes[2] | 0x20 == UInt8(ascii: "x") { return .range(first) }
        guard let code = Int(key) else { return nil }
        return .code(code)
    }

    mutating func response(_ node: Node) -> Referenceable<Response>? {
        guard let pairs = node.mapping else {
            error("a response must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        if let reference = reference(in: node, kind: .response) { return .reference(reference) }
        var response = Response(description: nil, headers: [], content: [], hasLinks: false, mark: node.mark)
        for (keyNode, value) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "description": response.description = string(value, key: key)
            case "content": response.content = at(key) { $0.content(value) }
            case "links": response.hasLinks = true
            case "headers":
                guard let headers = mapping(value, key: key, of: "a mapping of header names to headers") else { break }
                path.append(key)
                for (nameNode, headerNode) in headers {
                    guard let name = keyText(nameNode) else { continue }
                    if let header = at(name, { $0.header(headerNode) }) { response.headers.append((name, header)) }
                }
                path.removeLast()
            default: break
            }
        }
        return .value(response)
    }

    mutating func header(_ node: Node) -> Referenceable<Header>? {
        guard let pairs = node.mapping else {
            error("a header must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        if let reference = reference(in: node, kind: .header) { return .reference(reference) }
        var header = Header(description: nil, required: false, deprecated: false, schema: nil, content: [], mark: node.mark)
        for (keyNode, value) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "description": header.description = string(value, key: key)
            case "required": header.required = bool(value, key: key) ?? false
            case "deprecated": header.deprecated = bool(value, key: key) ?? false
            case "schema": header.schema = at(key) { $0.schemaOrReference(value) }
            case "content": header.content = at(key) { $0.content(value) }
            default: break
            }
        }
        return .value(header)
    }

    mutating func content(_ value: Node) -> [MediaType] {
        guard let pairs = mapping(value, key: "content", of: "a mapping of media types") else { return [] }
        var result: [MediaType] = []
        for (keyNode, mediaNode) in pairs {
            guard let contentType = keyText(keyNode) else { continue }
            guard let media = mediaNode.mapping else {
                if !mediaNode.isNull { error("a media type must be a mapping, found \(mediaNode.kindName)", at: mediaNode) }
                result.append(MediaType(contentType: contentType, schema: nil, example: nil, examples: [], mark: mediaNode.mark))
                continue
            }
            path.append(contentType)
            var entry = MediaType(contentType: contentType, schema: nil, example: nil, examples: [], mark: mediaNode.mark)
            for (key, value) in media {
                if key.isScalar("schema") {
                    entry.schema = at("schema") { $0.schemaOrReference(value) }
                } else if key.isScalar("example") {
                    entry.example = exampleValue(value)
                } else if key.isScalar("examples") {
                    entry.examples = at("examples") { $0.examples(value) }
                } else if key.isScalar("encoding") {
                    entry.encoding = at("encoding") { $0.encoding(value) }
                } else if key.isScalar("itemSchema") || key.isScalar("x-item-schema") {
                    entry.itemSchema = at(key.string ?? "itemSchema") { $0.schemaOrReference(value) }
                } else if key.isScalar("itemEncoding") {
                    entry.itemEncoding = at("itemEncoding") { $0.encodingObject(value, key: "itemEncoding") }
                } else if key.isScalar("prefixEncoding") {
                    guard let items = value.sequence else {
                        error("'prefixEncoding' must be a list of encoding objects, found \(value.kindName)", at: value)
                        continue
                    }
                    entry.prefixEncoding = at("prefixEncoding") { decoder in
                        items.enumerated().compactMap { index, item in decoder.at(String(index)) { $0.encodingObject(item, key: "prefixEncoding") } }
                    }
                }
            }
            path.removeLast()
            result.append(entry)
        }
        return result
    }

    /// A media type's `encoding`: property name → content type, style, explode (headers are not modelled).
    mutating func encoding(_ value: Node) -> [(property: String, encoding: PropertyEncoding)] {
        guard let pairs = mapping(value, key: "encoding", of: "a mapping of property names to encodings") else { return [] }
        var result: [(String, PropertyEncoding)] = []
        for (keyNode, entry) in pairs {
            guard let name = keyText(keyNode), let encoding = at(name, { $0.encodingObject(entry, key: name) }) else { continue }
            result.append((name, encoding))
        }
        return result
    }

    /// One Encoding Object: content type, style, explode, allowReserved (headers are not modelled).
    mutating func encodingObject(_ entry: Node, key: String) -> PropertyEncoding? {
        guard let fields = mapping(entry, key: key, of: "an encoding object") else { return nil }
        var encoding = PropertyEncoding()
        for (fieldNode, field) in fields {
            switch fieldNode.string {
            case "contentType": encoding.contentType = string(field, key: "contentType")
            case "style":
                guard let text = string(field, key: "style") else { break }
                encoding.style = ParameterStyle(rawValue: text)
                if encoding.style == nil { error("unknown encoding style '\(text)'", at: field) }
            case "explode": encoding.explode = bool(field, key: "explode")
            case "allowReserved": encoding.allowReserved = bool(field, key: "allowReserved") ?? false
            default: break
            }
        }
        return encoding
    }

    mutating func examples(_ value: Node) -> [(name: String, example: Referenceable<Example>)] {
        guard let pairs = mapping(value, key: "examples", of: "a mapping of example names to examples") else { return [] }
        var result: [(String, Referenceable<Example>)] = []
        for (keyNode, exampleNode) in pairs {
            guard let name = keyText(keyNode) else { continue }
            if let example = at(name, { $0.example(exampleNode) }) { result.append((name, example)) }
        }
        return result
    }

    mutating func example(_ node: Node) -> Referenceable<Example>? {
        guard node.kind == .mapping else {
            error("an example must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        if let reference = reference(in: node, kind: .example) { return .reference(reference) }
        // OpenAPI 3.2 adds `dataValue` (the value as data) and `serializedValue` (as sent on the wire, e.g. JSON
        // text), which are read when there is no `value`.
        var value = node["value"].map { exampleValue($0) }
        if value == nil, let data = node["dataValue"] { value = exampleValue(data) }
        if value == nil, let serialized = node["serializedValue"], let text = serialized.string,
           let parsed = try? YAMLParser().parse(Array(text.utf8), file: "serializedValue") {
            value = parsed.root
        }
        var example = Example(summary: nil, description: nil, value: value ?? nil, externalValue: nil)
        if let summary = node["summary"] { example.summary = string(summary, key: "summary") }
        if let description = node["description"] { example.description = string(description, key: "description") }
        if let external = node["externalValue"] { example.externalValue = string(external, key: "externalValue") }
        return .value(example)
    }

    mutating func securityRequirements(_ value: Node) -> [SecurityRequirement] {
        guard let items = list(value, key: "security", of: "a list of security requirements") else { return [] }
        var result: [SecurityRequirement] = []
        for item in items {
            guard let pairs = mapping(item, key: "security", of: "a list of mappings from scheme names to scopes") else { continue }
            var requirement = SecurityRequirement(schemes: [])
            for (keyNode, scopes) in pairs {
                guard let name = keyText(keyNode) else { continue }
                requirement.schemes.append((name, strings(scopes, key: name)))
            }
            result.append(requirement)
        }
        return result
    }

    mutating func servers(_ value: Node) -> [Server] {
        guard let items = list(value, key: "servers", of: "a list of servers") else { return [] }
        var result: [Server] = []
        for (index, item) in items.enumerated() {
            path.append(String(index))
            defer { path.removeLast() }
            guard item.kind == .mapping else {
                error("a server must be a mapping, found \(item.kindName)", at: item)
                continue
            }
            guard let urlNode = item["url"], let url = string(urlNode, key: "url") else {
                error("a server needs a 'url'", at: item)
                continue
            }
            var server = Server(url: url, description: nil, variables: [], mark: item.mark)
            if let description = item["description"] { server.description = string(description, key: "description") }
            if let variables = item["variables"],
               let pairs = mapping(variables, key: "variables", of: "a mapping of variable names to variables") {
                for (nameNode, variable) in pairs {
                    guard let name = keyText(nameNode) else { continue }
                    guard let defaultNode = variable["default"], let defaultValue = string(defaultNode, key: "default") else {
                        error("server variable '\(name)' needs a 'default'", at: variable)
                        continue
                    }
                    let enumValues = variable["enum"].map { strings($0, key: "enum") } ?? []
                    let description = variable["description"].flatMap { string($0, key: "description") }
                    server.variables.append(ServerVariable(name: name, defaultValue: defaultValue,
                                                           enumValues: enumValues, description: description))
                }
            }
            result.append(server)
        }
        return result
    }
}
