import Foundation
import OpenAPIGenAsyncHTTPClient
import OpenAPIGenRuntime
import Testing

/// One suite both transports pass, against a real server on 127.0.0.1.
@Suite struct TransportSuiteTests {
    enum Kind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case urlSession, asyncHTTPClient

        var transport: any HTTPTransport {
            switch self {
            case .urlSession: URLSessionTransport()
            case .asyncHTTPClient: AsyncHTTPClientTransport()
            }
        }

        var testDescription: String { rawValue }
    }

    static func request(_ server: TestServer, _ path: String = "/thing", method: String = "GET", body: Data? = nil,
                        headers: [(name: String, value: String)] = [], limit: Int? = nil) -> Outgoing {
        Outgoing(method: method, url: server.url.appendingPathComponent(path), headers: headers, body: body, limit: limit)
    }

    static func transportError(_ call: () async throws -> Void) async -> TransportError? {
        do {
            try await call()
        } catch let error as TransportError {
            return error
        } catch {
            Issue.record("expected a TransportError, got \(error)")
        }
        return nil
    }

    @Test(arguments: Kind.allCases) func largeBodiesBothWays(kind: Kind) async throws {
        let upload = Data((0..<(12 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let download = Data((0..<(20 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let server = try await TestServer(replies: [TestServer.Reply(status: 200, headers: ["Content-Type": "application/octet-stream"], body: download)])
        defer { Task { await server.stop() } }
        let response = try await kind.transport.send(Self.request(server, method: "PUT", body: upload), timeout: .seconds(60))
        #expect(response.status == 200)
        #expect(response.body == download)
        #expect(await server.received.first?.body == upload)
    }

    @Test(arguments: Kind.allCases) func aSlowServerTimesOut(kind: Kind) async throws {
        let server = try await TestServer(replies: [TestServer.Reply(status: 200, headers: [:], body: Data(), delay: .seconds(3))])
        defer { Task { await server.stop() } }
        let error = await Self.transportError { _ = try await kind.transport.send(Self.request(server), timeout: .milliseconds(300)) }
        #expect(error?.kind == .timedOut)
    }

    @Test(arguments: Kind.allCases) func cancellingTheTaskCancelsTheRequest(kind: Kind) async throws {
        let server = try await TestServer(replies: [TestServer.Reply(status: 200, headers: [:], body: Data(), delay: .seconds(5))])
        defer { Task { await server.stop() } }
        let transport = kind.transport
        let request = Self.request(server)
        let call = Task { try await transport.send(request, timeout: .seconds(30)) }
        try await Task.sleep(for: .milliseconds(200))
        let cancelledAt = ContinuousClock.now
        call.cancel()
        let error = await Self.transportError { _ = try await call.value }
        #expect(error?.kind == .cancelled)
        // It ends with the cancellation, not with the server's answer five seconds later.
        #expect(ContinuousClock.now - cancelledAt < .seconds(3))
    }

    @Test(arguments: Kind.allCases) func aClosedPortIsConnectionRefused(kind: Kind) async throws {
        let server = try await TestServer()
        let url = server.url
        await server.stop()
        let error = await Self.transportError {
            _ = try await kind.transport.send(Outgoing(url: url.appendingPathComponent("x")), timeout: .seconds(10))
        }
        #expect(error?.kind == .connectionRefused)
    }

    @Test(arguments: Kind.allCases) func redirectsAreFollowed(kind: Kind) async throws {
        let server = try await TestServer(replies: [
            TestServer.Reply(status: 302, headers: ["Location": "/moved"], body: Data()),
            .json(200, #"{"ok":true}"#),
        ])
        defer { Task { await server.stop() } }
        let response = try await kind.transport.send(Self.request(server, "/start"), timeout: .seconds(10))
        #expect(response.status == 200)
        #expect(await server.received.map(\.rawPath) == ["/start", "/moved"])
    }

    @Test(arguments: Kind.allCases) func repeatedResponseHeadersKeepEveryValue(kind: Kind) async throws {
        var reply = TestServer.Reply.json(200, "{}")
        reply.repeatedHeaders = [("X-Tag", "a"), ("X-Tag", "b")]
        let server = try await TestServer(replies: [reply])
        defer { Task { await server.stop() } }
        let response = try await kind.transport.send(Self.request(server), timeout: .seconds(10))
        // A transport may join a repeated field's values with commas (RFC 9110 §5.3): either way, none is lost.
        let values = response.headers.filter { $0.name.lowercased() == "x-tag" }
            .flatMap { $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(values == ["a", "b"])
    }

    @Test(arguments: Kind.allCases) func repeatedRequestHeadersAreAllSent(kind: Kind) async throws {
        // Python's server keeps repeated fields as they arrive (the Swift test server keeps the last).
        let echo = try PythonEchoServer(script: PythonEchoServer.headerEchoScript, requests: 1)
        defer { echo.stop() }
        let request = Outgoing(url: echo.url.appendingPathComponent("h"), headers: [("X-Want", "1"), ("X-Want", "2")])
        let response = try await kind.transport.send(request, timeout: .seconds(10))
        let fields = try JSONDecoder().decode([[String]].self, from: response.body)
        let sent = fields.filter { $0[0].lowercased() == "x-want" }
            .flatMap { $0[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(sent == ["1", "2"])
    }

    @Test(arguments: Kind.allCases) func aBodyOverTheBoundIsNotRead(kind: Kind) async throws {
        let server = try await TestServer(replies: [TestServer.Reply(status: 200, headers: [:], body: Data(count: 4 << 20))])
        defer { Task { await server.stop() } }
        let error = await Self.transportError { _ = try await kind.transport.send(Self.request(server, limit: 1 << 20), timeout: .seconds(10)) }
        #expect(error?.kind == .responseTooLarge)
    }

    @Test(arguments: Kind.allCases) func anErrorStatusIsAResponse(kind: Kind) async throws {
        let server = try await TestServer(replies: [.json(503, #"{"busy":true}"#, headers: ["Retry-After": "2"])])
        defer { Task { await server.stop() } }
        let response = try await kind.transport.send(Self.request(server), timeout: .seconds(10))
        #expect(response.status == 503)
        #expect(response.header("retry-after") == "2")
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"busy":true}"#)
    }
}
