import SwiftPlan

/// Writes a file's imports from what the plan says its API mentions (``ModuleUses``), so no access level
/// can produce an unused-import warning and targets built with `InternalImportsByDefault` still compile.
///
/// A module the file's `public`/`package` declarations mention is imported with that access level
/// (`public import Foundation`). Any other module gets a plain `import` under `public` access, which never
/// warns; under `package` access it is written `internal import`, because a plain import is implicitly
/// `public` in targets without `InternalImportsByDefault` (Swift 5 mode, Swift 6 defaults), and the
/// compiler refuses a module imported implicitly in one file and as `package` in another.
struct ImportPlanner {
    let access: GenerationOptions.AccessLevel

    /// The import lines for a file whose API makes `uses`.
    func imports(for uses: ModuleUses) -> String {
        guard access != .internal else { return "import Foundation\nimport OpenAPIGenRuntime\n" }
        let used = access.rawValue + " "
        let unused = access == .package ? "internal " : ""
        var lines = (uses.foundation ? used : unused) + "import Foundation\n" + (uses.runtime ? used : unused) + "import OpenAPIGenRuntime\n"
        // The modules layout's own modules, which only `public` access has.
        for module in uses.modules.sorted() { lines += used + "import " + module + "\n" }
        for module in uses.bodyModules.sorted() { lines += unused + "import " + module + "\n" }
        return lines
    }
}
