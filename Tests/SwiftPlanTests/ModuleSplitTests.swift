import OpenAPI
import SchemaIR
import SwiftPlan
import Testing

/// Which module declares each type in the modules layout, and what each file imports: a type one tag's
/// operations reach lives in that tag's module, one several reach in the shared module, and a type no
/// operation reaches lives with what it refers to.
@Suite struct ModuleSplitTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Split, version: "1"}
        paths:
          /pets:
            get:
              tags: [Pets]
              operationId: listPets
              responses:
                "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/PetList'}}}}
                default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
          /owners:
            get:
              tags: [Owners]
              operationId: listOwners
              responses:
                "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Owner'}}}}
                default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
          /health:
            get:
              operationId: health
              responses:
                "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Health'}}}}
        components:
          schemas:
            PetList:
              type: object
              properties:
                pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            Pet:
              type: object
              properties:
                name: {type: string}
                tag: {$ref: '#/components/schemas/Label'}
                kind: {type: string, enum: [cat, dog]}
            Owner:
              type: object
              properties:
                label: {$ref: '#/components/schemas/Label'}
            Label: {type: string}
            Problem:
              type: object
              properties:
                detail: {type: string}
            Health:
              type: object
              properties:
                ok: {type: boolean}
            PetAdopted:
              type: object
              properties:
                pet: {$ref: '#/components/schemas/Pet'}
            AuditEntry:
              type: object
              properties:
                label: {$ref: '#/components/schemas/Label'}
            Summary:
              type: object
              properties:
                pet: {$ref: '#/components/schemas/Pet'}
                owner: {$ref: '#/components/schemas/Owner'}
            Digest:
              type: object
              properties:
                entry: {$ref: '#/components/schemas/AuditEntry'}
                pet: {$ref: '#/components/schemas/Pet'}
        """

    static func plan() throws -> GenerationPlan {
        let document = try OpenAPIDocument.load(bytes: Array(spec.utf8), file: "split.yaml")
        return GenerationPlan(IRDocument(document), options: GenerationOptions(moduleName: "Zoo", layout: .modules))
    }

    @Test func typesLiveInTheModuleOfTheTagsThatReachThem() throws {
        let split = try #require(try Self.plan().split)
        func module(_ name: String) -> String? { split.moduleOf[TypeID(name)] }
        // The untagged `/health` is grouped by its path, as the root client's property `health`.
        #expect(split.tagModules == ["Pets": "ZooPets", "Owners": "ZooOwners", "health": "ZooHealth"])
        // One tag's: with its client; nested types with the type they are nested in.
        #expect(module("PetList") == "ZooPets")
        #expect(module("Pet") == "ZooPets")
        #expect(module("Pet/kind") == "ZooPets")
        #expect(module("Owner") == "ZooOwners")
        // Several tags' (the error body every operation documents included).
        #expect(module("Label") == "ZooShared")
        #expect(module("Problem") == "ZooShared")
        #expect(module("Health") == "ZooHealth")
        // No operation's: with the one tag they reach, else `Other` when they reach only shared types,
        // else the root, which imports every module.
        #expect(module("PetAdopted") == "ZooPets")
        #expect(module("AuditEntry") == "ZooOther")
        #expect(module("Summary") == "Zoo")
        // A tag's types and one of `Other`: only the root imports both.
        #expect(module("Digest") == "Zoo")
    }

    @Test func filesLiveInTheirModulesFolderAndImportWhatTheyName() throws {
        let plan = try Self.plan()
        let byName = Dictionary(uniqueKeysWithValues: plan.files.flatMap(\.pieces).map { ($0.name, $0) })
        let petsClient = try #require(byName["ZooPets/PetsClient.swift"])
        #expect(petsClient.module == "ZooPets")
        // `Problem` appears only in the method bodies (`request.errorBodies`).
        #expect(petsClient.uses.seen(from: "ZooPets").modules.isEmpty)
        #expect(petsClient.uses.seen(from: "ZooPets").bodyModules == ["ZooShared"])
        let petModels = try #require(plan.files.flatMap(\.pieces).first { $0.name.hasPrefix("ZooPets/") && $0.name != "ZooPets/PetsClient.swift" })
        #expect(petModels.uses.seen(from: "ZooPets").modules == ["ZooShared"])
        let root = try #require(byName["Zoo/ZooClient.swift"])
        #expect(root.uses.seen(from: "Zoo").modules == ["ZooHealth", "ZooOwners", "ZooPets"])
        guard case .exports(let exported)? = byName["Zoo/Exports.swift"]?.part else {
            Issue.record("no re-exports in the root module")
            return
        }
        #expect(exported == ["ZooHealth", "ZooOther", "ZooOwners", "ZooPets", "ZooShared"])
    }

    /// Module names are taken before type names: a schema named like a module gets another name.
    @Test func aSchemaNamedLikeAModuleIsRenamed() throws {
        let renamed = Self.spec.replacingOccurrences(of: "    AuditEntry:", with: "    ZooPets:")
            .replacingOccurrences(of: "schemas/AuditEntry'", with: "schemas/ZooPets'")
        let document = try OpenAPIDocument.load(bytes: Array(renamed.utf8), file: "split.yaml")
        let plan = GenerationPlan(IRDocument(document), options: GenerationOptions(moduleName: "Zoo", layout: .modules))
        #expect(plan.names.qualified[TypeID("ZooPets")] == "ZooPets2")
    }
}
