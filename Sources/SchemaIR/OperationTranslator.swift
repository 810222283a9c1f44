import Diagnostics
import OpenAPI
import YAML

/// Translates operations into the IR, lifting their inline schemas into the shared type space and
/// grouping them by first tag (document tag order first, then first use); an untagged operation goes by
/// the convention's grouping (its path's resource, or the root client, last).
struct OperationTranslator {
    let document: OpenAPIDocument
    var space: TypeSpace
    let grouping: UntaggedGrouping
    private(set) var warnings: [Diagnostic] = []

    init(document: OpenAPIDocument, space: TypeSpace, grouping: UntaggedGrouping) {
        self.document = document
        self.space = space
        self.grouping = grouping
    }

    mutating func translate() -> [IROperationGroup] {
        var keys: [String: Int] = [:]
        var groups: [String?: [IROperation]] = [:]
        var tagOrder: [String] = document.tags.map(\.name)
        for source in document.operations {
            var key = source.operationID ?? "\(source.method.token) \(source.path)"
            if let count = keys[key] {
                keys[key] = count + 1
                warn("operationId '\(key)' is used by more than one operation; this one is named '\(key)_\(count + 1)'", at: source.mark)
                key = "\(key)_\(count + 1)"
            } else {
                keys[key] = 1
            }
            let operation = translate(source, key: key)
            var tag = source.tags.first
            if tag == nil, grouping == .pathSegment { tag = Self.resource(of: source.path) }
            if let tag, !tagOrder.contains(tag) { tagOrder.append(tag) }
            groups[tag, default: []].append(operation)
        }
        // A tag nested under another (3.2's `parent`) makes its ancestors groups too, even without operations
        // of their own, so `client.alerts.routes` exists; a parent chain that loops is ignored.
        let parents = Dictionary(document.tags.compactMap { tag in tag.parent.map { (tag.name, $0) } }) { first, _ in first }
        func ancestors(of tag: String) -> [String]? {
            var chain: [String] = []
            var current = tag
            while let parent = parents[current] {
                guard parent != tag, !chain.contains(parent), document.tags.contains(where: { $0.name == parent }) else { return nil }
                chain.append(parent)
                current = parent
            }
            return chain
        }
        var nestedParent: [String: String] = [:]
        for tag in tagOrder where groups[tag] != nil {
            guard let chain = ancestors(of: tag) else { continue }
            var node = tag
            for parent in chain {
                nestedParent[node] = parent
                if groups[parent] == nil { groups[parent] = [] }
                node = parent
            }
        }
        var result: [IROperationGroup] = []
        for tag in tagOrder {
            guard let operations = groups[tag] else { continue }
            result.append(IROperationGroup(tag: tag, description: document.tags.first { $0.name == tag }?.description,
                                           operations: operations, parent: nestedParent[tag]))
        }
        if let untagged = groups[nil] {
            result.append(IROperationGroup(tag: nil, description: nil, operations: untagged))
        }
        return result
    }

    /// Each webhook's payload, its inline schemas lifted into the type space like an operation's. Entries
    /// without a JSON payload are left out with a warning.
    mutating func translateWebhooks(discriminator: String) -> [IRWebhook] {
        var webhooks: [IRWebhook] = []
        for webhook in document.webhooks {
            guard let source = webhook.operations.first else { continue }
            let key = source.operationID ?? webhook.name
            let operation = translate(source, key: key)
            guard let payload = operation.requestBody?.jsonType ?? operation.successType else {
                warn("webhook '\(webhook.name)' has no JSON payload and is not generated", at: webhook.mark)
                continue
            }
            let fixed = fixedValue(of: discriminator, in: payload)
            let payloadContents = (operation.requestBody?.contents ?? []) + operation.responses.filter { $0.status.isSuccess }.flatMap(\.contents)
            var examples: [(name: String, value: IRExample)] = []
            for content in payloadContents where content.type == payload {
                if let example = content.example { examples.append(("\(webhook.name) \(content.contentType)", example)) }
                examples += content.examples.map { ("\(webhook.name) example \($0.0)", $0.1) }
            }
            let segment = webhook.name.split(separator: "/").last.map(String.init) ?? webhook.name
            webhooks.append(IRWebhook(name: webhook.name, eventType: fixed.value ?? segment, payload: payload,
                                      isDiscriminated: fixed.declared, examples: examples,
                                      documentation: Documentation(description: source.description ?? source.summary, deprecated: source.deprecated),
                                      mark: webhook.mark, pointer: source.pointer))
        }
        return webhooks
    }

    /// Whether the payload object declares `field`, and the one value its schema allows there, if it allows one.
    private func fixedValue(of field: String, in payload: TypeRef) -> (declared: Bool, value: String?) {
        var type = payload
        for _ in 0..<16 {
            guard case .named(let id) = type, let named = space.types.first(where: { $0.id == id }) else { return (false, nil) }
            switch named.kind {
            case .alias(let target): type = target
            case .object(let object):
                guard let found = object.fields.first(where: { $0.name == field }) else { return (false, nil) }
                if case .named(let valueID) = found.type, let values = space.types.first(where: { $0.id == valueID }),
                   case .enumeration(let enumeration) = values.kind, enumeration.cases.count == 1 {
                    return (true, enumeration.cases[0].rawValue)
                }
                return (true, nil)
            default: return (false, nil)
            }
        }
        return (false, nil)
    }

    /// The first path segment that names a resource: not a parameter, not a version (`v1`, `v2beta`), not `api`.
    static func resource(of path: String) -> String? {
        let base = path.split(separator: "#", maxSplits: 1).first ?? ""
        return base.split(separator: "/").first { segment in
            guard !segment.hasPrefix("{"), segment.lowercased() != "api" else { return false }
            let lower = segment.lowercased()
            let isVersion = lower.first == "v" && lower.dropFirst().first?.isNumber == true
            return !isVersion
        }.map(String.init)
    }

    private mutating func translate(_ source: Operation, key: String) -> IROperation {
        if source.hasCallbacks {
            warn("callbacks are not generated; '\(key)' is generated without them", at: source.mark)
        }
        var parameters: [IRParameter] = []
        for item in source.parameters {
            if let parameter = parameter(item, operationKey: key) { parameters.append(parameter) }
        }
        var requestBody: IRRequestBody?
        if let item = source.requestBody, let body = document.resolve(item) {
            requestBody = IRRequestBody(required: body.required, description: body.description,
                                        contents: contents(body.content, context: NameContext(parts: [key, "requestBody"], parent: nil)),
                                        mark: body.mark)
        }
        var responses: [IRResponse] = []
        for (status, item) in source.responses {
            guard let response = document.resolve(item) else { continue }
            if response.hasLinks {
                warn("response links are not generated ('\(key)' \(status))", at: response.mark)
            }
            let context = NameContext(parts: [key, "response\(status)"], parent: nil)
            var headers: [IRResponseHeader] = []
            for (name, headerItem) in response.headers {
                guard let header = document.resolve(headerItem) else { continue }
                let type = header.schema.map { space.typeRef($0, context: NameContext(parts: context.parts + [name], parent: nil)) } ?? .string(.plain)
                headers.append(IRResponseHeader(name: name, type: type, required: header.required, description: header.description,
                                                mark: header.mark))
            }
            responses.append(IRResponse(status: status, description: response.description,
                                        contents: contents(response.content, context: context), headers: headers, mark: response.mark))
        }
        return IROperation(
            key: key, operationID: source.operationID, method: source.method, path: source.path, summary: source.summary,
            documentation: Documentation(description: source.description, deprecated: source.deprecated),
            tags: source.tags, parameters: parameters, requestBody: requestBody, responses: responses,
            security: source.security.map(IRDocument.requirements), mark: source.mark, pointer: source.pointer)
    }

    private mutating func parameter(_ item: Referenceable<OpenAPI.Parameter>, operationKey: String) -> IRParameter? {
        guard let source = document.resolve(item) else { return nil }
        let context = NameContext(parts: [operationKey, source.name], parent: nil)
        var type = TypeRef.any
        var nullable = false
        var contentType: String?
        var defaultValue: SpecValue?
        var documentation = Documentation(description: source.description, deprecated: source.deprecated)
        if let schemaItem = source.schema {
            type = space.typeRef(schemaItem, context: context)
            nullable = space.isNullable(schemaItem)
            if let schema = schemaItem.value {
                defaultValue = schema.defaultValue.map(SpecValue.init)
                documentation.deprecated = documentation.deprecated || schema.deprecated
            }
        } else if let media = source.content.first {
            contentType = media.contentType
            if let schemaItem = media.schema {
                type = space.typeRef(schemaItem, context: context)
            }
        } else {
            warn("parameter '\(source.name)' has neither 'schema' nor 'content'; it is sent as a string", at: source.mark)
            type = .string(.plain)
        }
        return IRParameter(
            name: source.name, location: source.location, style: source.effectiveStyle,
            styleIsDeclared: source.style != nil, explode: source.effectiveExplode,
            required: source.required, allowEmptyValue: source.allowEmptyValue, allowReserved: source.allowReserved,
            type: type, nullable: nullable, contentType: contentType, documentation: documentation,
            defaultValue: defaultValue, example: source.example.map(IRExample.init), mark: source.mark)
    }

    private mutating func contents(_ media: [MediaType], context: NameContext) -> [IRContent] {
        media.map { entry in
            var examples: [(String, IRExample)] = []
            for (name, item) in entry.examples {
                if let value = document.resolve(item)?.value { examples.append((name, IRExample(value))) }
            }
            let itemType = entry.itemSchema.map { space.typeRef($0, context: NameContext(parts: context.parts + ["item"], parent: nil)) }
            return IRContent(contentType: entry.contentType, type: entry.schema.map { space.typeRef($0, context: context) },
                             example: entry.example.map(IRExample.init), examples: examples,
                             encoding: entry.encoding.map {
                                 IRPropertyEncoding(property: $0.property, contentType: $0.encoding.contentType, style: $0.encoding.style,
                                                    explode: $0.encoding.explode)
                             },
                             mark: entry.mark, itemType: itemType,
                             prefixEncoding: entry.prefixEncoding.map { Self.partEncoding($0) },
                             itemEncoding: entry.itemEncoding.map { Self.partEncoding($0) })
        }
    }

    /// A positional or per-item Encoding Object (3.2's `prefixEncoding`, `itemEncoding`): it names no property.
    private static func partEncoding(_ encoding: PropertyEncoding) -> IRPropertyEncoding {
        IRPropertyEncoding(property: "", contentType: encoding.contentType, style: encoding.style, explode: encoding.explode)
    }

    private mutating func warn(_ message: String, at mark: Mark) {
        warnings.append(Diagnostic(.warning, message, file: document.file, mark: mark, pointer: nil))
    }
}
