/// Swift identifiers from spec names, after the Swift API Design Guidelines: types UpperCamelCase,
/// members lowerCamelCase, acronyms uniformly cased (`incident_id` → `incidentID`), keywords escaped.
enum SwiftNames {
    static let acronyms: Set<String> = [
        "id", "ids", "url", "urls", "uri", "uris", "api", "apis", "http", "https", "json", "html", "uuid",
        "uuids", "ip", "sql", "xml", "jwt", "sso", "dns", "tls", "ssl", "cpu", "sla", "slas", "ui",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws",
        "true", "try", "_",
    ]

    /// Member names that backticks do not rescue: `x.self`, `x.init`, `.Type` and `.Protocol` mean
    /// something else after a dot. They get a trailing underscore instead.
    static let memberNamesToRename: Set<String> = ["self", "Self", "init", "Type", "Protocol", "deinit", "subscript"]

    /// Splits a name into words at non-alphanumerics and camel-case humps (`APIKeyV2` → API, Key, V2).
    /// Only ASCII letters and digits survive: identifiers cannot carry look-alike or invisible characters.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(name.utf8)
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current = []
        }
        for (index, byte) in bytes.enumerated() {
            let isUpper = byte >= 65 && byte <= 90
            let isLower = byte >= 97 && byte <= 122
            let isDigit = byte >= 48 && byte <= 57
            guard isUpper || isLower || isDigit else {
                flush()
                continue
            }
            if isUpper, let last = current.last {
                let lastIsLower = last >= 97 && last <= 122
                let lastIsUpper = last >= 65 && last <= 90
                let nextIsLower = index + 1 < bytes.count && bytes[index + 1] >= 97 && bytes[index + 1] <= 122
                let lastIsDigit = last >= 48 && last <= 57
                if lastIsLower || lastIsDigit || (lastIsUpper && nextIsLower) { flush() }
            }
            current.append(byte)
        }
        flush()
        return words
    }

    /// `FollowUpsV2`, `IncidentMode`.
    static func upperCamel(_ name: String) -> String {
        words(name).map(capitalized).joined()
    }

    /// `incidentID`, `connectExternalIssue`.
    static func lowerCamel(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "" }
        return first.lowercased() + parts.dropFirst().map(capitalized).joined()
    }

    private static func capitalized(_ word: String) -> String {
        if acronyms.contains(word.lowercased()) {
            // `ids` → `IDs`: the plural s stays lowercase.
            if word.count > 2 && word.lowercased().hasSuffix("s") && acronyms.contains(String(word.lowercased().dropLast())) {
                return word.dropLast().uppercased() + "s"
            }
            return word.uppercased()
        }
        let isAllUpper = word.allSatisfy { $0.isUppercase || $0.isNumber }
        let rest = isAllUpper ? word.dropFirst().lowercased() : String(word.dropFirst())
        return word.prefix(1).uppercased() + rest
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(first >= 48 && first <= 57) else { return false }
        return name.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95 }
    }

    /// A type name: valid identifiers stay as written; others are cleaned. Never empty, never a keyword.
    static func typeName(_ name: String) -> String {
        var result = isIdentifier(name) ? name : upperCamel(name)
        if result.isEmpty { result = "Unnamed" }
        if let first = result.utf8.first, first >= 48 && first <= 57 { result = "_" + result }
        if keywords.contains(result) || memberNamesToRename.contains(result) { result += "_" }
        return result
    }

    /// A property, case or method name, without backticks (see ``escaped(_:)``).
    static func memberName(_ name: String, fallback: String) -> String {
        var result = lowerCamel(name)
        if result.isEmpty { result = fallback }
        if let first = result.utf8.first, first >= 48 && first <= 57 { result = "_" + result }
        if memberNamesToRename.contains(result) { result += "_" }
        return result
    }

    /// Backticks for keywords used as identifiers (`default`, `repeat`, `public`).
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`" + identifier + "`" : identifier
    }
}

/// Hands out unique names in one scope, deterministically: the first claimant keeps the name, later
/// ones get 2, 3, …
struct NameScope {
    /// Names no one in this scope may take; shared, never copied per scope.
    private let reserved: Set<String>
    private var taken: Set<String> = []

    init(reserved: Set<String> = []) {
        self.reserved = reserved
    }

    mutating func claim(_ name: String) -> String {
        if !reserved.contains(name), taken.insert(name).inserted { return name }
        var suffix = 2
        while reserved.contains(name + String(suffix)) || !taken.insert(name + String(suffix)).inserted { suffix += 1 }
        return name + String(suffix)
    }
}
