import Foundation
import OpenAPIGenRuntime

/// What a careful developer would write by hand for the same JSON: plain Codable structs with closed
/// enums, and the same fast RFC 3339 parsing the generated models use. The baseline for decoding.
public enum HandWritten {
    public struct ListResult: Codable {
        public var follow_ups: [FollowUp]
    }

    /// One follow-up's response, whose generated twin holds the follow-up in a box (it is large).
    public struct ShowResult: Codable {
        public var follow_up: FollowUp
    }

    public struct FollowUp: Codable {
        enum Status: String, Codable { case outstanding, completed, deleted, not_doing }

        var assignee: User?
        var assignee_team: Team?
        var completed_at: Date?
        var created_at: Date
        var creator: Actor
        var description: String?
        var external_issue_reference: ExternalIssueReference?
        var id: String
        var incident_id: String
        var labels: [String]
        var priority: Priority?
        var status: Status
        var title: String
        public var updated_at: Date

        enum CodingKeys: String, CodingKey {
            case assignee, assignee_team, completed_at, created_at, creator, description, external_issue_reference
            case id, incident_id, labels, priority, status, title, updated_at
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            assignee = try container.decodeIfPresent(User.self, forKey: .assignee)
            assignee_team = try container.decodeIfPresent(Team.self, forKey: .assignee_team)
            completed_at = try container.decodeDateIfPresent(forKey: .completed_at)
            created_at = try container.decodeDate(forKey: .created_at)
            creator = try container.decode(Actor.self, forKey: .creator)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            external_issue_reference = try container.decodeIfPresent(ExternalIssueReference.self, forKey: .external_issue_reference)
            id = try container.decode(String.self, forKey: .id)
            incident_id = try container.decode(String.self, forKey: .incident_id)
            labels = try container.decode([String].self, forKey: .labels)
            priority = try container.decodeIfPresent(Priority.self, forKey: .priority)
            status = try container.decode(Status.self, forKey: .status)
            title = try container.decode(String.self, forKey: .title)
            updated_at = try container.decodeDate(forKey: .updated_at)
        }
    }

    struct User: Codable {
        enum Role: String, Codable { case viewer, responder, administrator, owner, unset }
        var email: String?
        var id: String
        var name: String
        var role: Role
        var slack_user_id: String?
    }

    struct Team: Codable {
        var id: String
        var name: String
    }

    struct Actor: Codable {
        var alert: Alert?
        var api_key: APIKey?
        var user: User?
        var workflow: Workflow?
    }

    struct Alert: Codable {
        var id: String
        var title: String
    }

    struct APIKey: Codable {
        var id: String
        var name: String
    }

    struct Workflow: Codable {
        var id: String
        var name: String
    }

    struct ExternalIssueReference: Codable {
        enum Provider: String, Codable {
            case asana, azure_devops, click_up, linear, jira, jira_server, github, gitlab, service_now, shortcut
        }
        var issue_name: String
        var issue_permalink: String
        var provider: Provider
    }

    struct Priority: Codable {
        var description: String?
        var id: String
        var name: String
        var rank: Int64
    }
}
