import Diagnostics
import HTTPVocabulary
import YAML

/// Everything decoded from the root mapping, before references are checked.
struct DecodedDocument {
    var version = OpenAPIVersion.v3_0
    var versionText = ""
    var info = Info(title: "", version: "")
    var servers: [Server] = []
    var paths: [(PathItem, [Referenceable<Parameter>])] = []
    var components = Components()
    var security: [SecurityRequirement]?
    var tags: [Tag] = []
    var extensions: [(name: String, value: Node)] = []
    /// `webhooks` (OpenAPI 3.1) and `x-webhooks` (the extension documents written for 3.0 use), by name.
    var webhooks: [(name: String, item: (PathItem, [Referenceable<Parameter>]))] = []
}

extension SpecDecoder {
    mutating func document(_ root: Node) -> DecodedDocument? {
        guard root.kind == .mapping else {
            error("an OpenAPI document must be a mapping, found \(root.kindName)", at: root)
            return nil
        }
        var document = DecodedDocument()
        guard readVersion(root, into: &document) else { return nil }
        var sawInfo = false
        for (keyNode, value) in root.mapping! {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "info":
                sawInfo = true
                document.info = at(key) { $0.info(value) }
            case "servers": document.servers = at(key) { $0.servers(value) }
            case "paths": document.paths = pathItems(value)
            case "components": document.components = at(key) { $0.components(value) }
            case "security": document.security = at(key) { $0.securityRequirements(value) }
            case "tags": document.tags = at(key) { $0.tags(value) }
            case "$self", "jsonSchemaDialect", "externalDocs":
                // `$self` (3.2) names the document; relative references already resolve against the file's
                // own location, which is what `$self` gives a document read from disk.
                break
            case "webhooks", "x-webhooks":
                document.webhooks += webhookItems(value, key: key)
                if key.hasPrefix("x-") { document.extensions.append((key, value)) }
            default:
                if key.hasPrefix("x-") {
                    document.extensions.append((key, value))
                } else if key != "openapi" {
                    warning("'\(key)' is not an OpenAPI field and is ignored", at: keyNode.mark)
                }
            }
        }
        if !sawInfo { error("the document has no 'info'", at: root) }
        return document
    }

    private mutating func readVersion(_ root: Node, into document: inout DecodedDocument) -> Bool {
        if let swagger = root["swagger"] {
            error("Swagger \(swagger.string ?? "2.0") documents are not supported; convert to OpenAPI 3 first", at: swagger)
            return false
        }
        guard let versionNode = root["openapi"] else {
            error("the document has no 'openapi' version field", at: root)
            return false
        }
        guard let text = versionNode.string, versionNode.kind == .scalar else {
            error("'openapi' must be a version string such as \"3.0.3\", found \(versionNode.kindName)", at: versionNode)
            return false
        }
        if text.hasPrefix("3.0") {
            version = .v3_0
        } else if text.hasPrefix("3.1") {
            version = .v3_1
        } else if text.hasPrefix("3.2") {
            version = .v3_2
        } else {
            error("unsupported OpenAPI version '\(text)' (3.0.x, 3.1.x and 3.2.x are supported)", at: versionNode)
            return false
        }
        document.version = version
        document.versionText = text
        return true
    }

    private mutating func info(_ value: Node) -> Info {
        var info = Info(title: "", version: "")
        guard let pairs = mapping(value, key: "info", of: "a mapping") else { return info }
        for (keyNode, item) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "title": info.title = string(item, key: key) ?? ""
            case "version": info.version = string(item, key: key) ?? ""
            case "summary": info.summary = string(item, key: key)
            case "description": info.description = string(item, key: key)
            default: break
            }
        }
        return info
    }

    private mutating func tags(_ value: Node) -> [Tag] {
        guard let items = list(value, key: "tags", of: "a list of tags") else { return [] }
        var tags: [Tag] = []
        for item in items {
            guard item.kind == .mapping, let nameNode = item["name"], let name = string(nameNode, key: "name") else {
                error("a tag needs a 'name'", at: item)
                continue
            }
            tags.append(Tag(name: name, description: item["description"].flatMap { string($0, key: "description") },
                            summary: item["summary"].flatMap { string($0, key: "summary") },
                            parent: item["parent"].flatMap { string($0, key: "parent") },
                            kind: item["kind"].flatMap { string($0, key: "kind") }))
        }
        return tags
    }

    private mutating func components(_ value: Node) -> Components {
        var components = Components()
        guard let pairs = mapping(value, key: "components", of: "a mapping") else { return components }
        for (keyNode, section) in pairs {
            guard let key = keyText(keyNode) else { continue }
            switch key {
            case "schemas": components.schemas = entries(section, key: key) { $0.schemaOrReference($1) }
            case "responses": components.responses = entries(section, key: key) { $0.response($1) }
            case "parameters": components.parameters = entries(section, key: key) { $0.parameter($1) }
            case "examples": components.examples = entries(section, key: key) { $0.example($1) }
            case "requestBodies": components.requestBodies = entries(section, key: key) { $0.requestBody($1) }
            case "headers": components.headers = entries(section, key: key) { $0.header($1) }
            case "securitySchemes": components.securitySchemes = entries(section, key: key) { $0.securityScheme($1) }
            default: break
            }
        }
        return components
    }

    private mutating func entries<Value>(
        _ section: Node, key: String, _ decode: (inout SpecDecoder, Node) -> Value?
    ) -> OrderedMap<Value> {
        var result = OrderedMap<Value>()
        guard let pairs = mapping(section, key: key, of: "a mapping of names to definitions") else { return result }
        path.append(key)
        for (nameNode, definition) in pairs {
            guard let name = keyText(nameNode) else { continue }
            path.append(name)
            if let value = decode(&self, definition) { result.append(name, value) }
            path.removeLast()
        }
        path.removeLast()
        return result
    }

    mutating func securityScheme(_ node: Node) -> Referenceable<SecurityScheme>? {
        guard node.kind == .mapping else {
            error("a security scheme must be a mapping, found \(node.kindName)", at: node)
            return nil
        }
        if let reference = reference(in: node, kind: .securityScheme) { return .reference(reference) }
        guard let typeNode = node["type"], let typeText = string(typeNode, key: "type") else {
            error("a security scheme needs a 'type'", at: node)
            return nil
        }
        guard let kind = SecurityScheme.Kind(rawValue: typeText) else {
            error("unknown security scheme type '\(typeText)'", at: typeNode)
            return nil
        }
        var scheme = SecurityScheme(kind: kind, mark: node.mark)
        scheme.description = node["description"].flatMap { string($0, key: "description") }
        scheme.name = node["name"].flatMap { string($0, key: "name") }
        scheme.scheme = node["scheme"].flatMap { string($0, key: "scheme") }
        scheme.bearerFormat = node["bearerFormat"].flatMap { string($0, key: "bearerFormat") }
        if let locationNode = node["in"], let text = string(locationNode, key: "in") {
            scheme.location = ParameterLocation(rawValue: text)
            if scheme.location == nil || scheme.location == .path {
                error("'in' of an apiKey scheme must be query, header or cookie; found '\(text)'", at: locationNode)
            }
        }
        if kind == .apiKey && (scheme.name == nil || scheme.location == nil) {
            error("an apiKey security scheme needs 'name' and 'in'", at: node)
        }
        if kind == .http && scheme.scheme == nil {
            error("an http security scheme needs a 'scheme' such as bearer", at: node)
        }
        return .value(scheme)
    }
}

extension SecurityScheme {
    init(kind: Kind, mark: Mark) {
        self.init(kind: kind, description: nil, name: nil, location: nil, scheme: nil, bearerFormat: nil, mark: mark)
    }
}
