import Foundation

/// An error body an operation's description documents: which statuses it answers and the type it decodes
/// into. Generated operations list theirs; ``APIClient`` decodes a failed response's body with the one
/// that matches its status (an exact status before a range such as `4XX`, a range before `default`) into
/// ``HTTPFailure/documentedBody``.
public struct DocumentedErrorBody: Sendable {
    enum Statuses: Sendable, Equatable {
        case exactly(Int)
        /// `4XX`: the hundreds digit.
        case range(Int)
        case other
    }

    let statuses: Statuses
    let type: any (Decodable & Sendable).Type

    /// The body of responses with exactly `status`.
    public static func status(_ status: Int, _ type: any (Decodable & Sendable).Type) -> DocumentedErrorBody {
        DocumentedErrorBody(statuses: .exactly(status), type: type)
    }

    /// The body of responses whose status starts with `hundreds` (`4` for `4XX`).
    public static func range(_ hundreds: Int, _ type: any (Decodable & Sendable).Type) -> DocumentedErrorBody {
        DocumentedErrorBody(statuses: .range(hundreds), type: type)
    }

    /// The body of responses of any status not documented otherwise (`default`).
    public static func otherwise(_ type: any (Decodable & Sendable).Type) -> DocumentedErrorBody {
        DocumentedErrorBody(statuses: .other, type: type)
    }

    /// The type documented for `status`, the most specific entry winning.
    static func type(for status: Int, in bodies: [DocumentedErrorBody]) -> (any (Decodable & Sendable).Type)? {
        bodies.first { $0.statuses == .exactly(status) }?.type
            ?? bodies.first { $0.statuses == .range(status / 100) }?.type
            ?? bodies.first { $0.statuses == .other }?.type
    }

    /// The body decoded as the type documented for its status; nil when none is documented or it does not decode.
    static func decode(_ response: ReceivedResponse, with bodies: [DocumentedErrorBody]) -> (any Sendable)? {
        guard let type = type(for: response.status, in: bodies), !response.body.isEmpty else { return nil }
        return try? JSONDecoder().decode(type, from: response.body)
    }
}
