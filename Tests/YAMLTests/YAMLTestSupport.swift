import YAML

/// Parses a YAML string for tests.
func parse(_ text: String, file: String = "test.yaml", limits: YAMLParser.Limits = .init()) throws(YAMLError) -> Node {
    try YAMLParser(limits: limits).parse(Array(text.utf8), file: file).root
}

/// The error a YAML string produces, or nil when it parses.
func parseError(_ text: String) -> YAMLError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}
