/// The earlier name of ``JSONKey``, still used by generated discriminator and extra-property coding.
public typealias DynamicCodingKey = JSONKey
