import SchemaIR

extension SpecDiff {
    mutating func compareOperations() {
        let newByRoute = Dictionary(new.ir.operations.map { ("\($0.method.rawValue) \($0.path)", $0) }) { first, _ in first }
        var matchedNew = Set<String>()
        for operation in old.ir.operations {
            let symbol = old.symbols.operations[operation.key]
            var counterpart = new.operations[operation.key]
            if counterpart == nil, let sameRoute = newByRoute["\(operation.method.rawValue) \(operation.path)"],
               old.operations[sameRoute.key] == nil {
                // Same method and path under another operationId: the question is whether the Swift name moved.
                let newSymbol = new.symbols.operations[sameRoute.key]
                // Same method name is what keeps call sites compiling; parameter changes are reported on their own.
                let stable = newSymbol.map(Self.baseName) == symbol.map(Self.baseName)
                record(stable ? .nonBreaking : .breaking, "operation-id-changed",
                       "operationId '\(operation.key)' became '\(sameRoute.key)'" + (stable ? "; the Swift method keeps its name" : "; the Swift method is now \(newSymbol.map(Self.baseName) ?? "?")"),
                       old: operation.pointer, new: sameRoute.pointer, symbol: symbol)
                counterpart = sameRoute
            }
            guard let updated = counterpart else {
                record(.breaking, "operation-removed", "operation '\(operation.key)' (\(operation.method.token) \(operation.path)) was removed",
                       old: operation.pointer, new: nil, symbol: symbol)
                continue
            }
            matchedNew.insert(updated.key)
            compare(operation, updated)
        }
        for operation in new.ir.operations where !matchedNew.contains(operation.key) && old.operations[operation.key] == nil {
            record(.nonBreaking, "operation-added", "operation '\(operation.key)' (\(operation.method.token) \(operation.path)) was added",
                   old: nil, new: operation.pointer, symbol: new.symbols.operations[operation.key])
        }
    }

    private mutating func compare(_ old: IROperation, _ new: IROperation) {
        let symbol = self.new.symbols.operations[new.key]
        if old.method != new.method || old.path != new.path {
            record(.breaking, "operation-route-changed",
                   "'\(old.key)' moved from \(old.method.token) \(old.path) to \(new.method.token) \(new.path)",
                   old: old.pointer, new: new.pointer, symbol: symbol)
        }
        let oldSymbol = self.old.symbols.operations[old.key]
        if old.key == new.key, oldSymbol.map(Self.baseName) != symbol.map(Self.baseName) {
            record(.breaking, "swift-name-changed", "the Swift method changed from \(oldSymbol ?? "?") to \(symbol ?? "?")",
                   old: old.pointer, new: new.pointer, symbol: symbol)
        }
        compareParameters(old, new, symbol: symbol)
        let oldBody = old.requestBody?.jsonType, newBody = new.requestBody?.jsonType
        if let oldBody, let newBody, !sameType(oldBody, newBody) {
            record(.breaking, "request-body-type-changed", "the request body of '\(new.key)' changed type",
                   old: old.pointer + "/requestBody", new: new.pointer + "/requestBody", symbol: symbol)
        } else if oldBody == nil, newBody != nil, new.requestBody?.required == true {
            record(.breaking, "request-body-added", "'\(new.key)' now requires a request body",
                   old: old.pointer, new: new.pointer + "/requestBody", symbol: symbol)
        }
        let oldSuccess = old.successType, newSuccess = new.successType
        if let oldSuccess, let newSuccess, !sameType(oldSuccess, newSuccess) {
            record(.breaking, "response-type-changed", "the success response of '\(new.key)' changed type",
                   old: old.pointer + "/responses", new: new.pointer + "/responses", symbol: symbol)
        }
        if old.documentation.description != new.documentation.description || old.summary != new.summary {
            record(.cosmetic, "description-changed", "the description of '\(new.key)' changed",
                   old: old.pointer, new: new.pointer, symbol: symbol)
        }
    }

    private mutating func compareParameters(_ old: IROperation, _ new: IROperation, symbol: String?) {
        func key(_ parameter: IRParameter) -> String { parameter.name }
        let newByName = Dictionary(new.parameters.map { (key($0), $0) }) { first, _ in first }
        let oldByName = Dictionary(old.parameters.map { (key($0), $0) }) { first, _ in first }
        for (index, parameter) in old.parameters.enumerated() {
            let oldPointer = old.pointer + "/parameters/\(index)"
            guard let updated = newByName[key(parameter)] else {
                record(.breaking, "parameter-removed", "parameter '\(parameter.name)' of '\(new.key)' was removed",
                       old: oldPointer, new: nil, symbol: symbol)
                continue
            }
            let newPointer = new.pointer + "/parameters/\(new.parameters.firstIndex { $0.name == updated.name } ?? 0)"
            if parameter.location != updated.location {
                record(.breaking, "parameter-location-changed",
                       "parameter '\(parameter.name)' of '\(new.key)' moved from \(parameter.location.rawValue) to \(updated.location.rawValue)",
                       old: oldPointer, new: newPointer, symbol: symbol)
            }
            if !sameType(parameter.type, updated.type) {
                record(.breaking, "parameter-type-changed", "parameter '\(parameter.name)' of '\(new.key)' changed type",
                       old: oldPointer, new: newPointer, symbol: symbol)
            }
            if !parameter.required && updated.required {
                record(.breaking, "parameter-made-required", "parameter '\(parameter.name)' of '\(new.key)' became required",
                       old: oldPointer, new: newPointer, symbol: symbol)
            }
        }
        for (index, parameter) in new.parameters.enumerated() where oldByName[key(parameter)] == nil {
            let required = parameter.required
            record(required ? .breaking : .nonBreaking, required ? "required-parameter-added" : "optional-parameter-added",
                   "\(required ? "required" : "optional") parameter '\(parameter.name)' was added to '\(new.key)'",
                   old: nil, new: new.pointer + "/parameters/\(index)", symbol: symbol)
        }
    }

    /// Types compare by how Swift spells them: a named type's own changes are reported where that type
    /// is compared, once, and an inline type whose spec location moved but whose Swift name did not is
    /// the same type to a caller.
    func sameType(_ lhs: TypeRef, _ rhs: TypeRef) -> Bool {
        old.symbols.spelling(of: lhs) == new.symbols.spelling(of: rhs)
    }

    /// `FollowUpsV2Client.list(incidentID:)` → `FollowUpsV2Client.list`.
    static func baseName(_ symbol: String) -> String {
        symbol.split(separator: "(", maxSplits: 1).first.map(String.init) ?? symbol
    }
}
