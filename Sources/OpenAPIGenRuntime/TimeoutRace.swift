/// Runs `operation`, failing with ``TransportError/Kind/timedOut`` when `timeout` passes first (the operation is
/// then cancelled). For waits a transport cannot bound itself: FoundationNetworking's whole-second timeouts, the
/// head of an AsyncHTTPClient stream.
package func raceAgainstTimeout<Result: Sendable>(_ timeout: Duration,
                                                  _ operation: @escaping @Sendable () async throws -> Result) async throws -> Result {
    try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let result = try await group.next() ?? nil else {
            throw TransportError(kind: .timedOut, message: "no response within \(timeout)")
        }
        return result
    }
}

extension Duration {
    /// The duration in seconds, as the Foundation and rate arithmetic that take a `Double` want it.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
