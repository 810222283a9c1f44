import Foundation
import IncidentIO
import OpenAPIGenRuntime

let apiKey = "sk_live_SECRET_never_print_me"

let userJSON = #"{"email":"lisa@incident.io","id":"01FCNDV6P870EA6S7TK1DSYDG0","name":"Lisa Karlin Curtis","role":"owner","slack_user_id":"U02AYNF2XJM"}"#
let creatorJSON = #"{"user":\#(userJSON)}"#

func followUpJSON(id: String = "01FCNDV6P870EA6S7TK1DSYDG0", status: String = "outstanding", extra: String = "") -> String {
    #"{"id":"\#(id)","incident_id":"01FCNDV6P870EA6S7TK1DSYDG0","creator":\#(creatorJSON),"title":"Cat is stuck in the tree","status":"\#(status)","labels":["bug"],"created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57Z","assignee":\#(userJSON)\#(extra)}"#
}

func actionJSON(id: String = "01FCNDV6P870EA6S7TK1DSYDG0") -> String {
    #"{"id":"\#(id)","incident_id":"01FCNDV6P870EA6S7TK1DSYDG0","creator":\#(creatorJSON),"description":"Call the fire brigade","status":"completed","created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"}"#
}

let unauthorizedJSON = #"{"type":"authentication_error","status":401,"request_id":"8e3cc412-b49d-4957-9073-2c19d2c61804","errors":[{"code":"missing_authorization_material","message":"No authorization material provided in request"}]}"#

let validationJSON = #"{"type":"validation_error","status":422,"request_id":"631766c4-4afd-4803-997c-cd700928fa4b","errors":[{"code":"is_required","message":"A severity is required to open an incident","source":{"field":"severity_id"}}]}"#

func rateLimitJSON(retryAfter: String) -> String {
    #"{"type":"too_many_requests","status":429,"request_id":"b839a403-7704-41c1-bf6a-39a2d68caefa","rate_limit":{"name":"api_key_name","limit":1200,"remaining":0,"retry_after":"\#(retryAfter)"},"errors":[{"code":"too_many_requests","message":"Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."}]}"#
}

/// A fixed "now" so `retry_after` dates give known delays.
let fixedNow = RFC3339.date(from: "2025-04-17T11:17:10Z")!

func makeClient(_ server: TestServer, sleeper: RecordingSleeper = RecordingSleeper(), retryPolicy: RetryPolicy? = nil,
                middlewares: [any ClientMiddleware] = [], timeout: Duration = .seconds(10), key: String = apiKey) -> IncidentIOClient {
    // No jitter, so the expected delays are exact.
    let policy = retryPolicy ?? RetryPolicy(maximumAttempts: 3, baseDelay: .milliseconds(100), maximumDelay: .seconds(30), jitter: 0)
    return IncidentIOClient(configuration: ClientConfiguration(
        serverURL: server.url, bearerToken: key, userAgent: "incident-tests/1", timeout: timeout,
        retryPolicy: policy, middlewares: middlewares, sleeper: sleeper, now: { fixedNow }))
}
