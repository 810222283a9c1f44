import Foundation

/// When and how long the client waits before trying a request again.
///
/// - A `429 Too Many Requests` is retried for every method (the server did not act on it), waiting at
///   least as long as the API asks: the error body's `rate_limit.retry_after` or the `Retry-After`
///   header (seconds or an HTTP date). If that is longer than ``maximumDelay``, the client gives up at
///   once with the rate-limit error instead of sleeping for it.
/// - `5xx` responses and transport failures are retried only for idempotent methods (GET, PUT, DELETE,
///   HEAD, OPTIONS, TRACE): a POST or PATCH may already have taken effect.
/// - Between attempts the delay grows exponentially from ``baseDelay`` (×2 each time, capped at
///   ``maximumDelay``), shortened by a random fraction of up to ``jitter`` so clients spread out.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included. 1 disables retries.
    public var maximumAttempts: Int
    public var baseDelay: Duration
    public var maximumDelay: Duration
    /// The largest fraction (0…1) by which a backoff delay is randomly shortened.
    public var jitter: Double
    public var retriesServerErrors: Bool
    public var retriesTransportErrors: Bool
    /// A number in 0..<1 for jitter; replace it to make delays predictable.
    public var random: @Sendable () -> Double

    public init(
        maximumAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(60),
        jitter: Double = 0.25, retriesServerErrors: Bool = true, retriesTransportErrors: Bool = true,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.jitter = min(max(jitter, 0), 1)
        self.retriesServerErrors = retriesServerErrors
        self.retriesTransportErrors = retriesTransportErrors
        self.random = random
    }

    /// Four attempts, 0.5 s doubling to at most 60 s, 25 % jitter.
    public static var `default`: RetryPolicy { RetryPolicy() }

    /// One attempt, no retries. Where a `RetryPolicy?` is expected (``RequestOptions/retryPolicy``), write
    /// `RetryPolicy.none`: a bare `.none` there is `nil`, which keeps the client's policy.
    public static var none: RetryPolicy { RetryPolicy(maximumAttempts: 1) }

    /// The backoff before attempt `attempt + 1`.
    func backoff(after attempt: Int) -> Duration {
        let exponent = min(attempt - 1, 30)
        var delay = baseDelay * (1 << exponent)
        if delay > maximumDelay { delay = maximumDelay }
        return delay * (1 - jitter * random())
    }

    static func isIdempotent(_ method: String) -> Bool {
        ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE"].contains(method.uppercased())
    }
}

/// Waits between attempts. Replace it in tests to check delays without sleeping.
public protocol RetrySleeper: Sendable {
    /// Suspends for `duration`, throwing `CancellationError` as soon as the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// Sleeps with `Task.sleep`, which ends early when the task is cancelled.
public struct TaskSleeper: RetrySleeper {
    public init() {}

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
