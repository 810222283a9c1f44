import Bodies
import Foundation
import OpenAPIGenRuntime
import Testing

/// `Tests/Fixtures/bodies.yaml`: form bodies as their `encoding` says and multipart bodies, parsed back by
/// Python's `parse_qsl` and `email` package.
@Suite struct BodiesTests {
    static func client(_ server: PythonEchoServer) -> BodiesClient {
        BodiesClient(configuration: ClientConfiguration(serverURL: server.url, timeout: .seconds(120), retryPolicy: .none))
    }

    /// The SHA-256 coreutils computes, so the check does not rest on code of ours.
    static func sha256(_ data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    @Test func formPropertiesFollowTheirEncoding() async throws {
        let server = try PythonEchoServer(requests: 2)
        defer { server.stop() }
        let client = Self.client(server)
        let form = SubmitFormRequestBody(
            name: "Zoë & co", tags: ["a b", "c,d"], ids: [1, 2, 3], codes: ["x", "y"],
            filter: .init(status: "open", owner: "me"), point: .init(x: 3, y: 4), metadata: ["k": "v"],
            payload: .init(a: 1, b: ["p", "q"]))
        let echo = try await client.forms.submitForm(form)
        #expect(echo.contentType == "application/x-www-form-urlencoded")
        #expect(try #require(echo.pairs).map { $0.joined(separator: "=") } == [
            // `filter` (style form, explode) spreads its keys where it stands, in name order.
            "codes=x y", "owner=me", "status=open", "ids=1|2|3", "metadata[k]=v", "name=Zoë & co",
            #"payload={"a":1,"b":["p","q"]}"#, "point=x,3,y,4", "tags=a b,c,d",
        ])
        // An explicit null is an empty value; an absent optional is not sent.
        let cleared = try await client.forms.submitForm(SubmitFormRequestBody(name: "n", nickname: nil, explicitNulls: [.nickname]))
        #expect(try #require(cleared.pairs).map { $0.joined(separator: "=") } == ["name=n", "nickname="])
    }

    @Test func multipartPartsCarryTheirValuesNamesAndTypes() async throws {
        let server = try PythonEchoServer(requests: 1)
        defer { server.stop() }
        let image = Data((0..<300).map { UInt8($0 % 256) }) + Data("\r\n--\r\n".utf8)
        let upload = UploadRequestBody(
            file: MultipartFile(data: image, filename: "café \"2\".png"),
            attachments: [MultipartFile(data: Data("one".utf8), filename: "1.txt", contentType: "text/plain"),
                          MultipartFile(data: Data("two".utf8), filename: "2.txt")],
            avatar: MultipartFile(data: Data([0x89, 0x50, 0x4E, 0x47]), filename: "a.png", contentType: "image/png"),
            description: "# Hello\nwörld", count: 7, labels: ["x", "y"], metadata: .init(source: "test"))
        let echo = try await Self.client(server).uploads.upload(upload)
        #expect(echo.contentType?.hasPrefix("multipart/form-data; boundary=") == true)
        #expect(echo.defects == [])
        let parts = try #require(echo.parts)
        #expect(parts.map { $0.name ?? "" } == ["file", "attachments", "attachments", "avatar", "description", "count", "labels", "labels", "metadata"])
        #expect(parts[0].filename == "café %222%22.png")
        #expect(parts[0].contentType == "image/png")
        #expect(parts[0].size == image.count)
        let imageDigest = try Self.sha256(image)
        #expect(parts[0].sha256 == imageDigest)
        #expect(parts[1].filename == "1.txt" && parts[1].contentType == "text/plain" && parts[1].text == "one")
        #expect(parts[2].contentType == "application/octet-stream" && parts[2].text == "two")
        #expect(parts[3].filename == "a.png" && parts[3].size == 4)
        #expect(parts[4].filename == nil && parts[4].contentType == "text/markdown" && parts[4].text == "# Hello\nwörld")
        #expect(parts[5].text == "7" && parts[6].text == "x" && parts[7].text == "y")
        #expect(parts[8].contentType == "application/json" && parts[8].text == #"{"source":"test"}"#)
    }

    @Test func aTwentyMegabyteFileFromDiskAndMultipartMixed() async throws {
        let server = try PythonEchoServer(requests: 2)
        defer { server.stop() }
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<(20 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).bin")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let client = Self.client(server)
        let echo = try await client.uploads.upload(UploadRequestBody(file: MultipartFile(fileURL: file, contentType: "application/x-test")))
        let part = try #require(echo.parts?.first)
        #expect(part.size == bytes.count)
        let digest = try Self.sha256(bytes)
        #expect(part.sha256 == digest)
        #expect(part.filename == file.lastPathComponent && part.contentType == "application/x-test")
        let batch = try await client.uploads.sendBatch(SendBatchRequestBody(summary: "s", document: MultipartFile(data: Data("doc".utf8))))
        #expect(batch.contentType?.hasPrefix("multipart/mixed; boundary=") == true)
        #expect(batch.parts?.map { [$0.name ?? "", $0.text ?? ""] } == [["summary", "s"], ["document", "doc"]])
        #expect(batch.parts?.last?.filename == "document")
    }
}
