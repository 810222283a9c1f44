// swift-tools-version:6.0
// Compiles every golden output of the generator (Tests/Goldens/<Module>), so a golden that does not
// build fails CI. The goldens themselves are written only by `UPDATE_GOLDENS=1 swift test`.
//
// Downstream targets compile generated code under different settings, and every access level must build
// under each of them, with no warnings. `GOLDENS_SETTINGS` chooses one (CI builds all three, each in its
// own scratch path):
// - `strict` (default): Swift 6 with imports internal by default and members visible only through direct
//   imports, the strictest settings a downstream target may use;
// - `swift6`: a plain tools-6 target, where an import without a modifier is implicitly `public`;
// - `swift5`: Swift 5 language mode.
import Foundation
import PackageDescription

let modules = ["AllOf", "Bodies", "Bulk", "Collisions", "Features", "HostileText", "IncidentIOFollowUpsSubset", "IncidentIOInternal", "IncidentIOPackage", "KitchenSink", "MultiFile", "PathsAndParameters", "Petstore", "PetstoreExpanded", "SecuritySchemes", "Streams32", "Unions", "Webhooks"]
// Goldens of the modules layout: a package of several modules each. Their targets are declared here too, so
// they build under each setting; a module depends on the others its files import.
let layoutModules = ["BulkModules", "CollisionsModules", "FeaturesModules"]
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let layoutTargets: [(name: String, path: String, dependencies: [String])] = layoutModules.flatMap { golden in
    let folder = here.appendingPathComponent(golden)
    let modules = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { name in
        var isFolder: ObjCBool = false
        return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
    }.sorted()
    return modules.map { module in
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(module).path)) ?? []
        let text = files.compactMap { try? String(contentsOf: folder.appendingPathComponent(module).appendingPathComponent($0), encoding: .utf8) }.joined()
        return (module, golden + "/" + module, modules.filter { $0 != module && text.contains("import \($0)\n") })
    }
}
let settingsName = ProcessInfo.processInfo.environment["GOLDENS_SETTINGS"] ?? "strict"

let settings: [SwiftSetting] = {
    let noWarnings = SwiftSetting.unsafeFlags(["-warnings-as-errors"])
    switch settingsName {
    case "strict":
        return [.enableUpcomingFeature("InternalImportsByDefault"), .enableUpcomingFeature("MemberImportVisibility"), noWarnings]
    case "swift6":
        return [noWarnings]
    case "swift5":
        return [.swiftLanguageMode(.v5), noWarnings]
    default:
        fatalError("GOLDENS_SETTINGS must be strict, swift6 or swift5, not '\(settingsName)'")
    }
}()

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
            swiftSettings: settings
        )
    } + layoutTargets.map { target in
        .target(
            name: target.name,
            dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-swift")] + target.dependencies.map { .target(name: $0) },
            path: target.path,
            swiftSettings: settings
        )
    }
)
