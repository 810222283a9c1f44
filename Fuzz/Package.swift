// swift-tools-version:6.0
// libFuzzer targets, built by `Fuzz/run.sh` with `-sanitize=fuzzer,address`. Kept out of the main package so
// the normal build never sees the sanitizer flags.
import PackageDescription

let package = Package(
    name: "Fuzz",
    dependencies: [.package(name: "openapi-swift", path: "..")],
    targets: [
        // Starts libFuzzer's driver from a SwiftPM executable.
        .target(name: "FuzzDriver"),
        // bytes → YAML → OpenAPI → IR → Swift text.
        .executableTarget(
            name: "FuzzSpec",
            dependencies: [
                "FuzzDriver",
                .product(name: "OpenAPI", package: "openapi-swift"),
                .product(name: "SchemaIR", package: "openapi-swift"),
                .product(name: "SwiftEmitter", package: "openapi-swift"),
            ]
        ),
        // bytes → the generated IncidentIO models' decoders (and back).
        .executableTarget(
            name: "FuzzDecode",
            dependencies: [
                "FuzzDriver",
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
            ]
        ),
    ]
)
