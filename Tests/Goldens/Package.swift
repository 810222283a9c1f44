// swift-tools-version:6.0
// Compiles every golden output of the generator (Tests/Goldens/<Module>), so a golden that does not
// build fails CI. The goldens themselves are written only by `UPDATE_GOLDENS=1 swift test`.
import PackageDescription

let modules = ["HostileText", "KitchenSink", "Petstore", "PetstoreExpanded"]

let package = Package(
    name: "Goldens",
    dependencies: [.package(name: "openapi-swift", path: "../..")],
    targets: modules.map { module in
        .target(
            name: module,
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")],
            path: module,
            swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]
        )
    }
)
