/// Strongly connected components of the "contains directly" graph between named types (fields, union
/// variants and aliases, not array or map elements, which already live on the heap).
struct RecursionAnalysis {
    let types: [NamedType]
    let index: [TypeID: Int]

    static func directTargets(of type: NamedType) -> [TypeID] {
        switch type.kind {
        case .object(let object):
            var targets = object.fields.compactMap { field -> TypeID? in if case .named(let id) = field.type { return id } else { return nil } }
            if case .named(let id)? = object.variants { targets.append(id) }
            return targets
        case .union(let union):
            return union.variants.compactMap { variant in
                switch variant {
                case .named(let id), .nullable(.named(let id)): return id
                default: return nil
                }
            }
        case .alias(.named(let id)):
            return [id]
        case .alias, .enumeration:
            return []
        }
    }

    /// Component number per type, by an iterative Tarjan walk (no recursion, so deep graphs are safe).
    func stronglyConnectedComponents() -> [TypeID: Int] {
        let count = types.count
        let edges: [[Int]] = types.map { type in Self.directTargets(of: type).compactMap { index[$0] } }
        var order = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var component = [Int](repeating: -1, count: count)
        var nextOrder = 0
        var nextComponent = 0

        for start in 0..<count where order[start] == -1 {
            var work: [(node: Int, edge: Int)] = [(start, 0)]
            order[start] = nextOrder; low[start] = nextOrder; nextOrder += 1
            stack.append(start); onStack[start] = true
            while let (node, edge) = work.last {
                if edge < edges[node].count {
                    work[work.count - 1].edge += 1
                    let target = edges[node][edge]
                    if order[target] == -1 {
                        order[target] = nextOrder; low[target] = nextOrder; nextOrder += 1
                        stack.append(target); onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], order[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                if low[node] == order[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = nextComponent
                        if member == node { break }
                    }
                    nextComponent += 1
                }
            }
        }
        var result: [TypeID: Int] = [:]
        for (position, type) in types.enumerated() { result[type.id] = component[position] }
        return result
    }
}
