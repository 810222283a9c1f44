// swift-tools-version:6.0
// Benchmarks live in their own package so that benchmark-only code and dependencies never weigh on
// the main build. Run them with `Benchmarks/run.sh` (release builds; results printed as ratios).
import PackageDescription

let package = Package(
    name: "Benchmarks",
    dependencies: [.package(name: "openapi-swift", path: "..")],
    targets: [
        .executableTarget(
            name: "DecodeBenchmark",
            dependencies: [
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
            ]
        ),
        .executableTarget(
            name: "GenerateBenchmark",
            dependencies: [
                .product(name: "CYAML", package: "openapi-swift"),
                .product(name: "GeneratorCore", package: "openapi-swift"),
            ]
        ),
        .executableTarget(
            name: "FrontEndBenchmark",
            dependencies: [
                .product(name: "CYAML", package: "openapi-swift"),
                .product(name: "YAML", package: "openapi-swift"),
                .product(name: "OpenAPI", package: "openapi-swift"),
                .product(name: "SchemaIR", package: "openapi-swift"),
            ]
        ),
    ]
)
