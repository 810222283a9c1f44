// swift-tools-version:6.0
// apple/swift-openapi-generator 1.14.3 and its runtime, for side-by-side benchmarks only. Built by
// Benchmarks/side-by-side.sh into its own scratch folder (.build-side-by-side), never by the main build.
import PackageDescription

let package = Package(
    name: "SideBySide",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(name: "openapi-swift", path: "../.."),
        .package(name: "Benchmarks", path: ".."),
    ],
    targets: [
        // Decodes the follow-ups list through apple's generated client (types + client generated at
        // build time by its plugin from openapi/openapi.yaml, our shipped spec).
        .executableTarget(
            name: "AppleDecode",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
                .product(name: "BenchmarkSupport", package: "Benchmarks"),
            ],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
    ]
)
