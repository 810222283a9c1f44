import Diagnostics
import OpenAPI
import SchemaIR
import SwiftPlan

/// Compares two versions of a spec through their IRs and the Swift names the generator gives them,
/// reporting each change once.
public struct SpecDiff {
    let old: Side
    let new: Side
    var changes: [SpecChange] = []

    /// One version: its document, IR, Swift names and where each IR construct sits in the source.
    struct Side {
        let document: OpenAPIDocument
        let ir: IRDocument
        let symbols: SwiftSymbols
        let types: [TypeID: NamedType]
        let operations: [String: IROperation]
        /// Types reachable from request bodies and parameters, and from responses.
        let requestTypes: Set<TypeID>
        let responseTypes: Set<TypeID>
        /// Pointers of inline types and their fields, found in one walk of the source.
        let pointers: [Mark: String]

        init(_ document: OpenAPIDocument, options: GenerationOptions) {
            self.document = document
            ir = IRDocument(document)
            symbols = SwiftSymbols(ir, options: options)
            var types: [TypeID: NamedType] = [:]
            for type in ir.types { types[type.id] = type }
            self.types = types
            var operations: [String: IROperation] = [:]
            for operation in ir.operations { operations[operation.key] = operation }
            self.operations = operations
            var requests: [TypeRef] = [], responses: [TypeRef] = []
            for operation in ir.operations {
                requests += operation.parameters.map(\.type) + (operation.requestBody?.contents.compactMap(\.type) ?? [])
                responses += operation.responses.flatMap { $0.contents.compactMap(\.type) }
            }
            // A webhook's payload is received like a response: removing what it carries breaks receivers.
            responses += ir.webhooks.map(\.payload)
            requestTypes = Self.reachable(from: requests, in: types)
            responseTypes = Self.reachable(from: responses, in: types)
            var marks = Set<Mark>()
            for type in ir.types where type.origin == .inline {
                marks.insert(type.mark)
                if case .object(let object) = type.kind { marks.formUnion(object.fields.map(\.mark)) }
            }
            pointers = document.pointers(for: marks)
        }

        static func reachable(from roots: [TypeRef], in types: [TypeID: NamedType]) -> Set<TypeID> {
            var seen = Set<TypeID>()
            var work = roots
            while let next = work.popLast() {
                switch next {
                case .named(let id):
                    guard seen.insert(id).inserted, let type = types[id] else { continue }
                    switch type.kind {
                    case .object(let object):
                        work += object.fields.map(\.type)
                        if case .typed(let value) = object.additionalProperties { work.append(value) }
                    case .union(let union): work += union.variants
                    case .alias(let target): work.append(target)
                    case .enumeration: break
                    }
                case .array(let element), .map(let element), .nullable(let element): work.append(element)
                default: break
                }
            }
            return seen
        }

        func pointer(of type: NamedType) -> String {
            if case .component(let name) = type.origin { return JSONPointer.render(["components", "schemas", name]) }
            return pointers[type.mark] ?? "#"
        }

        func pointer(of field: Field, in type: NamedType) -> String {
            if case .component(let name) = type.origin {
                return JSONPointer.render(["components", "schemas", name, "properties", field.name])
            }
            return pointers[field.mark] ?? pointer(of: type)
        }
    }

    /// Compares `old` with `new`; `options` decide the Swift names (module, client name), as when generating.
    public static func compare(old: OpenAPIDocument, new: OpenAPIDocument, options: GenerationOptions) -> [SpecChange] {
        var diff = SpecDiff(old: Side(old, options: options), new: Side(new, options: options))
        diff.compareOperations()
        diff.compareTypes()
        diff.compareWebhooks()
        // Deterministic: by severity, then pointer, then message.
        return diff.changes.sorted {
            ($0.severity, $0.oldPointer ?? $0.newPointer ?? "", $0.message) < ($1.severity, $1.oldPointer ?? $1.newPointer ?? "", $1.message)
        }
    }

    mutating func record(_ severity: SpecChange.Severity, _ kind: String, _ message: String,
                                 old: String?, new: String?, symbol: String?) {
        changes.append(SpecChange(severity: severity, kind: kind, message: message, oldPointer: old, newPointer: new, symbol: symbol))
    }
}
