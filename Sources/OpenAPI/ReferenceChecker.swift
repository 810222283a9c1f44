import Diagnostics
import YAML

/// Checks every `$ref` once decoding is done: the target must exist and be of the expected kind, and
/// chains of references must end in a value rather than loop. Targets outside `#/components/<section>`
/// are found by walking the node tree and decoded once, here.
struct ReferenceChecker {
    let components: Components
    private(set) var targets: [String: IndirectTarget] = [:]
    private var checked = Set<String>()

    init(components: Components) {
        self.components = components
    }

    mutating func check(_ decoder: inout SpecDecoder) {
        // Decoding an indirect target can add references, so the list may grow while it is walked.
        var index = 0
        while index < decoder.pendingReferences.count {
            let pending = decoder.pendingReferences[index]
            index += 1
            let key = "\(pending.kind.section) \(pending.reference.ref)"
            guard checked.insert(key).inserted else { continue }
            locate(pending, decoder: &decoder)
        }
        var followed = Set<String>()
        for pending in decoder.pendingReferences where pending.kind == .schema || pending.kind == .parameter {
            guard followed.insert(pending.reference.ref).inserted else { continue }
            detectCycle(from: pending, decoder: &decoder)
        }
    }

    private mutating func locate(_ pending: PendingReference, decoder: inout SpecDecoder) {
        let reference = pending.reference
        let tokens = reference.tokens ?? []
        let kind = pending.kind
        func fail(_ message: String) {
            let saved = decoder.path
            decoder.path = pending.path
            decoder.diagnostics.append(Diagnostic(.error, message, file: decoder.file, mark: reference.mark, pointer: decoder.pointer))
            decoder.path = saved
        }
        let inRoot = reference.file == nil
        if inRoot, tokens.count == 3, tokens[0] == "components", tokens[1] == kind.section {
            if !exists(name: tokens[2], kind: kind) {
                fail("unresolvable reference '\(reference.ref)': there is no \(kind.noun) named '\(tokens[2])'")
            }
            return
        }
        guard let node = decoder.target(of: reference) else {
            let place = reference.file.map { "'\($0)'" } ?? "this document"
            fail("unresolvable reference '\(reference.ref)': nothing in \(place) at that pointer")
            return
        }
        // The target is decoded where it is written: references in it are relative to its file.
        let saved = (decoder.path, decoder.source)
        decoder.path = tokens
        decoder.source = reference.file
        defer { (decoder.path, decoder.source) = saved }
        if inRoot, tokens.count == 3, tokens[0] == "components" {
            // A component of another section where this kind is expected. Request bodies and responses are
            // both a description and content, so one serves as the other (documents do use a request body as
            // a response); it is read as what is expected, and refused if it does not read as one.
            let interchangeable: Set<String> = ["responses", "requestBodies"]
            guard interchangeable.contains(tokens[1]), interchangeable.contains(kind.section) else {
                fail("'\(reference.ref)' points into components/\(tokens[1]), but a \(kind.noun) is expected here")
                return
            }
            let before = decoder.diagnostics.count
            decode(node, as: kind, reference: reference, decoder: &decoder)
            if decoder.diagnostics[before...].contains(where: { $0.severity == .error }) {
                decoder.diagnostics.removeSubrange(before...)
                targets[reference.ref] = nil
                fail("'\(reference.ref)' points into components/\(tokens[1]), but a \(kind.noun) is expected here")
            } else {
                decoder.path = pending.path
                decoder.diagnostics.append(Diagnostic(
                    .warning, "'\(reference.ref)' points into components/\(tokens[1]) where a \(kind.noun) is expected; its fields serve, so it is read as one",
                    file: decoder.file, mark: reference.mark, pointer: decoder.pointer))
            }
            return
        }
        decode(node, as: kind, reference: reference, decoder: &decoder)
    }

    /// Decodes a reference's target node as the kind the reference expects, for lookups by pointer.
    private mutating func decode(_ node: Node, as kind: ReferenceKind, reference: Reference, decoder: inout SpecDecoder) {
        switch kind {
        case .schema: targets[reference.ref] = .schema(decoder.schemaOrReference(node))
        case .parameter: decoder.parameter(node).map { targets[reference.ref] = .parameter($0) }
        case .response: decoder.response(node).map { targets[reference.ref] = .response($0) }
        case .requestBody: decoder.requestBody(node).map { targets[reference.ref] = .requestBody($0) }
        case .header: decoder.header(node).map { targets[reference.ref] = .header($0) }
        case .example: decoder.example(node).map { targets[reference.ref] = .example($0) }
        case .securityScheme: decoder.securityScheme(node).map { targets[reference.ref] = .securityScheme($0) }
        }
    }

    private func exists(name: String, kind: ReferenceKind) -> Bool {
        switch kind {
        case .schema: return components.schemas[name] != nil
        case .parameter: return components.parameters[name] != nil
        case .response: return components.responses[name] != nil
        case .requestBody: return components.requestBodies[name] != nil
        case .header: return components.headers[name] != nil
        case .example: return components.examples[name] != nil
        case .securityScheme: return components.securitySchemes[name] != nil
        }
    }

    /// Follows `A → B → …` through references that point straight at references.
    private mutating func detectCycle(from pending: PendingReference, decoder: inout SpecDecoder) {
        var chain = [pending.reference.ref]
        var current = pending.reference
        while let next = nextReference(after: current, kind: pending.kind) {
            if chain.contains(next.ref) {
                let key = "cycle \(pending.kind.section) \(Set(chain).sorted())"
                guard checked.insert(key).inserted else { return }
                let saved = decoder.path
                decoder.path = pending.path
                let loop = (chain + [next.ref]).joined(separator: " → ")
                decoder.diagnostics.append(Diagnostic(.error, "reference cycle: \(loop)", file: decoder.file,
                                                      mark: pending.reference.mark, pointer: decoder.pointer))
                decoder.path = saved
                return
            }
            chain.append(next.ref)
            current = next
        }
    }

    private func nextReference(after reference: Reference, kind: ReferenceKind) -> Reference? {
        switch kind {
        case .schema:
            return Schema.target(of: reference, in: components, indirect: targets)?.reference
        case .parameter:
            return Parameter.target(of: reference, in: components, indirect: targets)?.reference
        default:
            return nil
        }
    }
}
