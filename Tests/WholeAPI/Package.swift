// swift-tools-version:6.0
// The whole incident.io API end to end, run by `.ci/run`: `Tests/WholeAPI/generate.sh` generates
// IncidentIOFull (not committed), this package compiles it, and `CheckExamples` decodes every example
// of the document into its generated type and re-encodes it.
import PackageDescription

let package = Package(
    name: "WholeAPI",
    dependencies: [.package(name: "openapi-swift", path: "../..")],
    targets: [
        .target(
            name: "IncidentIOFull",
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
            path: "Generated/IncidentIOFull"
        ),
        .executableTarget(
            name: "CheckExamples",
            dependencies: [
                "IncidentIOFull",
                .product(name: "ExampleVerifier", package: "openapi-swift"),
                .product(name: "OpenAPI", package: "openapi-swift"),
                .product(name: "SchemaIR", package: "openapi-swift"),
            ]
        ),
    ]
)
