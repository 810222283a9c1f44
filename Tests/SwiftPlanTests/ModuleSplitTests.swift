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

    /// - Parameter minimumLines: 0 gives every tag, and every set of tags' shared models, a module.
    static func plan(_ spec: String = spec, minimumLines: Int = 0) throws -> GenerationPlan {
        let document = try OpenAPIDocument.load(bytes: Array(spec.utf8), file: "split.yaml")
        return GenerationPlan(IRDocument(document), options: GenerationOptions(moduleName: "Zoo", layout: .modules,
                                                                               minimumModuleLines: minimumLines))
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
        // Several tags' (the error body every operation documents included): with no minimum size, in the
        // module of the tags that share them.
        #expect(module("Label") == "ZooSharedPetsOwners")
        #expect(module("Problem") == "ZooSharedPetsOwners")
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
        #expect(petsClient.uses.seen(from: "ZooPets").bodyModules == ["ZooSharedPetsOwners"])
        let petModels = try #require(plan.files.flatMap(\.pieces).first { $0.name.hasPrefix("ZooPets/") && $0.name != "ZooPets/PetsClient.swift" })
        #expect(petModels.uses.seen(from: "ZooPets").modules == ["ZooSharedPetsOwners"])
        let root = try #require(byName["Zoo/ZooClient.swift"])
        #expect(root.uses.seen(from: "Zoo").modules == ["ZooHealth", "ZooOwners", "ZooPets"])
        guard case .exports(let exported)? = byName["Zoo/Exports.swift"]?.part else {
            Issue.record("no re-exports in the root module")
            return
        }
        #expect(exported == ["ZooHealth", "ZooOther", "ZooOwners", "ZooPets", "ZooSharedPetsOwners"])
    }

    /// Module names are taken before type names: a schema named like a module gets another name.
    @Test func aSchemaNamedLikeAModuleIsRenamed() throws {
        let renamed = Self.spec.replacingOccurrences(of: "    AuditEntry:", with: "    ZooPets:")
            .replacingOccurrences(of: "schemas/AuditEntry'", with: "schemas/ZooPets'")
        let plan = try Self.plan(renamed)
        #expect(plan.names.qualified[TypeID("ZooPets")] == "ZooPets2")
    }

    /// Five tags of a clinic. By ``ModelFiles``' estimate (40 lines a client's operation, 8 a type and 7
    /// a field), Pets (its operation and models) weighs 70 lines, Owners 55, Vets 69, Stores 202 and Labs
    /// 195; `Clinic`, which Vets, Stores and Labs reach, 113; `Visit`, which Vets and Stores reach, 15.
    static func clinic(visitNamesClinic: Bool = false) -> String {
        func fields(_ count: Int) -> String {
            (1...count).map { "field\($0): {type: string}" }.joined(separator: ", ")
        }
        func list(_ path: String, _ tag: String, _ schema: String) -> String {
            """
              /\(path):
                get:
                  tags: [\(tag)]
                  operationId: list\(tag)
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/\(schema)'}}}}
                    default: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            """
        }
        let clinic = "clinic: {$ref: '#/components/schemas/Clinic'}"
        let visit = "visit: {$ref: '#/components/schemas/Visit'}"
        return """
            openapi: 3.0.3
            info: {title: Clinic, version: "1"}
            paths:
            \(list("pets", "Pets", "PetList"))
            \(list("owners", "Owners", "Owner"))
            \(list("vets", "Vets", "Vet"))
            \(list("stores", "Stores", "Store"))
            \(list("labs", "Labs", "Lab"))
            components:
              schemas:
                PetList:
                  type: object
                  properties:
                    pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                Pet: {type: object, properties: {name: {type: string}}}
                Owner: {type: object, properties: {name: {type: string}}}
                Vet: {type: object, properties: {name: {type: string}, \(visit), \(clinic)}}
                Store: {type: object, properties: {\(fields(20)), \(visit), \(clinic)}}
                Lab: {type: object, properties: {\(fields(20)), \(clinic)}}
                Visit: {type: object, properties: {\(visitNamesClinic ? clinic : "reason: {type: string}")}}
                Clinic: {type: object, properties: {\(fields(15))}}
                Problem: {type: object, properties: {detail: {type: string}}}
            """
    }

    @Test func tagsSmallerThanTheMinimumShareAModuleWithTheTagsAfterThem() throws {
        let split = try #require(try Self.plan(Self.clinic(), minimumLines: 100).split)
        // Pets and Owners together reach 100 lines; Stores and Labs are large enough alone; Vets is what is
        // left.
        #expect(split.tagModules == ["Pets": "ZooPetsAnd1More", "Owners": "ZooPetsAnd1More", "Vets": "ZooVets",
                                     "Stores": "ZooStores", "Labs": "ZooLabs"])
        #expect(split.moduleOf[TypeID("Pet")] == "ZooPetsAnd1More")
        #expect(split.moduleOf[TypeID("Owner")] == "ZooPetsAnd1More")
        // Every module reaches the error body, which is small: `Shared`; so is `Visit`, which two reach.
        #expect(split.moduleOf[TypeID("Problem")] == "ZooShared")
        #expect(split.moduleOf[TypeID("Visit")] == "ZooShared")
        // Without a minimum, a module per tag.
        let perTag = try #require(try Self.plan(Self.clinic()).split)
        #expect(Set(perTag.tagModules.values) == ["ZooPets", "ZooOwners", "ZooVets", "ZooStores", "ZooLabs"])
    }

    @Test func modelsOneSetOfTagsSharesGetAModuleOnceLargeEnough() throws {
        let plan = try Self.plan(Self.clinic(), minimumLines: 100)
        let split = try #require(plan.split)
        #expect(split.moduleOf[TypeID("Clinic")] == "ZooSharedVetsStoresLabs")
        #expect(split.sharedSubsets == ["ZooSharedVetsStoresLabs"])
        let imports = Self.imports(plan)
        // An edit to `Clinic` rebuilds the modules of the tags that use it, not Pets' and Owners'.
        #expect(imports["ZooPetsAnd1More"] == ["ZooShared"])
        #expect(imports["ZooVets"] == ["ZooShared", "ZooSharedVetsStoresLabs"])
        #expect(imports["ZooSharedVetsStoresLabs"] == [])
        #expect(imports["ZooShared"] == [])
        // From half the minimum: with 200, `Clinic` (with `Problem`, which the same two modules now reach:
        // 128 lines, named after all five tags) keeps its module; with 260, it is in `Shared`.
        #expect(try Self.plan(Self.clinic(), minimumLines: 200).split?.moduleOf[TypeID("Clinic")] == "ZooSharedPetsOwnersVetsAnd2More")
        #expect(try Self.plan(Self.clinic(), minimumLines: 260).split?.moduleOf[TypeID("Clinic")] == "ZooShared")
    }

    @Test func aSharedModelThatSharedRefersToStaysInShared() throws {
        // `Visit`, which stays in `Shared`, now names `Clinic`: `Shared` would import `Clinic`'s module.
        let split = try #require(try Self.plan(Self.clinic(visitNamesClinic: true), minimumLines: 100).split)
        #expect(split.moduleOf[TypeID("Visit")] == "ZooShared")
        #expect(split.moduleOf[TypeID("Clinic")] == "ZooShared")
        #expect(split.sharedSubsets.isEmpty)
    }

    @Test func nestedTagsKeepModulesOfTheirOwn() throws {
        let nested = Self.clinic().replacingOccurrences(of: "paths:\n", with: """
            tags:
              - {name: Vets}
              - {name: Stores, parent: Vets}
            paths:

            """).replacingOccurrences(of: "openapi: 3.0.3", with: "openapi: 3.2.0")
        let split = try #require(try Self.plan(nested, minimumLines: 100_000).split)
        // Everything else fits in one module, but a parent's client hands out its child's.
        #expect(split.tagModules == ["Pets": "ZooPetsAnd2More", "Owners": "ZooPetsAnd2More", "Labs": "ZooPetsAnd2More",
                                     "Vets": "ZooVets", "Stores": "ZooStores"])
    }

    /// The modules of real documents import each other without a cycle, whatever the minimum size.
    @Test(arguments: ["real/discord/openapi.json", "incident-io/openapi3.yaml", "real/spotify/openapi.yml"])
    func modulesOfRealDocumentsImportEachOtherWithoutCycles(spec: String) throws {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)  // SwiftPlanTests/ModuleSplitTests.swift
        let document = try OpenAPIDocument.load(path: parts.joined(separator: "/") + "/Specs/" + spec)
        let ir = IRDocument(document)
        for minimumLines in [0, 500, GenerationOptions.defaultMinimumModuleLines, 10_000] {
            let plan = GenerationPlan(ir, options: GenerationOptions(moduleName: "API", layout: .modules, minimumModuleLines: minimumLines))
            let imports = Self.imports(plan)
            var state: [String: Bool] = [:]  // false while being visited, true when done
            func visit(_ module: String, path: [String]) {
                if state[module] == true { return }
                if state[module] == false {
                    Issue.record("\(spec), minimum \(minimumLines): import cycle \((path + [module]).joined(separator: " → "))")
                    return
                }
                state[module] = false
                for imported in imports[module] ?? [] {
                    #expect(imports[imported] != nil, "\(module) imports \(imported), which has no files")
                    visit(imported, path: path + [module])
                }
                state[module] = true
            }
            for module in imports.keys.sorted() { visit(module, path: []) }
            #expect(imports["API"]?.count == imports.count - 1, "the root imports every module")
        }
    }

    /// The generated modules each module imports.
    static func imports(_ plan: GenerationPlan) -> [String: Set<String>] {
        var imports: [String: Set<String>] = [:]
        for piece in plan.files.flatMap(\.pieces) {
            guard let module = piece.module else { continue }
            let uses = piece.uses.seen(from: module)
            imports[module, default: []].formUnion(uses.modules.union(uses.bodyModules))
        }
        return imports
    }
}
