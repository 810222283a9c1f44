import Diagnostics
import YAML

/// JSON Schema primitive type names.
public enum SchemaType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// A schema or a reference to one.
public typealias SchemaOrReference = Referenceable<Schema>

/// `additionalProperties`: a boolean or a schema.
public enum AdditionalProperties: Sendable {
    case allowed(Bool)
    case schema(SchemaOrReference)
}

/// A named property of an object schema.
public struct Property: Sendable {
    public var name: String
    public var schema: SchemaOrReference
    public var mark: Mark
}

/// `discriminator` of a oneOf/anyOf (or allOf base) schema.
public struct Discriminator: Sendable {
    public var propertyName: String
    /// Discriminator value → `$ref` text (or bare schema name), in source order.
    public var mapping: [(value: String, ref: String)]
    /// OpenAPI 3.2: the schema for values the mapping does not list (`$ref` text or a bare schema name).
    public var defaultMapping: String? = nil
}

/// A numeric bound; OpenAPI 3.0 writes exclusivity as a boolean, 3.1 as the bound itself.
public struct NumericConstraints: Sendable, Hashable {
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?
}

/// An OpenAPI 3.0/3.1 schema object.
public struct Schema: Sendable {
    public var mark: Mark
    /// Declared types: one in 3.0, possibly several (with `null`) in 3.1; empty when not declared.
    public var types: [SchemaType] = []
    public var format: String?
    /// OpenAPI 3.1's media type and encoding of string content (`image/png`, `base64`).
    public var contentMediaType: String?
    public var contentEncoding: String?
    public var title: String?
    public var description: String?
    public var properties: [Property] = []
    public var required: [String] = []
    public var additionalProperties: AdditionalProperties?
    public var items: SchemaOrReference?
    /// Enum values as written (any scalar type).
    public var enumValues: [Node]?
    public var const: Node?
    public var nullable = false
    public var allOf: [SchemaOrReference] = []
    public var oneOf: [SchemaOrReference] = []
    public var anyOf: [SchemaOrReference] = []
    public var not: SchemaOrReference?
    public var discriminator: Discriminator?
    public var example: Node?
    public var examples: [Node] = []
    public var defaultValue: Node?
    public var deprecated = false
    public var readOnly = false
    public var writeOnly = false
    public var numeric = NumericConstraints()
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems = false
    public var minProperties: Int?
    public var maxProperties: Int?
    /// JSON Schema keywords present that the generator does not model (e.g. `patternProperties`).
    public var unsupportedKeywords: [(name: String, mark: Mark)] = []
    public var extensions: [(name: String, value: Node)] = []
    /// OpenAPI 3.0's boolean form of exclusiveMinimum/Maximum, resolved once the whole schema is read.
    var exclusiveMinimumFlag = false
    var exclusiveMaximumFlag = false

    public init(mark: Mark) {
        self.mark = mark
    }

    /// True when the schema admits `null` (3.0 `nullable`, 3.1 `type: [..., "null"]`, or a `null` enum value).
    public var isNullable: Bool {
        nullable || types.contains(.null) || (enumValues?.contains { $0.isNull } ?? false)
    }

    /// The declared types other than `null`.
    public var nonNullTypes: [SchemaType] { types.filter { $0 != .null } }
}
