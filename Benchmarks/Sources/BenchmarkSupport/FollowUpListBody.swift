import Foundation

/// The JSON of a follow-ups list response with `count` items, like incident.io sends.
public enum FollowUpListBody {
    public static func make(count: Int) -> String {
        "{\"follow_ups\":[" + (0..<count).map(followUp).joined(separator: ",") + "]}"
    }

    /// The JSON of one follow-up's response (`GET /v2/follow_ups/{id}`).
    public static func show(index: Int) -> String {
        "{\"follow_up\":" + followUp(index) + "}"
    }

    static func followUp(_ index: Int) -> String {
        let statuses = ["outstanding", "completed", "deleted", "not_doing"]
        return """
            {"assignee":{"email":"lisa@incident.io","id":"01FCNDV6P870EA6S7TK1DSYDG\(index % 10)","name":"Lisa Karlin Curtis","role":"owner","slack_user_id":"U02AYNF2XJM"},\
            "assignee_team":{"id":"abc123","name":"abc123"},\
            "completed_at":"2021-08-17T13:28:57.801578Z","created_at":"2021-08-17T13:28:57.801578Z",\
            "creator":{"alert":{"id":"01GW2G3V0S59R238FAHPDS1R66","title":"*errors.withMessage: PG::Error failed to connect"},\
            "api_key":{"id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"My test API key"},\
            "user":{"email":"lisa@incident.io","id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"Lisa Karlin Curtis","role":"owner","slack_user_id":"U02AYNF2XJM"},\
            "workflow":{"id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"My little workflow"}},\
            "description":"Call the fire brigade","external_issue_reference":{"issue_name":"INC-123",\
            "issue_permalink":"https://linear.app/incident-io/issue/INC-1609/find-copywriter-to-write-up","provider":"asana"},\
            "id":"01FCNDV6P870EA6S7TK1D\(String(format: "%05d", index))","incident_id":"01FCNDV6P870EA6S7TK1DSYDG0",\
            "labels":["bug","urgent"],"priority":{"description":"A follow-up that requires immediate attention.",\
            "id":"01GNW4BAQ7XRMFF6FHKNXDFPRW","name":"Urgent","rank":10},"status":"\(statuses[index % 4])",\
            "title":"Cat is stuck in the tree","updated_at":"2021-08-17T13:28:\(String(format: "%02d", index % 60)).801578Z"}
            """
    }
}
