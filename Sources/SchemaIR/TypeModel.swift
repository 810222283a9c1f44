import Diagnostics
import OpenAPI
import YAML

/// A unique, stable identifier of a named type: its name parts joined by `/` (parts escaped as JSON
/// pointer tokens), e.g. `FollowUpV2` or `FollowUpV2/status`.
public struct TypeID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum StringFormat: Sendable, Hashable {
    case plain, dateTime, date, time, duration, uuid, uri, email, byte, binary, password
    case other(String)

    init(_ format: String?) {
        switch format {
        case nil: self = .plain
        case "date-time": self = .dateTime
        case "date": self = .date
        case "time": self = .time
        case "duration": self = .duration
        case "uuid": self = .uuid
        case "uri", "url", "uri-reference": self = .uri
        case "email": self = .email
        case "byte": self = .byte
        case "binary": self = .binary
        case "password": self = .password
        case let format?: self = .other(format)
        }
    }
}

public enum IntegerFormat: Sendable, Hashable {
    case unspecified, int32, int64
}

public enum NumberFormat: Sendable, Hashable {
    case unspecified, float, double
}

/// A reference to a type, as a field, item, parameter or body uses it.
public indirect enum TypeRef: Sendable, Hashable {
    case string(StringFormat)
    case integer(IntegerFormat)
    case number(NumberFormat)
    case boolean
    case array(TypeRef)
    /// An object whose values all have one type (`additionalProperties`), keyed by string.
    case map(TypeRef)
    case named(TypeID)
    /// Any JSON value (free-form, or a construct the generator does not model).
    case any
    /// A nullable element of an array or map (fields and parameters carry nullability themselves).
    case nullable(TypeRef)
}

/// Human-facing text attached to a declaration.
public struct Documentation: Sendable, Hashable {
    public var title: String?
    public var description: String?
    public var deprecated: Bool

    public init(title: String? = nil, description: String? = nil, deprecated: Bool = false) {
        self.title = title
        self.description = description
        self.deprecated = deprecated
    }
}

/// Where a named type came from.
public enum TypeOrigin: Sendable, Hashable {
    /// `#/components/schemas/<name>`.
    case component(String)
    /// Lifted from an inline schema inside another type or an operation.
    case inline
}

public struct Field: Sendable {
    /// The property name on the wire.
    public var name: String
    public var type: TypeRef
    public var required: Bool
    public var nullable: Bool
    public var documentation: Documentation
    public var defaultValue: SpecValue?
    public var readOnly: Bool
    public var writeOnly: Bool
    /// True when the field's type leads back to its owner without passing through an array or map,
    /// so a value-type emitter must box it.
    public var needsIndirection: Bool
    public var example: IRExample?
    public var mark: Mark
}

public enum AdditionalPropertiesPolicy: Sendable, Hashable {
    /// Unknown properties are ignored (absent or `true`): the compatibility promise of most APIs.
    case ignored
    /// `additionalProperties: false`.
    case forbidden
    /// Extra properties are kept, with values of this type.
    case typed(TypeRef)
}

public struct ObjectType: Sendable {
    public var fields: [Field]
    public var additionalProperties: AdditionalPropertiesPolicy
    /// The union the whole object is also one of, when the schema has `oneOf`/`anyOf` beside its
    /// properties: decoded from the same object, its variant's properties beside these fields.
    public var variants: TypeRef? = nil
}

public enum EnumRawType: Sendable, Hashable {
    case string, integer, number, boolean
}

public struct EnumCase: Sendable, Hashable {
    /// The value as written in the spec (for strings, the exact text).
    public var rawValue: String
}

public struct EnumType: Sendable {
    public var rawType: EnumRawType
    public var cases: [EnumCase]
    /// True when `null` is among the values.
    public var allowsNull: Bool
}

public struct UnionDiscriminator: Sendable {
    public var propertyName: String
    /// Discriminator value → variant, explicit mapping first, then implicit component names.
    public var mapping: [(value: String, type: TypeRef)]
    /// The variant for values the mapping does not list (OpenAPI 3.2's `defaultMapping`); nil keeps them as JSON.
    public var defaultType: TypeRef? = nil
}

public struct UnionType: Sendable {
    public enum Style: Sendable, Hashable { case oneOf, anyOf }

    public var style: Style
    public var variants: [TypeRef]
    public var discriminator: UnionDiscriminator?
}

/// A named type in the type space.
public struct NamedType: Sendable {
    public enum Kind: Sendable {
        case object(ObjectType)
        case enumeration(EnumType)
        case union(UnionType)
        /// Another name for a type (a component that is a primitive, array or map, or a single-ref allOf).
        case alias(TypeRef)
    }

    public let id: TypeID
    /// Raw name parts: the component or operation name, then the property names or roles it was lifted through.
    public let nameParts: [String]
    /// The type this one was lifted out of, for emitters that nest types.
    public let parent: TypeID?
    public let origin: TypeOrigin
    public var kind: Kind
    public var documentation: Documentation
    public var isRecursive: Bool
    public var example: IRExample?
    public let mark: Mark
}
