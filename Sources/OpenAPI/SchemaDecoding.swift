import YAML

extension SpecDecoder {
    private enum Keyword {
        case ref, type, format, title, description, properties, required, additionalProperties, items
        case enumValues, const, nullable, allOf, oneOf, anyOf, not, discriminator, example, examples
        case defaultValue, deprecated, readOnly, writeOnly, minimum, maximum, exclusiveMinimum
        case exclusiveMaximum, multipleOf, minLength, maxLength, pattern, minItems, maxItems, uniqueItems
        case minProperties, maxProperties, contentMediaType, contentEncoding, unsupported, ignored
    }

    /// Keyword lookup by hash: a schema-heavy spec has hundreds of thousands of keys.
    private static let keywords: [String: Keyword] = [
        "$ref": .ref, "type": .type, "format": .format, "title": .title, "description": .description,
        "properties": .properties, "required": .required, "additionalProperties": .additionalProperties,
        "items": .items, "enum": .enumValues, "const": .const, "nullable": .nullable, "allOf": .allOf,
        "oneOf": .oneOf, "anyOf": .anyOf, "not": .not, "discriminator": .discriminator, "example": .example,
        "examples": .examples, "default": .defaultValue, "deprecated": .deprecated, "readOnly": .readOnly,
        "writeOnly": .writeOnly, "minimum": .minimum, "maximum": .maximum, "exclusiveMinimum": .exclusiveMinimum,
        "exclusiveMaximum": .exclusiveMaximum, "multipleOf": .multipleOf, "minLength": .minLength,
        "maxLength": .maxLength, "pattern": .pattern, "minItems": .minItems, "maxItems": .maxItems,
        "uniqueItems": .uniqueItems, "minProperties": .minProperties, "maxProperties": .maxProperties,
        // Keywords a generator would need to honour but does not model yet: warned about in the IR.
        "patternProperties": .unsupported, "prefixItems": .unsupported, "if": .unsupported,
        "then": .unsupported, "else": .unsupported, "dependentSchemas": .unsupported,
        "unevaluatedProperties": .unsupported, "unevaluatedItems": .unsupported, "contains": .unsupported,
        "propertyNames": .unsupported, "$dynamicRef": .unsupported,
        // Annotations with no effect on generated types.
        "xml": .ignored, "externalDocs": .ignored, "$schema": .ignored, "$id": .ignored, "$comment": .ignored,
        "$defs": .ignored, "definitions": .ignored, "contentMediaType": .contentMediaType, "contentEncoding": .contentEncoding,
        "$anchor": .ignored, "minContains": .ignored, "maxContains": .ignored, "dependentRequired": .ignored,
    ]

    /// Decodes a schema or `$ref`. Anything that is not a mapping is reported and read as an empty schema.
    mutating func schemaOrReference(_ node: Node) -> SchemaOrReference {
        guard node.kind == .mapping else {
            if version.usesJSONSchema2020, let flag = node.scalar?.bool {
                // JSON Schema boolean schemas: `true` accepts anything, `false` nothing.
                var schema = Schema(mark: node.mark)
                if !flag { schema.not = .value(Schema(mark: node.mark)) }
                return .value(schema)
            }
            error("expected a schema (a mapping), found \(node.kindName)", at: node)
            return .value(Schema(mark: node.mark))
        }
        if let reference = reference(in: node, kind: .schema) {
            return .reference(reference)
        }
        return .value(schema(node))
    }

    private mutating func schema(_ node: Node) -> Schema {
        var schema = Schema(mark: node.mark)
        for (keyNode, value) in node.mapping! {
            guard let key = keyText(keyNode) else { continue }
            guard let keyword = Self.keywords[key] else {
                if key.hasPrefix("x-") { schema.extensions.append((key, value)) }
                continue  // unknown keywords are annotations to us
            }
            decode(keyword, key: key, value: value, into: &schema)
        }
        // OpenAPI 3.1 spells binary data `contentMediaType` (bytes as they are) or with `contentEncoding:
        // base64` (text): 3.0's `format: binary` and `format: byte`.
        if schema.format == nil, schema.contentMediaType != nil || schema.contentEncoding != nil {
            schema.format = schema.contentEncoding?.lowercased() == "base64" ? "byte" : schema.contentEncoding == nil ? "binary" : nil
        }
        if schema.exclusiveMinimumFlag {
            schema.numeric.exclusiveMinimum = schema.numeric.minimum
            schema.numeric.minimum = nil
        }
        if schema.exclusiveMaximumFlag {
            schema.numeric.exclusiveMaximum = schema.numeric.maximum
            schema.numeric.maximum = nil
        }
        return schema
    }

    private mutating func properties(_ value: Node, into schema: inout Schema) {
        guard let pairs = mapping(value, key: "properties", of: "a mapping of property names to schemas") else { return }
        for (nameNode, propertyNode) in pairs {
            guard let name = keyText(nameNode) else { continue }
            if name == "$ref", propertyNode.kind == .scalar {
                // `properties: {$ref: common.yml#/id_fields}`: documents split across files share a set of
                // properties this way. A property named `$ref` would be a schema, never a string.
                _ = followingReference(in: value) { decoder, shared -> Void? in
                    decoder.properties(shared, into: &schema)
                    return nil
                }
                continue
            }
            path.append(name)
            schema.properties.append(Property(name: name, schema: schemaOrReference(propertyNode), mark: nameNode.mark))
            path.removeLast()
        }
    }

    private mutating func decode(_ keyword: Keyword, key: String, value: Node, into schema: inout Schema) {
        switch keyword {
        case .ref, .ignored:
            break
        case .contentMediaType: schema.contentMediaType = string(value, key: key)
        case .contentEncoding: schema.contentEncoding = string(value, key: key)
        case .type:
            schema.types = types(value)
        case .format: schema.format = string(value, key: key)
        case .title: schema.title = string(value, key: key)
        case .description: schema.description = string(value, key: key)
        case .pattern: schema.pattern = string(value, key: key)
        case .properties:
            path.append("properties")
            properties(value, into: &schema)
            path.removeLast()
        case .required:
            schema.required = strings(value, key: key)
        case .additionalProperties:
            if let flag = value.scalar?.bool {
                schema.additionalProperties = .allowed(flag)
            } else if value.kind == .mapping {
                schema.additionalProperties = .schema(at(key) { $0.schemaOrReference(value) })
            } else {
                error("'additionalProperties' must be a boolean or a schema, found \(value.kindName)", at: value)
            }
        case .items:
            if value.kind == .mapping || (version.usesJSONSchema2020 && value.scalar?.bool != nil) {
                schema.items = at(key) { $0.schemaOrReference(value) }
            } else if value.kind == .sequence {
                schema.unsupportedKeywords.append(("items (a list of schemas)", value.mark))
            } else {
                error("'items' must be a schema, found \(value.kindName)", at: value)
            }
        case .enumValues:
            guard let items = list(value, key: key, of: "a list of values") else { return }
            schema.enumValues = Array(items)
        case .const: schema.const = value
        case .nullable: schema.nullable = bool(value, key: key) ?? false
        case .allOf: schema.allOf = schemaList(value, key: key)
        case .oneOf: schema.oneOf = schemaList(value, key: key)
        case .anyOf: schema.anyOf = schemaList(value, key: key)
        case .not: schema.not = at(key) { $0.schemaOrReference(value) }
        case .discriminator: schema.discriminator = discriminator(value)
        case .example: schema.example = value
        case .examples:
            schema.examples = value.sequence.map(Array.init) ?? [value]
        case .defaultValue: schema.defaultValue = value
        case .deprecated: schema.deprecated = bool(value, key: key) ?? false
        case .readOnly: schema.readOnly = bool(value, key: key) ?? false
        case .writeOnly: schema.writeOnly = bool(value, key: key) ?? false
        case .uniqueItems: schema.uniqueItems = bool(value, key: key) ?? false
        case .minimum: schema.numeric.minimum = number(value, key: key)
        case .maximum: schema.numeric.maximum = number(value, key: key)
        case .exclusiveMinimum, .exclusiveMaximum:
            exclusiveBound(value, key: key, minimum: keyword == .exclusiveMinimum, into: &schema)
        case .multipleOf: schema.numeric.multipleOf = number(value, key: key)
        case .minLength: schema.minLength = int(value, key: key)
        case .maxLength: schema.maxLength = int(value, key: key)
        case .minItems: schema.minItems = int(value, key: key)
        case .maxItems: schema.maxItems = int(value, key: key)
        case .minProperties: schema.minProperties = int(value, key: key)
        case .maxProperties: schema.maxProperties = int(value, key: key)
        case .unsupported:
            schema.unsupportedKeywords.append((key, value.mark))
        }
    }

    private mutating func types(_ value: Node) -> [SchemaType] {
        let names: [Node] = value.sequence.map(Array.init) ?? [value]
        var types: [SchemaType] = []
        for name in names {
            guard let text = name.string, name.kind == .scalar else {
                error("'type' must be a type name or a list of them, found \(name.kindName)", at: name)
                continue
            }
            guard let type = SchemaType(rawValue: text) else {
                let known = SchemaType.allCases.map(\.rawValue).joined(separator: ", ")
                error("unknown type '\(text)' (expected one of \(known))", at: name)
                continue
            }
            types.append(type)
        }
        return types
    }

    private mutating func exclusiveBound(_ value: Node, key: String, minimum: Bool, into schema: inout Schema) {
        if let flag = value.scalar?.bool {
            // 3.0: a boolean that makes `minimum`/`maximum` exclusive; applied once all keys are read.
            if minimum { schema.exclusiveMinimumFlag = flag } else { schema.exclusiveMaximumFlag = flag }
        } else if let bound = number(value, key: key) {
            if minimum { schema.numeric.exclusiveMinimum = bound } else { schema.numeric.exclusiveMaximum = bound }
        }
    }

    private mutating func schemaList(_ value: Node, key: String) -> [SchemaOrReference] {
        guard let items = list(value, key: key, of: "a list of schemas") else { return [] }
        var result: [SchemaOrReference] = []
        path.append(key)
        for (index, item) in items.enumerated() {
            path.append(String(index))
            result.append(schemaOrReference(item))
            path.removeLast()
        }
        path.removeLast()
        return result
    }

    /// A mapping value is a schema name (`Cat`) or a reference (`#/components/schemas/Cat`,
    /// `models/cat.yml#/cat`, `cat.yml`); references are made canonical like any `$ref`.
    private static func isSchemaName(_ value: String) -> Bool {
        !value.contains("#") && !value.contains("/") && !value.hasSuffix(".yml") && !value.hasSuffix(".yaml")
            && !value.hasSuffix(".json")
    }

    private mutating func discriminator(_ value: Node) -> Discriminator? {
        guard value.kind == .mapping else {
            error("'discriminator' must be a mapping, found \(value.kindName)", at: value)
            return nil
        }
        guard let nameNode = value["propertyName"], let name = string(nameNode, key: "propertyName") else {
            error("'discriminator' needs a 'propertyName'", at: value)
            return nil
        }
        var mapping: [(String, String)] = []
        if let mappingNode = value["mapping"],
           let pairs = self.mapping(mappingNode, key: "mapping", of: "a mapping of values to schema references") {
            for (key, target) in pairs {
                guard let text = keyText(key), let ref = string(target, key: "mapping") else { continue }
                mapping.append((text, Self.isSchemaName(ref) ? ref : canonicalReference(ref, at: target) ?? ref))
            }
        }
        var discriminator = Discriminator(propertyName: name, mapping: mapping)
        if let node = value["defaultMapping"], let ref = string(node, key: "defaultMapping") {
            discriminator.defaultMapping = Self.isSchemaName(ref) ? ref : canonicalReference(ref, at: node) ?? ref
        }
        return discriminator
    }
}

