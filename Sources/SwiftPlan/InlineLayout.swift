import SchemaIR

/// Which model properties live in a heap box because of their size, and which unions box their cases.
///
/// A struct that holds other structs by value, several levels deep, has value witnesses (copy, assign,
/// destroy) and outlined copies that visit every reference-counted field of the whole tree. On documents
/// whose messages nest large objects (Discord's `MessageResponse` holds its referenced message, its
/// author, its interaction…) those functions were the largest symbols of the module and most of the
/// optimiser's time. Holding such a property in a box makes it one reference to copy, as recursive fields
/// already are; the cost is one allocation when the value is decoded or set.
///
/// Weights count the reference-counted fields a copy of a value visits, after the boxing decided here.
package struct InlineLayout: Sendable {
    /// A property whose type weighs more than this is boxed; a union whose cases together weigh more is
    /// `indirect`. Chosen by measurement (BENCHMARKS.md, "Boxing large nested values").
    package static let threshold = 16

    /// Per object type, the wire names of the fields boxed for size (recursive fields are boxed anyway).
    package let boxedFields: [TypeID: Set<String>]
    /// Unions whose cases are boxed for size.
    package let indirectUnions: Set<TypeID>

    package init(ir: IRDocument, threshold: Int = InlineLayout.threshold) {
        var weights: [TypeID: Int] = [:]
        var boxedFields: [TypeID: Set<String>] = [:]
        var indirectUnions: Set<TypeID> = []

        func weight(of type: TypeRef) -> Int {
            switch type {
            case .string(.dateTime), .integer, .number, .boolean: return 0
            case .string, .array, .map, .any: return 1
            case .nullable(let wrapped): return weight(of: wrapped)
            // A type still being weighed is on a cycle the recursion analysis boxed: it costs one reference.
            case .named(let id): return weights[id] ?? 1
            }
        }
        func namedTarget(_ type: TypeRef) -> TypeID? {
            switch type {
            case .named(let id): return id
            case .nullable(let wrapped): return namedTarget(wrapped)
            default: return nil
            }
        }
        func inlineTargets(of type: NamedType) -> [TypeID] {
            switch type.kind {
            case .object(let object):
                var targets = object.fields.filter { !$0.needsIndirection }.compactMap { namedTarget($0.type) }
                if let variants = object.variants, let id = namedTarget(variants) { targets.append(id) }
                return targets
            case .union(let union):
                return type.isRecursive ? [] : union.variants.compactMap(namedTarget)
            case .alias(let target):
                return namedTarget(target).map { [$0] } ?? []
            case .enumeration:
                return []
            }
        }
        func settle(_ type: NamedType) -> Int {
            switch type.kind {
            case .object(let object):
                var total = 0
                for field in object.fields {
                    if field.needsIndirection { total += 1; continue }
                    let fieldWeight = weight(of: field.type)
                    if fieldWeight > threshold, namedTarget(field.type) != nil {
                        boxedFields[type.id, default: []].insert(field.name)
                        total += 1
                    } else {
                        total += fieldWeight
                    }
                }
                if case .typed = object.additionalProperties { total += 1 }
                if let variants = object.variants { total += weight(of: variants) }
                return total
            case .union(let union):
                if type.isRecursive { return 1 }
                // The catch-all case holds a JSON value. Cases of one reference each (strings, enums) copy
                // cheaply however many there are: only the heavier cases count toward boxing.
                let variantWeights = union.variants.map(weight(of:))
                let total = variantWeights.reduce(1, +)
                guard variantWeights.filter({ $0 > 1 }).reduce(0, +) > threshold else { return total }
                indirectUnions.insert(type.id)
                return 1
            case .alias(let target):
                return weight(of: target)
            case .enumeration:
                return 1
            }
        }

        // Post-order over the "holds by value" graph, iteratively: chains of inline schemas can be deep.
        var visiting: Set<TypeID> = []
        for root in ir.types where weights[root.id] == nil {
            var stack: [(type: NamedType, next: Int, targets: [TypeID])] = [(root, 0, inlineTargets(of: root))]
            visiting.insert(root.id)
            while let top = stack.last {
                if top.next < top.targets.count {
                    stack[stack.count - 1].next += 1
                    let target = top.targets[top.next]
                    guard weights[target] == nil, !visiting.contains(target), let next = ir[target] else { continue }
                    visiting.insert(target)
                    stack.append((next, 0, inlineTargets(of: next)))
                    continue
                }
                stack.removeLast()
                weights[top.type.id] = settle(top.type)
                visiting.remove(top.type.id)
            }
        }
        self.boxedFields = boxedFields
        self.indirectUnions = indirectUnions
    }
}
