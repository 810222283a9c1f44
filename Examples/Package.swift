// swift-tools-version:6.2
// Downstream use of openapi-swift, by path: an app on the committed IncidentIO client, and a target
// whose client is generated at build time by the OpenAPIGenPlugin build-tool plugin, and an app target
// that defaults to MainActor isolation with its client generated the same way.
import PackageDescription

let package = Package(
    name: "Examples",
    dependencies: [
        .package(name: "openapi-swift", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .executableTarget(
            name: "followups",
            dependencies: [
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Receives incident.io's follow-up webhooks: verified, then decoded into the generated event union.
        .executableTarget(
            name: "webhook-receiver",
            dependencies: [
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenWebhooks", package: "openapi-swift"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "petstore-demo",
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
            plugins: [.plugin(name: "OpenAPIGenPlugin", package: "openapi-swift")]
        ),
        // An app target that defaults to MainActor isolation (the default for new app targets), with its
        // client generated into it at build time.
        .executableTarget(
            name: "mainactor-app",
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
            swiftSettings: [.defaultIsolation(MainActor.self)],
            plugins: [.plugin(name: "OpenAPIGenPlugin", package: "openapi-swift")]
        ),
    ]
)
