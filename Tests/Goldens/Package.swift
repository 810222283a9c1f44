// swift-tools-version:6.0
// Compiles every golden output of the generator (Tests/Goldens/<Module>), so a golden that does not
// build fails CI. The goldens themselves are written only by `UPDATE_GOLDENS=1 swift test`.
import PackageDescription

let modules = ["Features", "HostileText", "IncidentIOFollowUpsSubset", "IncidentIOInternal", "IncidentIOPackage", "KitchenSink", "Petstore", "PetstoreExpanded"]

let package = Package(
    name: "Goldens",
    dependencies: [.package(name: "openapi-swift", path: "../..")],
    targets: [
        // Uses the Features golden's deprecated API: `.ci/run` checks the warnings callers get.
        .target(name: "FeaturesUse", dependencies: ["Features"], path: "FeaturesUse"),
    ] + modules.map { module in
        .target(
            name: module,
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
            path: module,
            // The strictest settings a downstream target may use: imports internal by default, members visible
            // only through direct imports, and no warnings.
            swiftSettings: [
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .unsafeFlags(["-warnings-as-errors"]),
            ]
        )
    }
)
