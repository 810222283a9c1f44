import Foundation

/// The `Link` response header (RFC 8288), as APIs that page by it write it:
/// `<https://api.example.com/items?page=3>; rel="next", <…?page=1>; rel="first"`.
enum LinkHeader {
    /// The target of the first link whose relation types include `relation`, from every `Link` field.
    static func target(rel relation: String, in headers: [(name: String, value: String)]) -> String? {
        for field in headers where HeaderFields.matches(field.name, "Link") {
            for link in links(in: field.value) where link.relations.contains(relation.lowercased()) {
                return link.target
            }
        }
        return nil
    }

    /// Each `<target>; params` of one field value; commas inside `<…>` or quotes do not split links.
    static func links(in value: String) -> [(target: String, relations: Set<String>)] {
        var links: [(String, Set<String>)] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let target = String(rest[rest.index(after: open)..<close])
            // The parameters run to the next comma outside quotes.
            var index = rest.index(after: close)
            var quoted = false
            while index < rest.endIndex, quoted || rest[index] != "," {
                if rest[index] == "\"" { quoted.toggle() }
                index = rest.index(after: index)
            }
            var relations = Set<String>()
            for parameter in rest[rest.index(after: close)..<index].split(separator: ";") {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, pair[0].lowercased() == "rel" else { continue }
                let names = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                relations.formUnion(names.split(separator: " ").map { $0.lowercased() })
            }
            links.append((target, relations))
            rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
        }
        return links
    }
}

extension APIResponse {
    /// The next page's URL from the `Link` header (`rel="next"`), if the response has one.
    public var nextLink: String? { LinkHeader.target(rel: "next", in: headers) }
}
