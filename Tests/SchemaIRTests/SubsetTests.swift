import Foundation
import OpenAPI
import SchemaIR
import Testing

/// `--include-tag`, `--include-operation` and their excludes: only the chosen operations, and every type
/// they reach (transitively) and nothing else.
@Suite struct SubsetTests {
    static func features() throws -> IRDocument {
        IRDocument(try OpenAPIDocument.load(path: Paths.repository + "/Tests/Fixtures/features.yaml"))
    }

    @Test func includingATagKeepsItsOperationsAndWhatTheyReach() throws {
        let ir = try Self.features().restricted(to: OperationSubset(includeTags: ["Legacy"]))
        #expect(ir.operations.map(\.key) == ["Legacy#ListGadgets"])
        #expect(Set(ir.types.map(\.id.rawValue)) == ["Gadget", "Legacy#ListGadgets/response200"])
    }

    @Test func includedOperationsAddToIncludedTags() throws {
        let ir = try Self.features().restricted(to: OperationSubset(includeTags: ["Legacy"], includeOperations: ["Widgets#Show"]))
        #expect(ir.operations.map(\.key).sorted() == ["Legacy#ListGadgets", "Widgets#Show"])
        // Widget reaches its color enum and the (deprecated) Gadget: transitively kept, as are the error bodies
        // Widgets#Show documents.
        #expect(Set(ir.types.map(\.id.rawValue)) == ["Gadget", "Legacy#ListGadgets/response200", "Widget", "WidgetColor", "WidgetResult",
                                                     "WidgetNotFound", "PaymentStyleError", "PaymentStyleError/error", "PaymentStyleError/error/type"])
    }

    @Test func excludesWin() throws {
        let ir = try Self.features().restricted(to: OperationSubset(excludeTags: ["Legacy"], excludeOperations: ["Widgets#Create"]))
        #expect(ir.operations.map(\.key) == ["Widgets#List", "Widgets#Show", "Widgets#Update", "Widgets#ListParts", "Widgets#Export", "Widgets#Status"])
        let ids = Set(ir.types.map(\.id.rawValue))
        #expect(!ids.contains("WidgetsCreatePayload") && !ids.contains("Legacy#ListGadgets/response200"))
        #expect(ids.contains("WidgetsUpdatePayload") && ids.contains("PaginationMeta"))
    }

    @Test func namesTheDocumentLacksAreReported() throws {
        let subset = OperationSubset(includeTags: ["Widgets", "Widget"], excludeOperations: ["Widgets#Nope"])
        #expect(subset.unmatchedNames(in: try Self.features()) == ["tag 'Widget'", "operation 'Widgets#Nope'"])
    }

    @Test func theWholeIncidentAPICutToOneTag() throws {
        let whole = IRDocument(try OpenAPIDocument.load(path: RealSpecTests.yamlPath))
        let ir = whole.restricted(to: OperationSubset(includeTags: ["Follow-ups V2"], includeOperations: ["Actions V2#Create"]))
        #expect(ir.operations.count == 7)
        #expect(ir.types.count < whole.types.count / 20)
        // Closed under reference: every type a kept type mentions is kept.
        let kept = Set(ir.types.map(\.id))
        #expect(ir.reachableTypes(from: ir.types.map { TypeRef.named($0.id) }).isSubset(of: kept))
    }
}
