import Foundation

/// Client-side pacing: a token bucket that every call of a client (every attempt, retries included) takes a
/// token from before it is sent, waiting when the bucket is empty, so a bulk job stays under the API's
/// limit instead of collecting `429`s.
///
/// Configure it from the API's published numbers (incident.io: 1,200 requests a minute, i.e. a burst of
/// 1,200 refilling 20 a second) and it corrects itself from what the API reports: an
/// `X-RateLimit-Remaining` below the tokens it believes it has lowers them, and a `429` empties the bucket
/// until the response's `Retry-After` or `X-RateLimit-Reset` (when it says one).
///
/// It keeps a few tokens in reserve (``reserve``): requests sent at the limit reach the server in a slightly
/// different order and at slightly different times than they left, and without slack the server's bucket
/// would refuse the odd one. The rate is unchanged; only the first burst is that much smaller.
///
/// Waiters are served in the order they arrived; a cancelled waiter gives its place back and throws
/// `CancellationError` at once.
public actor RateLimiter {
    /// The most tokens the bucket holds: the burst the API allows.
    public let capacity: Double
    /// Tokens added per second.
    public let refillPerSecond: Double
    /// Tokens the bucket never hands out.
    public let reserve: Double
    private var tokens: Double
    private var updated: ContinuousClock.Instant
    /// Nothing is sent before this instant (a `429` asked the client to wait).
    private var pausedUntil: ContinuousClock.Instant?
    private let clock = ContinuousClock()

    /// A bucket holding `capacity` tokens, full at first, refilling `refillPerSecond` a second, keeping
    /// `reserve` of them back (by default 5 % of the capacity, at least 2, at most half of it).
    public init(capacity: Int, refillPerSecond: Double, reserve: Double? = nil) {
        precondition(capacity > 0 && refillPerSecond > 0, "a rate limiter needs a positive capacity and refill rate")
        self.capacity = Double(capacity)
        self.refillPerSecond = refillPerSecond
        self.reserve = max(0, min(reserve ?? max(2, Double(capacity) / 20), Double(capacity) / 2))
        tokens = Double(capacity)
        updated = ContinuousClock.now
    }

    /// `requests` a `period`, all of them available at once (`RateLimiter(requests: 1200, per: .seconds(60))`).
    public init(requests: Int, per period: Duration) {
        let seconds = period.inSeconds
        self.init(capacity: requests, refillPerSecond: Double(requests) / seconds)
    }

    /// Takes a token, first waiting for one when the bucket is empty.
    public func acquire() async throws {
        let wait = takeToken()
        guard wait > .zero else { return }
        do {
            try await Task.sleep(for: wait)
        } catch {
            tokens += 1
            throw CancellationError()
        }
    }

    /// Takes a token now, possibly going into debt, and says how long the caller must wait for it.
    private func takeToken() -> Duration {
        refill()
        tokens -= 1
        var wait: Duration = .zero
        if tokens < reserve { wait = .seconds((reserve - tokens) / refillPerSecond) }
        if let pausedUntil {
            let remaining = pausedUntil - clock.now
            if remaining > wait { wait = remaining }
        }
        return wait
    }

    private func refill() {
        let now = clock.now
        let elapsed = now - updated
        let seconds = elapsed.inSeconds
        tokens = min(capacity, tokens + seconds * refillPerSecond)
        updated = now
        if let pausedUntil, pausedUntil <= now { self.pausedUntil = nil }
    }

    /// Corrects the bucket from a response: the `X-RateLimit-*` headers it carries and whether it was a `429`.
    public func observe(status: Int, headers: [(name: String, value: String)], retryAfter: Duration?, now: Date) {
        refill()
        let reported = RateLimitHeaders(headers: headers)
        if let remaining = reported?.remaining, Double(remaining) < tokens {
            tokens = Double(remaining)
        }
        guard status == 429 else { return }
        // The server refused: whatever the bucket believed, nothing is left until it says otherwise.
        tokens = min(tokens, 0)
        var pause = retryAfter
        if pause == nil, let reset = reported?.reset {
            pause = .milliseconds(max(0, Int64((reset.timeIntervalSince(now) * 1_000).rounded(.up))))
        }
        if let pause, pause > .zero {
            let until = clock.now + pause
            if pausedUntil.map({ until > $0 }) ?? true { pausedUntil = until }
        }
    }
}
