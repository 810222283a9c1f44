import Foundation
import IncidentIO
import OpenAPIGenRuntime

enum Paths {
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/IncidentIOTests/Support.swift
        return parts.joined(separator: "/")
    }()

    static let spec = repository + "/openapi/incident-io-follow-ups.yaml"
    /// Public documents copied into the repository (origins in Tests/Specs/README.md).
    static let specs = repository + "/Tests/Specs"
}

/// Every named type of the generated module, by its IR type ID. The example test fails when the spec
/// has a type missing here, so the table cannot silently fall behind the spec.
let generatedTypes: [String: any (Codable & Sendable).Type] = [
    "ActionV1": ActionV1.self,
    "ActionV1/status": ActionV1.Status.self,
    "ExternalIssueReferenceV1": ExternalIssueReferenceV1.self,
    "ExternalIssueReferenceV1/provider": ExternalIssueReferenceV1.Provider.self,
    "UserV1": UserV1.self,
    "UserV1/role": UserV1.Role.self,
    "WebhookPrivateResourceV2": WebhookPrivateResourceV2.self,
    "WebhooksPrivateIncidentActionCreatedV1ResponseBody": WebhooksPrivateIncidentActionCreatedV1ResponseBody.self,
    "WebhooksPrivateIncidentActionCreatedV1ResponseBody/event_type": WebhooksPrivateIncidentActionCreatedV1ResponseBody.EventType.self,
    "WebhooksPrivateIncidentActionUpdatedV1ResponseBody": WebhooksPrivateIncidentActionUpdatedV1ResponseBody.self,
    "WebhooksPrivateIncidentActionUpdatedV1ResponseBody/event_type": WebhooksPrivateIncidentActionUpdatedV1ResponseBody.EventType.self,
    "WebhooksPrivateIncidentFollowUpCreatedV2ResponseBody": WebhooksPrivateIncidentFollowUpCreatedV2ResponseBody.self,
    "WebhooksPrivateIncidentFollowUpCreatedV2ResponseBody/event_type": WebhooksPrivateIncidentFollowUpCreatedV2ResponseBody.EventType.self,
    "WebhooksPrivateIncidentFollowUpUpdatedV2ResponseBody": WebhooksPrivateIncidentFollowUpUpdatedV2ResponseBody.self,
    "WebhooksPrivateIncidentFollowUpUpdatedV2ResponseBody/event_type": WebhooksPrivateIncidentFollowUpUpdatedV2ResponseBody.EventType.self,
    "WebhooksPublicIncidentActionCreatedV1ResponseBody": WebhooksPublicIncidentActionCreatedV1ResponseBody.self,
    "WebhooksPublicIncidentActionCreatedV1ResponseBody/event_type": WebhooksPublicIncidentActionCreatedV1ResponseBody.EventType.self,
    "WebhooksPublicIncidentActionUpdatedV1ResponseBody": WebhooksPublicIncidentActionUpdatedV1ResponseBody.self,
    "WebhooksPublicIncidentActionUpdatedV1ResponseBody/event_type": WebhooksPublicIncidentActionUpdatedV1ResponseBody.EventType.self,
    "WebhooksPublicIncidentFollowUpCreatedV2ResponseBody": WebhooksPublicIncidentFollowUpCreatedV2ResponseBody.self,
    "WebhooksPublicIncidentFollowUpCreatedV2ResponseBody/event_type": WebhooksPublicIncidentFollowUpCreatedV2ResponseBody.EventType.self,
    "WebhooksPublicIncidentFollowUpUpdatedV2ResponseBody": WebhooksPublicIncidentFollowUpUpdatedV2ResponseBody.self,
    "WebhooksPublicIncidentFollowUpUpdatedV2ResponseBody/event_type": WebhooksPublicIncidentFollowUpUpdatedV2ResponseBody.EventType.self,
    "APIKeyActorV2": APIKeyActorV2.self,
    "ActionV2": ActionV2.self,
    "ActionV2/status": ActionV2.Status.self,
    "ActionsCreatePayloadV2": ActionsCreatePayloadV2.self,
    "ActionsCreateResultV2": ActionsCreateResultV2.self,
    "ActionsListResultV2": ActionsListResultV2.self,
    "ActionsShowResultV2": ActionsShowResultV2.self,
    "ActionsUpdatePayloadV2": ActionsUpdatePayloadV2.self,
    "ActionsUpdatePayloadV2/status": ActionsUpdatePayloadV2.Status.self,
    "ActionsUpdateResultV2": ActionsUpdateResultV2.self,
    "ActorV2": ActorV2.self,
    "AlertActorV2": AlertActorV2.self,
    "ExternalIssueReferenceV2": ExternalIssueReferenceV2.self,
    "ExternalIssueReferenceV2/provider": ExternalIssueReferenceV2.Provider.self,
    "FollowUpPriorityV2": FollowUpPriorityV2.self,
    "FollowUpV2": FollowUpV2.self,
    "FollowUpV2/status": FollowUpV2.Status.self,
    "FollowUpsConnectExternalIssuePayloadV2": FollowUpsConnectExternalIssuePayloadV2.self,
    "FollowUpsConnectExternalIssuePayloadV2/provider": FollowUpsConnectExternalIssuePayloadV2.Provider.self,
    "FollowUpsConnectExternalIssueResultV2": FollowUpsConnectExternalIssueResultV2.self,
    "FollowUpsCreatePayloadV2": FollowUpsCreatePayloadV2.self,
    "FollowUpsCreateResultV2": FollowUpsCreateResultV2.self,
    "FollowUpsListResultV2": FollowUpsListResultV2.self,
    "FollowUpsShowResultV2": FollowUpsShowResultV2.self,
    "FollowUpsUpdatePayloadV2": FollowUpsUpdatePayloadV2.self,
    "FollowUpsUpdatePayloadV2/status": FollowUpsUpdatePayloadV2.Status.self,
    "FollowUpsUpdateResultV2": FollowUpsUpdateResultV2.self,
    "TeamSlimV2": TeamSlimV2.self,
    "UserV2": UserV2.self,
    "UserV2/role": UserV2.Role.self,
    "WorkflowActorV2": WorkflowActorV2.self,
    "Actions V2#List/incident_mode": ActionsV2ListIncidentMode.self,
    "Follow-ups V2#List/incident_mode": FollowUpsV2ListIncidentMode.self,
]
