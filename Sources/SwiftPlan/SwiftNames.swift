/// Swift identifiers from spec names, after the Swift API Design Guidelines: types UpperCamelCase,
/// members lowerCamelCase, acronyms uniformly cased (`incident_id` → `incidentID`), keywords escaped.
package enum SwiftNames {
    package static let acronyms: Set<String> = [
        "id", "ids", "url", "urls", "uri", "uris", "api", "apis", "http", "https", "json", "html", "uuid",
        "uuids", "ip", "sql", "xml", "jwt", "sso", "dns", "tls", "ssl", "cpu", "sla", "slas", "ui",
    ]

    package static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws",
        "true", "try", "_",
    ]

    /// Member names that backticks do not rescue: `x.self`, `x.init`, `.Type` and `.Protocol` mean
    /// something else after a dot. They get a trailing underscore instead.
    package static let memberNamesToRename: Set<String> = ["self", "Self", "init", "Type", "Protocol", "deinit", "subscript"]

    /// Splits a name into words at non-alphanumerics and camel-case humps (`APIKeyV2` → API, Key, V2).
    /// Only ASCII letters and digits survive: identifiers cannot carry look-alike or invisible characters.
    package static func words(_ name: String) -> [String] {
        var words: [String] = []
        forEachWord(in: name) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// `FollowUpsV2`, `IncidentMode`.
    package static func upperCamel(_ name: String) -> String {
        camelCase(name, lowercasingFirstWord: false)
    }

    /// `incidentID`, `connectExternalIssue`.
    package static func lowerCamel(_ name: String) -> String {
        camelCase(name, lowercasingFirstWord: true)
    }

    // Names are built on bytes, not Characters: every spec name and member passes through here, and the
    // words are ASCII by construction.
    private static func camelCase(_ name: String, lowercasingFirstWord: Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(name.utf8.count)
        var isFirst = true
        forEachWord(in: name) { word in
            if isFirst && lowercasingFirstWord {
                for byte in word { output.append(lowercase(byte)) }
            } else {
                appendCapitalized(word, to: &output)
            }
            isFirst = false
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func forEachWord(in name: String, _ body: (ArraySlice<UInt8>) -> Void) {
        let bytes = Array(name.utf8)
        var start = -1  // start of the current word, or -1 between words
        for index in bytes.indices {
            let byte = bytes[index]
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if start >= 0 { body(bytes[start..<index]) }
                start = -1
                continue
            }
            if start >= 0, isUpper(byte) {
                let last = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                if isLower(last) || isDigit(last) || (isUpper(last) && nextIsLower) {
                    body(bytes[start..<index])
                    start = index
                }
            }
            if start < 0 { start = index }
        }
        if start >= 0 { body(bytes[start...]) }
    }

    private static func appendCapitalized(_ word: ArraySlice<UInt8>, to output: inout [UInt8]) {
        if isAcronym(word, droppingLast: 0) {
            // `ids` → `IDs`: the plural s stays lowercase.
            if word.count > 2, lowercase(word.last!) == UInt8(ascii: "s"), isAcronym(word, droppingLast: 1) {
                for byte in word.dropLast() { output.append(uppercase(byte)) }
                output.append(UInt8(ascii: "s"))
            } else {
                for byte in word { output.append(uppercase(byte)) }
            }
            return
        }
        let isAllUpper = word.allSatisfy { isUpper($0) || isDigit($0) }
        output.append(uppercase(word.first!))
        for byte in word.dropFirst() { output.append(isAllUpper ? lowercase(byte) : byte) }
    }

    /// Whether the word, less its last `dropped` bytes and ignoring case, is one of ``acronyms``.
    private static func isAcronym(_ word: ArraySlice<UInt8>, droppingLast dropped: Int) -> Bool {
        let length = word.count - dropped
        guard length >= 2 && length <= 5 else { return false }
        return acronymBytes.contains { acronym in
            acronym.count == length && zip(acronym, word).allSatisfy { $0 == lowercase($1) }
        }
    }

    private static let acronymBytes: [[UInt8]] = acronyms.sorted().map { Array($0.utf8) }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func lowercase(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }
    private static func uppercase(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 32 : byte }

    package static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(first >= 48 && first <= 57) else { return false }
        return name.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95 }
    }

    /// A type name, UpperCamelCase: a name that already is one (an identifier starting with a capital, no
    /// underscore) stays as written, others are rebuilt from their words (`account_link` → `AccountLink`).
    /// Never empty, never a keyword.
    ///
    /// Type names and member names (``memberName(_:fallback:)``) never coincide: the first letter of a type
    /// name is upper case and a member's lower case, also after a leading `_` and digits (`_1Password`,
    /// `_1password`), and a type name without letters ends in `_`. So no property, case or parameter can
    /// shadow a type that generated code names in an expression (`Repository.self`).
    package static func typeName(_ name: String) -> String {
        let isUpperCamel = isIdentifier(name) && name.utf8.first.map(isUpper) == true && !name.utf8.contains(95)
        var result = isUpperCamel ? name : upperCamel(name)
        if result.isEmpty { result = "Unnamed" }
        if let first = result.utf8.first, isDigit(first) {
            var bytes = Array(result.utf8)
            if let letter = bytes.firstIndex(where: { isUpper($0) || isLower($0) }) {
                bytes[letter] = uppercase(bytes[letter])
            } else {
                bytes.append(95)
            }
            result = "_" + String(decoding: bytes, as: UTF8.self)
        }
        if keywords.contains(result) || memberNamesToRename.contains(result) { result += "_" }
        return result
    }

    /// A property, case or method name, without backticks (see ``escaped(_:)``): lowerCamelCase, and its first
    /// letter lower case also after a leading `_` and digits (`_1password`).
    package static func memberName(_ name: String, fallback: String) -> String {
        var result = lowerCamel(name)
        if result.isEmpty { result = fallback }
        if let first = result.utf8.first, isDigit(first) {
            var bytes = Array(result.utf8)
            if let letter = bytes.firstIndex(where: { isUpper($0) || isLower($0) }) { bytes[letter] = lowercase(bytes[letter]) }
            result = "_" + String(decoding: bytes, as: UTF8.self)
        }
        if memberNamesToRename.contains(result) { result += "_" }
        return result
    }

    /// An argument label at a call site: keywords need no backticks there (the compiler warns about them),
    /// except `inout`.
    package static func callLabel(_ name: String) -> String {
        name == "inout" ? "`inout`" : name
    }

    /// Backticks for keywords used as identifiers (`default`, `repeat`, `public`).
    package static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`" + identifier + "`" : identifier
    }
}

/// Hands out unique names in one scope, deterministically: the first claimant keeps the name, later
/// ones get 2, 3, …
package struct NameScope {
    /// Names no one in this scope may take; shared, never copied per scope.
    private let reserved: Set<String>
    private var taken: Set<String> = []

    package init(reserved: Set<String> = []) {
        self.reserved = reserved
    }

    package mutating func claim(_ name: String) -> String {
        if !reserved.contains(name), taken.insert(name).inserted { return name }
        var suffix = 2
        while reserved.contains(name + String(suffix)) || !taken.insert(name + String(suffix)).inserted { suffix += 1 }
        return name + String(suffix)
    }
}
