// Uses every deprecated declaration of the Features golden: building this target must print exactly the
// deprecation warnings `.ci/run` expects (and the Features module itself none).
import Features

func deprecatedUses(_ client: FeaturesClient, _ widget: Widget) async throws {
    _ = try await client.legacy.listGadgets()                      // deprecated operation
    _ = try await client.widgets.list(legacyFilter: "x")           // deprecated parameter
    _ = widget.legacyCode                                          // deprecated property
    let gadget: Gadget? = widget.gadget                            // deprecated schema
    _ = gadget
}

func currentUses(_ client: FeaturesClient, _ widget: Widget) async throws {
    _ = try await client.widgets.list(pageSize: 10)                // no warning: the overload without the parameter
    _ = widget.gadget?.id                                          // no warning: the type is not named
}
