import Foundation

/// Builds one request: generated operations fill it in, ``APIClient`` sends it.
public struct RequestBuilder: Sendable {
    public var method: String
    /// The path with parameters already substituted and percent-encoded.
    public var path: String
    /// Percent-encoded `name=value` pairs, in the order added.
    public private(set) var query: [String] = []
    public var headers: [(name: String, value: String)] = []
    public var body: Data?
    public var contentType: String?
    /// The media types the operation documents for its success responses (`Accept`); nil for JSON.
    public var accept: String?
    /// False for operations whose security requirements are empty (`security: []`): no credentials are sent.
    public var sendsCredentials = true
    /// The operation's own security requirements; nil for the document's default.
    public var security: SecurityRequirements?
    /// Settings the caller gave for this call only.
    public var options: RequestOptions?
    /// The error bodies the operation documents, for ``HTTPFailure/documentedBody``.
    public var errorBodies: [DocumentedErrorBody] = []
    /// The key that makes this write safe to repeat, already placed in a header or the body by the generated
    /// operation: when set, the client retries the request after `5xx` responses and transport failures as it
    /// does idempotent methods, sending the same key every time.
    public var idempotencyKey: String?

    /// A link the server gave (a `Link: rel="next"` URL, absolute or from the server's root), instead of a path.
    public private(set) var link: String?

    public init(method: String, path: RequestPath) {
        self.method = method
        self.path = path.text
    }

    /// A `GET` of a URL the server gave, such as the next page's. It is only sent to the client's own server
    /// (same scheme, host and port), so credentials never go to a host the document did not name.
    public init(following link: String) {
        method = "GET"
        path = ""
        self.link = link
    }

    /// Encodes one path parameter value as a single segment.
    public static func pathSegment(_ value: some ParameterValue) -> String {
        PercentEncoding.encode(value.parameterText)
    }

    /// Adds a whole query string (OpenAPI 3.2's `in: querystring`), `a=1&b=2`, percent-encoding only what a
    /// query cannot hold; nil or empty adds nothing.
    public mutating func addQueryString(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "+#")
        query.append(text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text)
    }

    /// Adds a scalar query parameter; nil adds nothing, an empty string adds `name=`.
    public mutating func addQuery(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        query.append(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value.parameterText))
    }

    /// Adds an array query parameter by its style: `form` + explode repeats the name, otherwise values
    /// are joined with `,` (form), `%20` (spaceDelimited) or `|` (pipeDelimited).
    public mutating func addQuery(_ name: String, _ values: [some ParameterValue]?, style: ParameterStyle = .form, explode: Bool = true) {
        guard let values else { return }
        let encodedName = PercentEncoding.encode(name)
        if explode && style == .form {
            for value in values { query.append(encodedName + "=" + PercentEncoding.encode(value.parameterText)) }
            return
        }
        let separator: String
        switch style {
        case .spaceDelimited: separator = "%20"
        case .pipeDelimited: separator = "%7C"
        default: separator = ","
        }
        query.append(encodedName + "=" + values.map { PercentEncoding.encode($0.parameterText) }.joined(separator: separator))
    }

    /// Adds an object as `deepObject` (`name[key]=value`, nested objects as `name[a][b]=value`, arrays as
    /// the key repeated). Brackets are sent percent-encoded (`name%5Bkey%5D`), which servers decode to
    /// `name[key]`; left raw, they make Foundation's URL re-encode the whole query.
    public mutating func addDeepObject(_ name: String, _ value: (some Encodable)?) throws(ClientError) {
        guard let value else { return }
        appendDeep(name, try Self.jsonTree(of: value, what: "parameter '\(name)'"))
    }

    /// Adds an object in `form` style: with explode each property is its own `key=value`; without,
    /// `name=key1,value1,key2,value2`.
    public mutating func addFormObject(_ name: String, _ value: (some Encodable)?, explode: Bool) throws(ClientError) {
        guard let value else { return }
        let tree = try Self.jsonTree(of: value, what: "parameter '\(name)'")
        guard case .object(let members) = tree else {
            appendDeep(name, tree)
            return
        }
        let pairs = members.keys.sorted().compactMap { key -> (String, String)? in
            guard let text = Self.scalarText(members[key]!) else { return nil }
            return (key, text)
        }
        if explode {
            for (key, text) in pairs { query.append(PercentEncoding.encode(key) + "=" + PercentEncoding.encode(text)) }
        } else {
            let joined = pairs.map { PercentEncoding.encode($0.0) + "," + PercentEncoding.encode($0.1) }.joined(separator: ",")
            query.append(PercentEncoding.encode(name) + "=" + joined)
        }
    }

    /// The value as the JSON tree its encoding makes; `what` names it in the error.
    static func jsonTree(of value: some Encodable, what: String) throws(ClientError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        } catch {
            throw .invalidRequest("\(what) could not be encoded: \(error)")
        }
    }

    private static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .bool(let flag): return flag.parameterText
        case .integer(let number): return number.parameterText
        case .number(let number): return number.parameterText
        case .string(let text): return text
        default: return nil
        }
    }

    private mutating func appendDeep(_ prefix: String, _ value: JSONValue) {
        switch value {
        case .object(let members):
            for key in members.keys.sorted() { appendDeep(prefix + "[" + key + "]", members[key]!) }
        case .array(let items):
            // `status[one_of]=a&status[one_of]=b`: the key repeats, as deepObject filters expect.
            for item in items { appendDeep(prefix, item) }
        case .null:
            break
        case .bool(let flag): query.append(PercentEncoding.encode(prefix) + "=" + flag.parameterText)
        case .integer(let number): query.append(PercentEncoding.encode(prefix) + "=" + number.parameterText)
        case .number(let number): query.append(PercentEncoding.encode(prefix) + "=" + number.parameterText)
        case .string(let text): query.append(PercentEncoding.encode(prefix) + "=" + PercentEncoding.encode(text))
        }
    }

    /// Adds a query parameter declared with `content: application/json`: the value as compact JSON (keys
    /// sorted, so the request is the same every time), percent-encoded; nil adds nothing.
    public mutating func addJSONQuery(_ name: String, _ value: (some Encodable)?) throws(ClientError) {
        guard let value else { return }
        query.append(PercentEncoding.encode(name) + "=" + PercentEncoding.encode(try Self.json(value, parameter: name)))
    }

    /// Adds a header parameter declared with `content: application/json`: the value as compact JSON.
    public mutating func addJSONHeader(_ name: String, _ value: (some Encodable)?) throws(ClientError) {
        guard let value else { return }
        headers.append((name, try Self.json(value, parameter: name)))
    }

    private static func json(_ value: some Encodable, parameter: String) throws(ClientError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .invalidRequest("the parameter '\(parameter)' could not be encoded as JSON: \(error)")
        }
    }

    /// Adds a header parameter; nil adds nothing.
    public mutating func addHeader(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        headers.append((name, value.parameterText))
    }

    /// Sets a body the caller encoded (multipart, form, binary).
    public mutating func setBody(_ data: Data, contentType: String) {
        body = data
        self.contentType = contentType
    }

    /// Sets a JSON body.
    public mutating func setJSONBody(_ value: some Encodable) throws(ClientError) {
        do {
            body = try JSONEncoder().encode(value)
        } catch {
            throw .invalidRequest("the request body could not be encoded: \(error)")
        }
        contentType = "application/json"
    }

    /// The full URL under `serverURL` (whose own path, if any, is kept as a prefix).
    func url(relativeTo serverURL: URL) -> URL? {
        if let link {
            guard var target = URL(string: link, relativeTo: serverURL)?.absoluteURL,
                  target.scheme?.lowercased() == serverURL.scheme?.lowercased(), target.host?.lowercased() == serverURL.host?.lowercased(),
                  (target.port ?? Self.defaultPort(target.scheme)) == (serverURL.port ?? Self.defaultPort(serverURL.scheme)) else { return nil }
            if !query.isEmpty {
                let separator = target.query == nil ? "?" : "&"
                guard let extended = URL(string: target.absoluteString + separator + query.joined(separator: "&")) else { return nil }
                target = extended
            }
            return target
        }
        var base = serverURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var text = base + path
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        return URL(string: text)
    }

    private static func defaultPort(_ scheme: String?) -> Int? {
        switch scheme?.lowercased() {
        case "http": 80
        case "https": 443
        default: nil
        }
    }
}
