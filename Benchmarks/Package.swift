// swift-tools-version:6.0
// Benchmarks live in their own package so that benchmark-only code and dependencies never weigh on
// the main build. Run them with `Benchmarks/run.sh` (release builds; results printed as ratios).
import PackageDescription

let package = Package(
    name: "Benchmarks",
    products: [
        // Shared with Benchmarks/SideBySide: the hand-written baseline and the response body.
        .library(name: "BenchmarkSupport", targets: ["BenchmarkSupport"]),
    ],
    dependencies: [
        .package(name: "openapi-swift", path: ".."),
        // The transport boundary's request and response types, for the benchmarks' own transports.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "BenchmarkSupport",
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")]
        ),
        .executableTarget(
            name: "DecodeBenchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
            ]
        ),
        .executableTarget(
            name: "LargeBodyBenchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "CallOverheadBenchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "PacingBenchmark",
            dependencies: [
                .product(name: "IncidentIO", package: "openapi-swift"),
                .product(name: "OpenAPIGenRuntime", package: "openapi-swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
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
            name: "MultiFileBenchmark",
            dependencies: [
                .product(name: "OpenAPI", package: "openapi-swift"),
                .product(name: "SchemaIR", package: "openapi-swift"),
            ]
        ),
        .executableTarget(
            name: "libyaml-parse",
            dependencies: [.product(name: "CYAML", package: "openapi-swift")]
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
