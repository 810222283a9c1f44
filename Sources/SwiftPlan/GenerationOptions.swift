/// What the user chose for the generated Swift: module, access level, names, layout and coding choices.
public struct GenerationOptions: Sendable {
    public enum AccessLevel: String, Sendable, CaseIterable {
        case `public`, `internal`, `package`

        /// `public `, `package ` or nothing (internal), as declarations are prefixed.
        package var modifier: String { self == .internal ? "" : rawValue + " " }
    }

    /// How the output is split into files.
    public enum Layout: String, Sendable, CaseIterable {
        /// The root client, one client file per tag, the models each tag's operations reach first beside it
        /// (`<Tag>Models.swift`), and `Models.swift` for the rest; model files over about 700 lines are split.
        case split
        /// Exactly `Types.swift` and `Client.swift`: file names known before generating, as a SwiftPM
        /// build-tool plugin must declare them.
        case bundle
        /// The split layout's files spread over several modules, one folder each, so that an edit to one
        /// tag's schemas rebuilds that tag's module alone: `<Module><Tag>` per tag (its client and the
        /// models only its operations use; tags under ``GenerationOptions/minimumModuleLines`` share one),
        /// `<Module>Shared` (models several tags use; those one set of tags shares get a module of their own
        /// from half that size), `<Module>Other` (models no operation uses), and `<Module>` on top (the root
        /// client; it re-exports the rest).
        /// The output folder is a Swift package of these modules, with a `<Module>` library product: depend on
        /// it by its path. Needs `public` access and ``GenerationOptions/runtimePackage``.
        case modules
    }

    /// How object-typed query parameters that declare no `style` are sent.
    public enum QueryObjectStyle: String, Sendable, CaseIterable {
        /// OpenAPI's default, `form` with `explode`: each property is its own `key=value`.
        case form
        /// `name[key]=value`, what APIs such as incident.io's filters (`status[one_of]=…`) expect even
        /// where their spec leaves the style out.
        case deepObject
    }

    public var moduleName: String
    public var access: AccessLevel
    /// The root client's type name; by default the module name + `Client`.
    public var clientName: String?
    public var layout: Layout
    public var queryObjectStyle: QueryObjectStyle
    /// Also emit `<Module>TypeRegistry`, which maps schema locations to generated types.
    public var typeRegistry: Bool
    /// Give every model `var` properties. By default only types a request can carry (bodies and
    /// parameters) have them; models only ever received are immutable values with `let` properties.
    public var mutableModels: Bool
    /// Where the package the modules layout writes finds `OpenAPIGenRuntime`: a URL (followed at its `main`
    /// branch) or a path relative to the output directory.
    public var runtimePackage: String?
    /// About how many lines of Swift a module of the modules layout holds at least: tags smaller than this
    /// share a module, and the models one set of tags shares get a module of their own once they are half
    /// this large. 0 gives every tag, and every set of tags' shared models, a module.
    public var minimumModuleLines: Int

    /// The modules layout's default ``minimumModuleLines``.
    public static let defaultMinimumModuleLines = 2_000

    public init(moduleName: String, access: AccessLevel = .public, clientName: String? = nil, layout: Layout = .split,
                queryObjectStyle: QueryObjectStyle = .form, typeRegistry: Bool = false, mutableModels: Bool = false,
                runtimePackage: String? = nil, minimumModuleLines: Int = defaultMinimumModuleLines) {
        self.runtimePackage = runtimePackage
        self.minimumModuleLines = minimumModuleLines
        self.moduleName = moduleName
        self.access = access
        self.clientName = clientName
        self.layout = layout
        self.queryObjectStyle = queryObjectStyle
        self.typeRegistry = typeRegistry
        self.mutableModels = mutableModels
    }
}
