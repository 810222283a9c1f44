import SchemaIR

extension SpecDiff {
    mutating func compareTypes() {
        // An inline type's IR ID follows its place in the spec (an operationId, say); its Swift name
        // may not move with it, and then it is the same type to a caller.
        var newBySwiftName: [String: NamedType] = [:]
        for type in new.ir.types {
            if let name = new.symbols.types[type.id] { newBySwiftName[name] = type }
        }
        var matched = Set<TypeID>()
        for type in old.ir.types {
            let sameSwiftName = type.origin == .inline ? old.symbols.types[type.id].flatMap { newBySwiftName[$0] } : nil
            guard let updated = new.types[type.id] ?? sameSwiftName else {
                if case .component(let name) = type.origin {
                    record(.breaking, "schema-removed", "schema '\(name)' was removed (or renamed)",
                           old: old.pointer(of: type), new: nil, symbol: old.symbols.types[type.id])
                }
                continue
            }
            let oldName = old.symbols.types[type.id], newName = new.symbols.types[updated.id]
            if oldName != newName {
                record(.breaking, "swift-name-changed", "the Swift type \(oldName ?? "?") is now \(newName ?? "?")",
                       old: old.pointer(of: type), new: new.pointer(of: updated), symbol: newName)
            }
            matched.insert(updated.id)
            compare(type, updated)
        }
        for type in new.ir.types where old.types[type.id] == nil && !matched.contains(type.id) {
            if case .component(let name) = type.origin {
                record(.nonBreaking, "schema-added", "schema '\(name)' was added",
                       old: nil, new: new.pointer(of: type), symbol: new.symbols.types[type.id])
            }
        }
    }

    private mutating func compare(_ old: NamedType, _ new: NamedType) {
        let symbol = self.new.symbols.types[new.id] ?? new.id.rawValue
        let oldPointer = self.old.pointer(of: old), newPointer = self.new.pointer(of: new)
        switch (old.kind, new.kind) {
        case (.object(let before), .object(let after)):
            compareFields(before, after, old: old, new: new, symbol: symbol)
        case (.enumeration(let before), .enumeration(let after)):
            let added = after.cases.map(\.rawValue).filter { value in !before.cases.contains { $0.rawValue == value } }
            let removed = before.cases.map(\.rawValue).filter { value in !after.cases.contains { $0.rawValue == value } }
            for value in removed {
                let caseName = self.old.symbols.enumCases[old.id]?[value].map { "." + $0 } ?? ""
                record(.breaking, "enum-value-removed",
                       "enum value '\(value)' was removed from \(symbol): code that sends or switches on \(symbol)\(caseName) breaks",
                       old: oldPointer, new: newPointer, symbol: symbol + caseName)
            }
            for value in added {
                let caseName = self.new.symbols.enumCases[new.id]?[value].map { "." + $0 } ?? ""
                record(.nonBreaking, "enum-value-added",
                       "enum value '\(value)' was added to \(symbol); safe for existing clients, which decoded it as .unknown(\"\(value)\") until now",
                       old: oldPointer, new: newPointer, symbol: symbol + caseName)
            }
        case (.union(let before), .union(let after)):
            if before.variants != after.variants {
                record(.breaking, "union-changed", "the variants of \(symbol) changed", old: oldPointer, new: newPointer, symbol: symbol)
            }
        case (.alias(let before), .alias(let after)):
            if before != after {
                record(.breaking, "type-changed", "\(symbol) now stands for another type", old: oldPointer, new: newPointer, symbol: symbol)
            }
        default:
            record(.breaking, "type-changed", "\(symbol) changed kind (object, enum, union or alias)",
                   old: oldPointer, new: newPointer, symbol: symbol)
        }
        if old.documentation.description != new.documentation.description {
            record(.cosmetic, "description-changed", "the description of \(symbol) changed", old: oldPointer, new: newPointer, symbol: symbol)
        }
        if Self.exampleText(old.example) != Self.exampleText(new.example) {
            record(.cosmetic, "example-changed", "the example of \(symbol) changed", old: oldPointer, new: newPointer, symbol: symbol)
        }
    }

    private mutating func compareFields(_ before: ObjectType, _ after: ObjectType, old: NamedType, new: NamedType, symbol: String) {
        let inRequests = self.old.requestTypes.contains(old.id) || self.new.requestTypes.contains(new.id)
        let inResponses = self.old.responseTypes.contains(old.id) || self.new.responseTypes.contains(new.id)
        let afterByName = Dictionary(after.fields.map { ($0.name, $0) }) { first, _ in first }
        for field in before.fields {
            let property = symbol + "." + (self.old.symbols.properties[old.id]?[field.name] ?? field.name)
            let oldPointer = self.old.pointer(of: field, in: old)
            guard let updated = afterByName[field.name] else {
                record(.breaking, "property-removed", "property '\(field.name)' was removed from \(symbol)",
                       old: oldPointer, new: nil, symbol: property)
                continue
            }
            let newPointer = self.new.pointer(of: updated, in: new)
            let newProperty = symbol + "." + (self.new.symbols.properties[new.id]?[updated.name] ?? updated.name)
            if property != newProperty {
                record(.breaking, "swift-name-changed", "the Swift property \(property) is now \(newProperty)",
                       old: oldPointer, new: newPointer, symbol: newProperty)
            }
            if !sameType(field.type, updated.type) {
                record(.breaking, "property-type-changed", "property '\(field.name)' of \(symbol) changed type",
                       old: oldPointer, new: newPointer, symbol: newProperty)
            }
            let wasOptional = !field.required || field.nullable, isOptional = !updated.required || updated.nullable
            if !wasOptional && isOptional {
                // A response value that may now be missing is a Swift type change (T → T?).
                record(inResponses ? .breaking : .nonBreaking, "property-made-optional",
                       "property '\(field.name)' of \(symbol) became optional" + (inResponses ? " (its Swift type is now optional)" : ""),
                       old: oldPointer, new: newPointer, symbol: newProperty)
            } else if wasOptional && !isOptional {
                record(.breaking, "property-made-required",
                       "property '\(field.name)' of \(symbol) became required" + (inRequests ? "; requests must now send it" : " (its Swift type is no longer optional)"),
                       old: oldPointer, new: newPointer, symbol: newProperty)
            }
            if field.documentation.description != updated.documentation.description {
                record(.cosmetic, "description-changed", "the description of \(newProperty) changed",
                       old: oldPointer, new: newPointer, symbol: newProperty)
            }
            if Self.exampleText(field.example) != Self.exampleText(updated.example) {
                record(.cosmetic, "example-changed", "the example of \(newProperty) changed",
                       old: oldPointer, new: newPointer, symbol: newProperty)
            }
        }
        let beforeNames = Set(before.fields.map(\.name))
        for field in after.fields where !beforeNames.contains(field.name) {
            let property = symbol + "." + (self.new.symbols.properties[new.id]?[field.name] ?? field.name)
            let required = field.required && !field.nullable
            let breaking = required && inRequests
            record(breaking ? .breaking : .nonBreaking, breaking ? "required-property-added" : "property-added",
                   "\(required ? "required" : "optional") property '\(field.name)' was added to \(symbol)" + (breaking ? "; requests must now send it" : ""),
                   old: nil, new: self.new.pointer(of: field, in: new), symbol: property)
        }
    }
}

extension SpecDiff {
    /// Examples compare as JSON, so YAML and JSON spellings of one example are equal.
    static func exampleText(_ example: IRExample?) -> String? {
        example?.jsonText
    }
}
