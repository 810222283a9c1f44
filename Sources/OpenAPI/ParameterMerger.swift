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
                let next = reference.componentName(in: Parameter.section).flatMap { components.parameters[$0] }
                    ?? indirect[reference.ref].flatMap(Parameter.extract)
                guard let next else { return nil }
                current = next
            }
        }
        return nil
    }
}
