import Foundation
import HTTPTypes
import IncidentIO
import OpenAPIGenRuntime

// The TransportsAndMiddleware article's example, compiled here. `ReadmeTests` checks the article shows exactly this code.
// README-RUNTIME-START
/// Sends a tenant header on every request.
struct TenantHeader: ClientMiddleware {
    let tenant: String

    func intercept(_ request: HTTPRequest, body: Data?, context: RequestContext,
                   next: (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)) async throws -> (HTTPResponse, Data) {
        var request = request
        request.headerFields[HTTPField.Name("X-Tenant")!] = tenant
        return try await next(request, body)
    }
}

func makeConfiguredClient(apiKey: String) -> IncidentIOClient {
    IncidentIOClient(configuration: ClientConfiguration(
        serverURL: IncidentIOClient.defaultServerURL,
        bearerToken: apiKey,
        userAgent: "my-app/2.1",
        timeout: .seconds(30),
        retryPolicy: RetryPolicy(maximumAttempts: 5, baseDelay: .seconds(1), maximumDelay: .seconds(120)),
        middlewares: [LoggingMiddleware(), TenantHeader(tenant: "acme")]
    ))
}

func closeFollowUp(_ client: IncidentIOClient, id: String) async {
    do {
        _ = try await client.followUpsV2.update(id: id, .init(status: .completed, title: "Done"))
    } catch .http(let failure) where failure.isRateLimited {
        print("still rate limited after \(failure.attempts) attempts; retry after", failure.rateLimit?.retryAfter as Any)
    } catch .http(let failure) {
        for detail in failure.errors {
            print(failure.status, detail.source?.field ?? "-", detail.message ?? "")
        }
    } catch .decoding(let failure) {
        print("unexpected response at \(failure.path): \(failure.message)")
    } catch .transport(let error) {
        print("no response (\(error.kind))")
    } catch {
        print(error)
    }
}
// README-RUNTIME-END
