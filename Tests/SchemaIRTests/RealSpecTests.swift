import Foundation
import Testing
import OpenAPI
import SchemaIR

@Suite struct RealSpecTests {
    static let yamlPath = Paths.specs + "/incident-io/openapi3.yaml"
    static let jsonPath = Paths.specs + "/incident-io/openapi3.json"

    @Test(arguments: [yamlPath, jsonPath])
    func wholeIncidentAPILoadsWithoutErrors(path: String) throws {
        let document = try OpenAPIDocument.load(path: path)
        #expect(document.operations.count == 218)
        #expect(document.components.schemas.count == 902)
        let ir = IRDocument(document)
        #expect(ir.operations.count == 218)
        #expect(ir.types.filter { if case .component = $0.origin { return true } else { return false } }.count == 902)
        #expect(ir.warnings.isEmpty)
        Self.spotCheck(ir)
    }

    @Test func yamlAndJSONGiveTheSameIR() throws {
        let yaml = IRDocument(try OpenAPIDocument.load(path: Self.yamlPath))
        let json = IRDocument(try OpenAPIDocument.load(path: Self.jsonPath))
        #expect(yaml.types.map(\.id) == json.types.map(\.id))
        #expect(yaml.operations.map(\.key) == json.operations.map(\.key))
        #expect(yaml.groups.map(\.tag) == json.groups.map(\.tag))
    }

    @Test func irIsDeterministic() throws {
        let first = IRDocument(try OpenAPIDocument.load(path: Self.yamlPath))
        let second = IRDocument(try OpenAPIDocument.load(path: Self.yamlPath))
        #expect(first.types.map(\.id) == second.types.map(\.id))
        #expect(first.types.map { "\($0.kind)" } == second.types.map { "\($0.kind)" })
        #expect(first.operations.map { "\($0.parameters.map(\.type))" } == second.operations.map { "\($0.parameters.map(\.type))" })
    }

    static func spotCheck(_ ir: IRDocument) {
        let followUp = ir.object("FollowUpV2")
        #expect(followUp?.fields.map(\.name) == [
            "assignee", "assignee_team", "completed_at", "created_at", "creator", "description", "external_issue_reference", "id",
            "incident_id", "labels", "priority", "status", "title", "updated_at",
        ])
        #expect(followUp?.field("created_at")?.type == .string(.dateTime))
        #expect(followUp?.field("created_at")?.required == true)
        #expect(followUp?.field("completed_at")?.required == false)
        #expect(followUp?.field("assignee")?.type == .named(TypeID("UserV2")))
        #expect(followUp?.field("labels")?.type == .array(.string(.plain)))
        #expect(followUp?.field("status")?.type == .named(TypeID("FollowUpV2/status")))
        #expect(ir.enumeration("FollowUpV2/status")?.cases.map(\.rawValue) == ["outstanding", "completed", "deleted", "not_doing"])
        #expect(ir.type("FollowUpV2/status")?.parent == TypeID("FollowUpV2"))

        let action = ir.object("ActionV2")
        #expect(action?.field("status")?.type == .named(TypeID("ActionV2/status")))
        #expect(action?.fields.filter(\.required).map(\.name).sorted() == ["created_at", "creator", "description", "id", "incident_id", "status", "updated_at"])

        let user = ir.object("UserV2")
        #expect(user?.fields.map(\.name) == ["email", "id", "name", "role", "slack_user_id"])
        #expect(ir.enumeration("UserV2/role")?.cases.map(\.rawValue) == ["viewer", "responder", "administrator", "owner", "unset"])
        #expect(ir.object("FollowUpPriorityV2")?.field("rank")?.type == .integer(.int64))

        let list = ir.operation("Follow-ups V2#List")
        #expect(list?.method == .get)
        #expect(list?.path == "/v2/follow_ups")
        #expect(list?.parameters.map(\.name) == ["incident_id", "incident_mode", "assignee_team_id"])
        #expect(list?.parameters.allSatisfy(\.allowEmptyValue) == true)
        #expect(list?.parameters[1].type == .named(TypeID("Follow-ups V2#List/incident_mode")))
        #expect(list?.responses.first?.contents.first?.type == .named(TypeID("FollowUpsListResultV2")))
        #expect(ir.groups.contains { $0.tag == "Follow-ups V2" && $0.operations.count == 6 })
    }
}

@Suite struct SeedTests {
    /// The one-operation documents that incident.io's documentation pages print (Tests/Specs/README.md).
    static let documentationSpecs = ["follow-ups-v2-list.yaml", "follow-ups-v2-show.yaml"].map {
        Paths.specs + "/incident-io-docs/" + $0
    }

    @Test func seedSpecsLoadIntoIR() throws {
        for path in Self.documentationSpecs {
            let ir = try buildIR(try String(contentsOfFile: path, encoding: .utf8), file: path)
            #expect(ir.warnings.isEmpty)
            #expect(ir.operations.count == 1)
            #expect(ir.securitySchemes.map(\.name) == ["BearerAuth"])
            #expect(ir.securitySchemes.first?.scheme == "bearer")
            #expect(ir.security.map { $0.map(\.scheme) } == [["BearerAuth"]])
            #expect(ir.object("FollowUpV2")?.field("status")?.type == .named(TypeID("FollowUpV2/status")))
            #expect(ir.object("UserV2")?.field("role")?.required == true)
        }
    }
}
