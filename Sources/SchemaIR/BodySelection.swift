import HTTPVocabulary
/// Which content of a request and of the success responses a client works with. One rule, used by every
/// consumer of the IR (code generation, pagination detection, the spec diff), so they never disagree.
public enum ContentType {
    /// `application/json` or any `+json` structured syntax suffix, parameters and case ignored.
    public static func isJSON(_ contentType: String) -> Bool {
        let base = base(of: contentType)
        return base == "application/json" || base.hasSuffix("+json")
    }

    /// `application/x-www-form-urlencoded`, parameters and case ignored.
    public static func isForm(_ contentType: String) -> Bool {
        base(of: contentType) == "application/x-www-form-urlencoded"
    }

    /// How a sequential media type separates its items, or nil for any other.
    public static func streamFormat(_ contentType: String) -> StreamFormat? {
        switch base(of: contentType) {
        case "text/event-stream": .serverSentEvents
        case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines": .jsonLines
        case "application/json-seq": .jsonSequence
        default: nil
        }
    }

    /// `multipart/form-data`, `multipart/mixed` or any other `multipart/…`.
    public static func isMultipart(_ contentType: String) -> Bool {
        base(of: contentType).hasPrefix("multipart/")
    }

    /// The media type without parameters, trimmed and lower-cased.
    public static func base(of contentType: String) -> String {
        let first = contentType.split(separator: ";", omittingEmptySubsequences: false).first ?? ""
        let trimmed = first.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        return String(trimmed).lowercased()
    }
}

/// How a streamed body separates its items.
public enum StreamFormat: Sendable, Hashable {
    case serverSentEvents, jsonLines, jsonSequence
}

/// What a successful call returns.
public enum SuccessBody: Sendable, Hashable {
    /// A JSON body of this type.
    case json(TypeRef)
    /// Items of this type as they arrive (server-sent events, JSON Lines, JSON text sequences).
    case stream(StreamFormat, item: TypeRef)
    /// A body that is not JSON with a schema (text, CSV, binary): the raw bytes.
    case opaque
}

extension IRRequestBody {
    /// The type of the first JSON content that has a schema.
    public var jsonType: TypeRef? {
        contents.first { ContentType.isJSON($0.contentType) && $0.type != nil }?.type
    }
}

extension IROperation {
    /// The first documented success response (lowest status first) with a JSON body that has a schema; else
    /// ``SuccessBody/opaque`` when a success response declares any other content; else nil (no body).
    public var successBody: SuccessBody? {
        let successes = responses.filter { $0.status.isSuccess }.sorted { $0.status < $1.status }
        for response in successes {
            if let type = response.contents.first(where: { ContentType.isJSON($0.contentType) && $0.type != nil })?.type {
                return .json(type)
            }
        }
        // A stream of typed items: the item schema, or for server-sent events without one, each event's text.
        for response in successes {
            for content in response.contents {
                guard let format = ContentType.streamFormat(content.contentType) else { continue }
                if let item = content.itemType { return .stream(format, item: item) }
                if format == .serverSentEvents { return .stream(format, item: .string(.plain)) }
            }
        }
        return successes.contains { !$0.contents.isEmpty } ? .opaque : nil
    }

    /// The error bodies the operation documents: each response that is not a success (an exact status, a
    /// range such as `4XX`, or `default`) with a JSON body that has a schema, in status order.
    public var errorBodies: [(status: ResponseStatus, type: TypeRef)] {
        responses.filter { !$0.status.isSuccess }.sorted { $0.status < $1.status }.compactMap { response in
            guard let type = response.contents.first(where: { ContentType.isJSON($0.contentType) && $0.type != nil })?.type else { return nil }
            return (response.status, type)
        }
    }

    /// The type of the JSON success body, when there is one.
    public var successType: TypeRef? {
        if case .json(let type)? = successBody { return type }
        return nil
    }
}
