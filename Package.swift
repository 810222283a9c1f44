// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "openapi-swift",
    products: [
        .library(name: "CYAML", targets: ["CYAML"]),
        .library(name: "Diagnostics", targets: ["Diagnostics"]),
        .library(name: "HTTPVocabulary", targets: ["HTTPVocabulary"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "OpenAPI", targets: ["OpenAPI"]),
        .library(name: "SchemaIR", targets: ["SchemaIR"]),
        .library(name: "SwiftPlan", targets: ["SwiftPlan"]),
        .library(name: "SwiftEmitter", targets: ["SwiftEmitter"]),
        .library(name: "OpenAPIGenRuntime", targets: ["OpenAPIGenRuntime"]),
        // A transport on AsyncHTTPClient for server-side Swift; only apps that use it build SwiftNIO.
        .library(name: "OpenAPIGenAsyncHTTPClient", targets: ["OpenAPIGenAsyncHTTPClient"]),
        // Verifies signed webhook deliveries (Standard Webhooks) with swift-crypto, for receivers only.
        .library(name: "OpenAPIGenWebhooks", targets: ["OpenAPIGenWebhooks"]),
        .library(name: "GeneratorCore", targets: ["GeneratorCore"]),
        .library(name: "ExampleVerifier", targets: ["ExampleVerifier"]),
        .library(name: "SpecDiff", targets: ["SpecDiff"]),
        .executable(name: "openapi-gen", targets: ["openapi-gen"]),
        .plugin(name: "OpenAPIGenPlugin", targets: ["OpenAPIGenPlugin"]),
        .plugin(name: "OpenAPIGenCommand", targets: ["OpenAPIGenCommand"]),
        // The shipped incident.io Follow-ups V2 + Actions V2 client, generated from openapi/.
        .library(name: "IncidentIO", targets: ["IncidentIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Tests only: a real HTTP server on 127.0.0.1 for the generated client.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Only for the OpenAPIGenAsyncHTTPClient product.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // The currency types of the transport and middleware boundary (shared with Apple's OpenAPI runtime,
        // AsyncHTTPClient and Hummingbird); small, pure Swift, no further dependencies.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Only for the OpenAPIGenWebhooks product (HMAC-SHA256).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // `swift package generate-documentation`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // libyaml from the system (Debian: libyaml-dev); never vendored.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Source locations and located diagnostics, shared by every layer.
        .target(name: "Diagnostics"),
        // HTTP methods, status keys, parameter locations and styles: words OpenAPI and the IR share.
        .target(name: "HTTPVocabulary"),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "OpenAPI", dependencies: ["Diagnostics", "HTTPVocabulary", "YAML"]),
        .target(name: "SchemaIR", dependencies: ["Diagnostics", "HTTPVocabulary", "OpenAPI"]),
        // Every Swift name and choice, decided once from the IR (see ARCHITECTURE.md).
        .target(name: "SwiftPlan", dependencies: ["Diagnostics", "HTTPVocabulary", "SchemaIR"]),
        .target(name: "SwiftEmitter", dependencies: ["Diagnostics", "HTTPVocabulary", "SchemaIR", "SwiftPlan"]),
        .target(name: "GeneratorCore", dependencies: ["Diagnostics", "HTTPVocabulary", "YAML", "OpenAPI", "SchemaIR", "SwiftPlan", "SwiftEmitter"]),
        // Compares two spec versions for generated Swift clients (`openapi-gen diff`).
        .target(name: "SpecDiff", dependencies: ["Diagnostics", "OpenAPI", "SchemaIR", "SwiftPlan"]),
        .executableTarget(
            name: "openapi-gen",
            dependencies: ["GeneratorCore", "SpecDiff", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .plugin(name: "OpenAPIGenPlugin", capability: .buildTool(), dependencies: [.target(name: "openapi-gen")]),
        .plugin(
            name: "OpenAPIGenCommand",
            capability: .command(
                intent: .custom(verb: "openapi-generate", description: "Regenerate committed clients with openapi-gen"),
                permissions: [.writeToPackageDirectory(reason: "Writes the regenerated client sources")]
            ),
            dependencies: [.target(name: "openapi-gen")]
        ),
        // What generated clients depend on, besides Foundation.
        .target(name: "OpenAPIGenRuntime", dependencies: [.product(name: "HTTPTypes", package: "swift-http-types")]),
        .target(name: "OpenAPIGenWebhooks", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "OpenAPIGenAsyncHTTPClient", dependencies: ["OpenAPIGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        .target(name: "IncidentIO", dependencies: ["OpenAPIGenRuntime"], path: "Generated/IncidentIO"),
        // Checks that a spec's examples decode into generated types (for tests and CI harnesses).
        .target(name: "ExampleVerifier", dependencies: ["SchemaIR", "OpenAPIGenRuntime"]),

        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "OpenAPITests", dependencies: ["OpenAPI"]),
        .testTarget(name: "SchemaIRTests", dependencies: ["SchemaIR"]),
        .testTarget(name: "SwiftPlanTests", dependencies: ["OpenAPI", "SchemaIR", "SwiftPlan"]),
        .testTarget(name: "SwiftEmitterTests", dependencies: ["GeneratorCore", "SchemaIR", "SwiftPlan", "SwiftEmitter"]),
        .testTarget(name: "SpecDiffTests", dependencies: ["SpecDiff", "OpenAPI"]),
        .testTarget(name: "CLITests", dependencies: [.target(name: "openapi-gen")]),
        // The golden client of Tests/Fixtures/features.yaml, for behaviour tests of what the generator emits
        // (defaults, explicit null, pagination, response metadata) against a real server.
        .target(name: "Features", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/Features"),
        // The golden client of Tests/Fixtures/collisions.yaml (names built to collide), for decode and call tests.
        .target(name: "Collisions", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/Collisions"),
        // The golden client of Tests/Fixtures/all-of.yaml (allOf as real documents write it), for decode tests.
        .target(name: "AllOf", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/AllOf"),
        // The golden client of Tests/Fixtures/paths-and-parameters.yaml, for request tests.
        .target(name: "PathsAndParameters", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/PathsAndParameters"),
        // The golden client of Tests/Fixtures/unions.yaml (unions without a discriminator), for decode tests.
        .target(name: "Unions", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/Unions"),
        // The golden client of Tests/Fixtures/multi-file (a document spread over files), for decode and call tests.
        .target(name: "MultiFile", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/MultiFile"),
        // The golden client of Tests/Fixtures/bodies.yaml (form and multipart bodies), for tests against a real parser.
        .target(name: "Bodies", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/Bodies"),
        // The golden client of Tests/Fixtures/security-schemes.yaml (every kind of scheme), for authentication tests.
        .target(name: "SecuritySchemes", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/SecuritySchemes"),
        // The golden client of Tests/Fixtures/bulk.yaml (idempotency keys, paging styles), for tests against a real server.
        .target(name: "Bulk", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/Bulk"),
        // The golden client of Tests/Fixtures/streams-32.yaml (OpenAPI 3.2: streams, QUERY, querystring, nested tags).
        .target(name: "Streams32", dependencies: ["OpenAPIGenRuntime"], path: "Tests/Goldens/Streams32"),
        .testTarget(
            name: "ClientRuntimeTests",
            dependencies: ["IncidentIO", "Bulk", "Streams32", "Features", "AllOf", "Collisions", "PathsAndParameters", "Unions", "MultiFile", "SecuritySchemes", "Bodies", "OpenAPIGenRuntime", "OpenAPIGenAsyncHTTPClient", .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .testTarget(name: "WebhookTests", dependencies: ["OpenAPIGenWebhooks", "IncidentIO", "OpenAPIGenRuntime", "OpenAPI", "SchemaIR", "ExampleVerifier"]),
        .testTarget(name: "IncidentIOTests", dependencies: ["IncidentIO", "OpenAPIGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types"), "OpenAPI", "SchemaIR", "ExampleVerifier"]),
    ]
)
