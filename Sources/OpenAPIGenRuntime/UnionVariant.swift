/// One variant of a `oneOf`/`anyOf` without a discriminator, as a generated union's decoder tries it: what
/// the variant knows of an object, which properties must hold one value, and how to decode it.
public struct UnionVariant<Union>: Sendable {
    /// The object properties the variant declares.
    public let known: Set<String>
    /// Properties whose only allowed value is given (`enum: [user]`, `const: user`): another value there
    /// rules the variant out, although its open enum would accept it.
    public let fixed: [String: JSONValue]
    public let decode: @Sendable (any Decoder) throws -> Union

    public init(known: Set<String> = [], fixed: [String: JSONValue] = [:], _ decode: @escaping @Sendable (any Decoder) throws -> Union) {
        self.known = known
        self.fixed = fixed
        self.decode = decode
    }

    /// The variant the value fits best, or nil when none decodes. A variant fits when it decodes (so its
    /// required properties are present) and its fixed properties hold their values; of those, the one that
    /// knows the most of the object's properties wins, the first on a tie, so re-encoding keeps what the
    /// input had wherever one variant can hold it.
    public static func decode(_ variants: [UnionVariant], from decoder: any Decoder) throws -> Union? {
        let json = try JSONValue(from: decoder)
        let keys: [String]
        if case .object(let members) = json { keys = Array(members.keys) } else { keys = [] }
        var best: (score: Int, value: Union)?
        for variant in variants {
            if case .object(let members) = json,
               variant.fixed.contains(where: { key, value in members[key].map { $0 != value } ?? false }) {
                continue
            }
            let score = keys.reduce(0) { $0 + (variant.known.contains($1) ? 1 : 0) }
            if let best, best.score >= score { continue }
            guard let value = try? variant.decode(decoder) else { continue }
            best = (score, value)
        }
        return best?.value
    }
}
