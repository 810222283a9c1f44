/// Applies path-level parameters to each operation of the path: an operation's own parameter with the
/// same name and location wins; the inherited ones come first, as they usually describe the path itself.
struct ParameterMerger {
    let components: Components
    let indirect: [String: IndirectTarget]

    func merge(_ items: [(PathItem, [Referenceable<Parameter>])]) -> [PathItem] {
        items.map { item, shared in
            guard !shared.isEmpty else { return item }
            var item = item
            for index in item.operations.indices {
                let own = Set(item.operations[index].parameters.compactMap(identity))
                let inherited = shared.filter { parameter in
                    guard let key = identity(parameter) else { return true }
                    return !own.contains(key)
                }
                item.operations[index].parameters = inherited + item.operations[index].parameters
            }
            return item
        }
    }

    private func identity(_ parameter: Referenceable<Parameter>) -> String? {
        var current = parameter
        for _ in 0..<64 {
            switch current {
            case .value(let value):
                return "\(value.location.rawValue) \(value.name)"
            case .reference(let reference):
                guard let next = Parameter.target(of: reference, in: components, indirect: indirect) else { return nil }
                current = next
            }
        }
        return nil
    }
}
