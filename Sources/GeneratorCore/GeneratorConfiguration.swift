import Diagnostics
import Foundation
import HTTPVocabulary
import OpenAPI
import SchemaIR
import SwiftEmitter
import YAML

/// The small per-target configuration file (`openapi-gen-config.yaml`) read by the CLI's `--config`
/// and so by the plugins:
///
/// ```yaml
/// access: internal        # public (default), internal or package
/// clientName: PetstoreAPI # the root client's type name
/// module: Petstore        # the module name, when it is not given otherwise
/// queryObjectStyle: deepObject  # object query parameters without a declared style (default form)
/// mutableModels: true     # `var` properties on every model, not only on what requests carry
/// includeTags: [Follow-ups V2]   # only these operations and the types they reach (also
/// includeOperations: ["Actions V2#Create"]  #   excludeTags, excludeOperations)
/// pagination:             # cursor pagination the document does not declare (see `PaginationRule`)
///   - cursorParameter: after
///     pageSizeParameter: page_size   # optional
///     nextCursor: pagination_meta.after
/// untaggedOperations: rootClient  # untagged operations on the root client (default pathSegment: one
///                                 # client per first path segment, versions and parameters skipped)
/// errorEnvelope:          # where error bodies keep their fields (dotted key paths; see `ErrorEnvelope`)
///   type: type
///   requestID: request_id
///   errors: errors
/// securitySchemes:        # for a document that declares none, as `components.securitySchemes` writes them
///   api_key: {type: http, scheme: bearer}
/// security: [api_key]     # the default requirements: alternatives, each a scheme or a list used together
///                         # (default: any one of the schemes)
/// webhookDiscriminator: type  # the payload field naming a webhook event (default event_type)
/// idempotencyKey:         # names that make a write safe to retry, besides the Idempotency-Key header and
///   header: X-Request-Key #   the idempotency_key body field (each a name or a list)
///   bodyField: request_token
/// ```
///
/// The CLI reads `openapi-gen-config.yaml` beside the spec when `--config` is not given.
public struct GeneratorConfiguration: Sendable, Equatable {
    public var access: SwiftEmitter.AccessLevel?
    public var clientName: String?
    public var module: String?
    public var queryObjectStyle: SwiftEmitter.QueryObjectStyle?
    public var mutableModels: Bool?
    public var subset = OperationSubset()
    /// What the API's configuration adds to its document.
    public var conventions = APIConventions()

    /// The file name the plugins and the CLI look for.
    public static let fileName = "openapi-gen-config.yaml"

    /// The configuration file beside a spec, when there is one.
    public static func path(besideSpec specPath: String) -> String? {
        let directory = (specPath as NSString).deletingLastPathComponent
        let path = directory.isEmpty ? fileName : directory + "/" + fileName
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    public init(access: SwiftEmitter.AccessLevel? = nil, clientName: String? = nil, module: String? = nil,
                queryObjectStyle: SwiftEmitter.QueryObjectStyle? = nil) {
        self.access = access
        self.clientName = clientName
        self.module = module
        self.queryObjectStyle = queryObjectStyle
    }

    /// Reads a configuration file; unknown keys and bad values are located errors.
    public static func load(path: String) throws(SpecError) -> GeneratorConfiguration {
        let root: Node
        do {
            root = try YAMLParser().parseFile(atPath: path).root
        } catch {
            throw SpecError([Diagnostic(.error, error.message, file: error.file, mark: error.mark, pointer: nil)])
        }
        var configuration = GeneratorConfiguration()
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ node: Node) {
            problems.append(Diagnostic(.error, message, file: path, mark: node.mark, pointer: nil))
        }
        guard let pairs = root.mapping else {
            if !root.isNull { problem("the configuration must be a mapping, found \(root.kindName)", root) }
            return configuration
        }
        let lists: [String: WritableKeyPath<OperationSubset, [String]>] = [
            "includeTags": \.includeTags, "includeOperations": \.includeOperations,
            "excludeTags": \.excludeTags, "excludeOperations": \.excludeOperations,
        ]
        for (key, value) in pairs {
            if key.string == "pagination" {
                configuration.conventions.pagination = paginationRules(value, problem: problem)
                continue
            }
            if key.string == "errorEnvelope" {
                configuration.conventions.errorEnvelope = errorEnvelope(value, problem: problem)
                continue
            }
            if key.string == "securitySchemes" {
                configuration.conventions.securitySchemes = securitySchemes(value, problem: problem)
                continue
            }
            if key.string == "security" {
                configuration.conventions.security = securityRequirements(value, problem: problem)
                continue
            }
            if key.string == "idempotencyKey" {
                idempotencyKey(value, into: &configuration.conventions, problem: problem)
                continue
            }
            if let name = key.string, let path = lists[name] {
                let items: [Node] = value.sequence.map { Array($0) } ?? (value.kind == .scalar ? [value] : [])
                let names = items.compactMap { $0.kind == .scalar ? $0.string : nil }
                if names.count != items.count || (items.isEmpty && value.kind == .mapping) {
                    problem("'\(name)' must be a list of names", value)
                }
                configuration.subset[keyPath: path] = names
                continue
            }
            guard let name = key.string, let text = value.string, value.kind == .scalar else {
                problem("expected 'key: value' with a string value", value)
                continue
            }
            switch name {
            case "access":
                configuration.access = SwiftEmitter.AccessLevel(rawValue: text)
                if configuration.access == nil { problem("'access' must be public, internal or package, found '\(text)'", value) }
            case "clientName": configuration.clientName = text
            case "webhookDiscriminator": configuration.conventions.webhookDiscriminator = text
            case "module": configuration.module = text
            case "queryObjectStyle":
                configuration.queryObjectStyle = SwiftEmitter.QueryObjectStyle(rawValue: text)
                if configuration.queryObjectStyle == nil { problem("'queryObjectStyle' must be form or deepObject, found '\(text)'", value) }
            case "untaggedOperations":
                if let grouping = UntaggedGrouping(rawValue: text) {
                    configuration.conventions.untaggedGrouping = grouping
                } else {
                    problem("'untaggedOperations' must be pathSegment or rootClient, found '\(text)'", value)
                }
            case "mutableModels":
                configuration.mutableModels = value.scalarKind == .bool ? value.scalar?.bool : nil
                if configuration.mutableModels == nil { problem("'mutableModels' must be true or false, found '\(text)'", value) }
            default: problem("unknown configuration key '\(name)' (known: access, clientName, module, queryObjectStyle, mutableModels, includeTags, includeOperations, excludeTags, excludeOperations, pagination, errorEnvelope, untaggedOperations, securitySchemes, security, idempotencyKey, webhookDiscriminator)", key)
            }
        }
        let declared = Set(configuration.conventions.securitySchemes.map(\.name))
        for name in (configuration.conventions.security ?? []).joined().map(\.scheme) where !declared.contains(name) {
            problem("'security' names '\(name)', which 'securitySchemes' does not declare", root)
        }
        if !problems.isEmpty { throw SpecError(problems) }
        return configuration
    }

    /// `securitySchemes:` — name → `{type, scheme, in, name}` as OpenAPI writes a security scheme.
    private static func securitySchemes(_ value: Node, problem: (String, Node) -> Void) -> [IRSecurityScheme] {
        guard let pairs = value.mapping else {
            problem("'securitySchemes' must be a mapping of names to security schemes", value)
            return []
        }
        var schemes: [IRSecurityScheme] = []
        for (key, definition) in pairs {
            guard let name = key.string, let fields = definition.mapping else {
                problem("a security scheme must be a mapping with 'type'", definition)
                continue
            }
            var text: [String: String] = [:]
            for (field, item) in fields {
                guard let fieldName = field.string, ["type", "scheme", "in", "name", "bearerFormat", "description"].contains(fieldName),
                      item.kind == .scalar, let string = item.string else {
                    problem("unknown or non-string security scheme field '\(field.string ?? "")' (known: type, scheme, in, name, bearerFormat, description)", field)
                    continue
                }
                text[fieldName] = string
            }
            guard let kind = text["type"].flatMap(SecuritySchemeKind.init(rawValue:)) else {
                problem("security scheme '\(name)' needs a 'type': apiKey, http, oauth2 or openIdConnect", definition)
                continue
            }
            let location = text["in"].flatMap(ParameterLocation.init(rawValue:))
            if kind == .apiKey, text["name"] == nil || location == nil || location == .path {
                problem("the apiKey scheme '\(name)' needs 'name' and 'in' (header, query or cookie)", definition)
                continue
            }
            if kind == .http, text["scheme"] == nil {
                problem("the http scheme '\(name)' needs a 'scheme' such as bearer or basic", definition)
                continue
            }
            schemes.append(IRSecurityScheme(name: name, kind: kind, scheme: text["scheme"], bearerFormat: text["bearerFormat"],
                                            parameterName: text["name"], location: location, description: text["description"],
                                            mark: definition.mark))
        }
        return schemes
    }

    /// `security:` — alternatives, each a scheme name, a list of names used together, or OpenAPI's
    /// `{name: [scopes]}` form.
    private static func securityRequirements(_ value: Node, problem: (String, Node) -> Void) -> [[IRSecurityRequirement]] {
        guard let items = value.sequence else {
            problem("'security' must be a list of requirements", value)
            return []
        }
        var result: [[IRSecurityRequirement]] = []
        for item in items {
            if item.kind == .scalar, let name = item.string {
                result.append([IRSecurityRequirement(scheme: name, scopes: [])])
            } else if let names = item.sequence, names.allSatisfy({ $0.kind == .scalar }) {
                result.append(names.compactMap(\.string).map { IRSecurityRequirement(scheme: $0, scopes: []) })
            } else if let pairs = item.mapping {
                result.append(pairs.compactMap { key, scopes in
                    key.string.map { IRSecurityRequirement(scheme: $0, scopes: scopes.sequence?.compactMap(\.string) ?? []) }
                })
            } else {
                problem("a security requirement is a scheme name, a list of names or a mapping of names to scopes", item)
            }
        }
        return result
    }

    /// `idempotencyKey: {header: Name, bodyField: name}`, each a name or a list, added to the common names.
    private static func idempotencyKey(_ value: Node, into conventions: inout APIConventions, problem: (String, Node) -> Void) {
        guard let pairs = value.mapping else {
            problem("'idempotencyKey' must be a mapping with header and/or bodyField", value)
            return
        }
        for (key, item) in pairs {
            let items: [Node] = item.sequence.map { Array($0) } ?? [item]
            let names = items.compactMap { $0.kind == .scalar ? $0.string : nil }.filter { !$0.isEmpty }
            if names.count != items.count || names.isEmpty { problem("'idempotencyKey.\(key.string ?? "")' must be a name or a list of names", item) }
            switch key.string {
            case "header": conventions.idempotencyKeyHeaders += names
            case "bodyField": conventions.idempotencyKeyFields += names
            default: problem("unknown idempotencyKey key '\(key.string ?? "")' (known: header, bodyField)", key)
            }
        }
    }

    /// `pagination:` — a list of `{cursorParameter, pageSizeParameter?, nextCursor: meta.field}`.
    private static func paginationRules(_ value: Node, problem: (String, Node) -> Void) -> [PaginationRule] {
        guard let items = value.sequence else {
            problem("'pagination' must be a list of rules", value)
            return []
        }
        var rules: [PaginationRule] = []
        for item in items {
            guard let pairs = item.mapping else {
                problem("a pagination rule must be a mapping with cursorParameter and nextCursor", item)
                continue
            }
            var fields: [String: String] = [:]
            for (key, field) in pairs {
                guard let name = key.string, ["cursorParameter", "pageSizeParameter", "nextCursor"].contains(name) else {
                    problem("unknown pagination key '\(key.string ?? "")' (known: cursorParameter, pageSizeParameter, nextCursor)", key)
                    continue
                }
                guard field.kind == .scalar, let text = field.string, !text.isEmpty else {
                    problem("'\(name)' must be a non-empty string", field)
                    continue
                }
                fields[name] = text
            }
            let path = fields["nextCursor"]?.split(separator: ".", omittingEmptySubsequences: false) ?? []
            guard let cursor = fields["cursorParameter"], path.count == 2, !path[0].isEmpty, !path[1].isEmpty else {
                problem("a pagination rule needs cursorParameter and nextCursor as 'field.field' (e.g. pagination_meta.after)", item)
                continue
            }
            rules.append(PaginationRule(cursorParameter: cursor, pageSizeParameter: fields["pageSizeParameter"],
                                        metaField: String(path[0]), nextCursorField: String(path[1])))
        }
        return rules
    }

    /// `errorEnvelope:` — field name → dotted key path, names from ``ErrorEnvelopeFields/names``.
    private static func errorEnvelope(_ value: Node, problem: (String, Node) -> Void) -> ErrorEnvelopeFields? {
        guard let pairs = value.mapping else {
            problem("'errorEnvelope' must be a mapping of field names to key paths", value)
            return nil
        }
        var paths: [String: String] = [:]
        for (key, field) in pairs {
            guard let name = key.string, ErrorEnvelopeFields.names.contains(name) else {
                problem("unknown errorEnvelope field '\(key.string ?? "")' (known: \(ErrorEnvelopeFields.names.joined(separator: ", ")))", key)
                continue
            }
            guard field.kind == .scalar, let path = field.string, !path.isEmpty,
                  !path.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
                problem("'\(name)' must be a key path such as rate_limit.retry_after", field)
                continue
            }
            paths[name] = path
        }
        return ErrorEnvelopeFields(paths: paths)
    }
}
