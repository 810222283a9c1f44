// swift-tools-version:6.0
// Real-world documents written by others (Tests/Specs/real), end to end, run by `.ci/run`:
// `Tests/RealSpecs/generate.sh` generates each (not committed), this package compiles them with warnings as
// errors, and `CheckRealExamples` decodes every example of each document into its generated type and
// re-encodes it; failures not listed with a reason in `allowed-failures.txt` fail the run.
import PackageDescription

let modules = ["Discord", "Spotify", "DigitalOcean"]

let package = Package(
    name: "RealSpecs",
    dependencies: [.package(name: "openapi-swift", path: "../..")],
    targets: modules.map { module in
        .target(
            name: module,
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
            path: "Generated/\(module)",
            swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]
        )
    } + [
        .executableTarget(
            name: "CheckRealExamples",
            dependencies: modules.map { .target(name: $0) } + [
                .product(name: "ExampleVerifier", package: "openapi-swift"),
                .product(name: "OpenAPI", package: "openapi-swift"),
                .product(name: "SchemaIR", package: "openapi-swift"),
            ]
        ),
    ]
)
