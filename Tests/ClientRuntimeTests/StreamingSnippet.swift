import OpenAPIGenRuntime
import Streams32

// The Streaming article's example, compiled here; `ReadmeTests` checks the article shows exactly this code.
func streamingExample(client: Streams32Client) async throws {
    // DOC-STREAM-START
    for try await event in try await client.streams.streamEvents(topic: "deploys") {
        print(event.id ?? "-", event.data.sequence)
    }
    // DOC-STREAM-END
}
