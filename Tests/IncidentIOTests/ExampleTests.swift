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

@Suite struct NullableExampleTests {
    @Test func aNullExampleOfANullableFieldIsValid() throws {
        let text = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    note: {type: string, nullable: true, example: null}
                    name: {type: string, example: null}
            """
        let ir = IRDocument(try OpenAPIDocument.load(bytes: Array(text.utf8), file: "t.yaml"))
        var outcomes: [String: Bool] = [:]
        for example in ExampleVerifier.examples(in: ir) {
            do {
                try ExampleVerifier.verify(example) { _ in nil }
                outcomes[example.location] = true
            } catch {
                outcomes[example.location] = false
            }
        }
        // `null` suits the nullable field; the field that is not nullable still refuses it.
        #expect(outcomes == ["Thing.note": true, "Thing.name": false])
    }
}
