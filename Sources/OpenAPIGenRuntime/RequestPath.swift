/// A request path as generated code writes it: an interpolated literal whose every interpolated value
/// becomes one percent-encoded segment (`"/v2/follow_ups/\(id)"`).
///
/// Paths used to be joined with `+`; `+`'s many overloads made each of those expressions among the
/// slowest a generated client asked the compiler to check. An interpolation has one candidate.
public struct RequestPath: ExpressibleByStringInterpolation, Sendable {
    /// The path, its parameters substituted and encoded.
    public var text: String

    public init(stringLiteral value: String) {
        text = value
    }

    public init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        /// A path parameter, percent-encoded so it stays one segment whatever it holds.
        public mutating func appendInterpolation(_ value: some ParameterValue) {
            text += RequestBuilder.pathSegment(value)
        }
    }
}
