import ExampleVerifier
import Foundation
import IncidentIO
import OpenAPI
import SchemaIR
import Testing

/// Every `example` in openapi/ (schemas, properties, parameters, media types) decodes into its generated
/// type and re-encodes to the same JSON.
@Suite struct ExampleTests {
    static let ir: IRDocument = IRDocument(try! OpenAPIDocument.load(path: Paths.spec))

    @Test func theSpecHasManyExamples() {
        #expect(ExampleVerifier.examples(in: Self.ir).count > 100)
    }

    @Test func everyNamedTypeIsInTheTable() {
        let missing = Self.ir.types.map(\.id.rawValue).filter { generatedTypes[$0] == nil }
        #expect(missing.isEmpty, "add to generatedTypes: \(missing)")
    }

    @Test(arguments: ExampleVerifier.examples(in: ir))
    func exampleRoundTrips(_ example: ExampleVerifier.Example) throws {
        try ExampleVerifier.verify(example) { generatedTypes[$0] }
    }
}
