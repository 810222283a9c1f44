import OpenAPI
import SchemaIR
import SwiftPlan
import Testing

/// Which properties are boxed for size: a field whose type would make every copy of its owner visit more
/// than ``InlineLayout/threshold`` reference-counted fields, and unions whose heavier cases together do.
@Suite struct InlineLayoutTests {
    static func strings(_ count: Int, indent: String) -> String {
        (1...count).map { "\(indent)f\($0): {type: string}" }.joined(separator: "\n")
    }

    static let spec = """
        openapi: 3.0.3
        info: {title: Layout, version: "1"}
        paths: {}
        components:
          schemas:
            Profile:
              type: object
              properties:
        \(strings(InlineLayout.threshold + 1, indent: "        "))
            Nine:
              type: object
              properties:
        \(strings(9, indent: "        "))
            Pair:
              type: object
              properties:
                a: {$ref: '#/components/schemas/Nine'}
                b: {$ref: '#/components/schemas/Nine'}
            Small:
              type: object
              properties:
                name: {type: string}
                count: {type: integer}
                created: {type: string, format: date-time}
            Holder:
              type: object
              required: [profile]
              properties:
                profile: {$ref: '#/components/schemas/Profile'}
                previous:
                  nullable: true
                  allOf: [{$ref: '#/components/schemas/Profile'}]
                small: {$ref: '#/components/schemas/Small'}
                pair: {$ref: '#/components/schemas/Pair'}
                nine: {$ref: '#/components/schemas/Nine'}
                profiles: {type: array, items: {$ref: '#/components/schemas/Profile'}}
                inline:
                  type: object
                  properties:
        \(strings(InlineLayout.threshold + 1, indent: "            "))
            Heavy:
              oneOf:
                - {$ref: '#/components/schemas/Nine'}
                - {$ref: '#/components/schemas/Pair'}
            Light:
              oneOf:
                - {type: string}
                - {type: integer}
                - {$ref: '#/components/schemas/Small'}
            Tree:
              type: object
              properties:
                label: {type: string}
                child: {$ref: '#/components/schemas/Tree'}
        """

    static func layout() throws -> (InlineLayout, IRDocument) {
        let document = try OpenAPIDocument.load(bytes: Array(spec.utf8), file: "layout.yaml")
        let ir = IRDocument(document)
        return (InlineLayout(ir: ir), ir)
    }

    @Test func largeFieldsAreBoxedAndSmallOnesStayInline() throws {
        let (layout, ir) = try Self.layout()
        let holder = try #require(layout.boxedFields[TypeID("Holder")])
        // Seventeen strings, required or optional, referenced or inline: boxed.
        #expect(holder.contains("profile"))
        #expect(holder.contains("previous"))
        #expect(holder.contains("inline"))
        // Two nine-string structs held by value weigh eighteen, though neither half is boxed inside `Pair`.
        #expect(holder.contains("pair"))
        #expect(layout.boxedFields[TypeID("Pair")] == nil)
        // Small enough, or already on the heap (an array's elements).
        #expect(!holder.contains("small"))
        #expect(!holder.contains("nine"))
        #expect(!holder.contains("profiles"))
        #expect(ir[TypeID("Holder")] != nil)
    }

    @Test func unionsBoxTheirCasesOnlyWhenTheHeavyCasesWeighMuch() throws {
        let (layout, _) = try Self.layout()
        #expect(layout.indirectUnions.contains(TypeID("Heavy")))
        #expect(!layout.indirectUnions.contains(TypeID("Light")))
    }

    /// Recursive fields are boxed by the recursion analysis, not counted again here.
    @Test func recursionIsLeftToTheRecursionAnalysis() throws {
        let (layout, ir) = try Self.layout()
        #expect(layout.boxedFields[TypeID("Tree")] == nil)
        guard case .object(let tree)? = ir[TypeID("Tree")]?.kind else { Issue.record("Tree is not an object"); return }
        #expect(tree.fields.first { $0.name == "child" }?.needsIndirection == true)
    }

    /// The generated property keeps its type whether or not it is boxed: boxing is storage, not API.
    @Test func boxedPropertiesKeepTheirPublicType() throws {
        let (_, ir) = try Self.layout()
        let plan = GenerationPlan(ir, options: GenerationOptions(moduleName: "Layout"))
        let holder = try #require(plan.objects[TypeID("Holder")])
        let profile = try #require(holder.member(named: "profile"))
        #expect(profile.isBoxed)
        #expect(profile.swiftType == "Profile")
        #expect(profile.value == "self._profileBox.value")
        let small = try #require(holder.member(named: "small"))
        #expect(!small.isBoxed)
        #expect(small.value == "self.small")
    }
}
