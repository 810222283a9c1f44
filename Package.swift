// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "openapi-swift",
    products: [
        .library(name: "CYAML", targets: ["CYAML"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "OpenAPI", targets: ["OpenAPI"]),
        .library(name: "SchemaIR", targets: ["SchemaIR"]),
    ],
    targets: [
        // libyaml from the system (Debian: libyaml-dev); never vendored.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(name: "OpenAPI", dependencies: ["YAML"]),
        .target(name: "SchemaIR", dependencies: ["OpenAPI"]),

        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "OpenAPITests", dependencies: ["OpenAPI"]),
        .testTarget(name: "SchemaIRTests", dependencies: ["SchemaIR"]),
    ]
)
