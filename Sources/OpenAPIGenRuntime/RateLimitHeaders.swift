import Foundation

/// The allowance an API reports in `X-RateLimit-*` response headers, so a caller can pace itself before it
/// is throttled.
///
/// Read leniently: a header that is absent or malformed leaves its field `nil` (or `policies` empty) and
/// never fails the call that carried it.
public struct RateLimitHeaders: Hashable, Sendable {
    /// One limit that applied to the request, as `X-RateLimit-Limit` lists it after the binding quota
    /// (`1200;window=60`: 1,200 requests per 60 seconds).
    public struct Policy: Hashable, Sendable {
        public var quota: Int
        /// The window the quota applies over, in seconds, when the header names one.
        public var windowSeconds: Int?

        public init(quota: Int, windowSeconds: Int? = nil) {
            self.quota = quota
            self.windowSeconds = windowSeconds
        }
    }

    /// The quota that binds this request: the first item of `X-RateLimit-Limit`.
    public var limit: Int?
    /// Every limit that applied, with its window: the remaining items of `X-RateLimit-Limit`.
    public var policies: [Policy]
    /// Requests that can be made now against the binding limit (`X-RateLimit-Remaining`).
    public var remaining: Int?
    /// Requests spent against it (`X-RateLimit-Used`).
    public var used: Int?
    /// When the binding limit is back to full (`X-RateLimit-Reset`, Unix seconds).
    public var reset: Date?

    public init(limit: Int? = nil, policies: [Policy] = [], remaining: Int? = nil, used: Int? = nil, reset: Date? = nil) {
        self.limit = limit
        self.policies = policies
        self.remaining = remaining
        self.used = used
        self.reset = reset
    }

    /// The rate-limit headers among `headers` (names compare case-insensitively), or `nil` when the
    /// response carries none of them.
    public init?(headers: [(name: String, value: String)]) {
        func value(_ name: String) -> String? { HeaderFields.first(name, in: headers) }
        let limitText = value("X-RateLimit-Limit")
        let remainingText = value("X-RateLimit-Remaining")
        let usedText = value("X-RateLimit-Used")
        let resetText = value("X-RateLimit-Reset")
        guard limitText != nil || remainingText != nil || usedText != nil || resetText != nil else { return nil }
        self.init()
        if let limitText { (limit, policies) = Self.parseLimit(limitText) }
        remaining = remainingText.flatMap(Self.count)
        used = usedText.flatMap(Self.count)
        reset = resetText.flatMap(Self.unixTime)
    }

    /// `60, 1200;window=60, 60;window=60`: the binding quota, then each policy. A lone item that carries a
    /// window is both the quota and its policy.
    private static func parseLimit(_ text: String) -> (Int?, [Policy]) {
        var limit: Int?
        var policies: [Policy] = []
        for (index, item) in text.split(separator: ",").enumerated() {
            let parameters = item.split(separator: ";")
            guard let quota = parameters.first.flatMap({ count(String($0)) }) else { continue }
            let window = parameters.dropFirst().lazy.compactMap { parameter -> Int? in
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "window" else { return nil }
                return count(pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }.first
            if index == 0 { limit = quota }
            if window != nil || index > 0 { policies.append(Policy(quota: quota, windowSeconds: window)) }
        }
        return (limit, policies)
    }

    private static func count(_ text: String) -> Int? {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0 else { return nil }
        return value
    }

    private static func unixTime(_ text: String) -> Date? {
        guard let seconds = Double(text.trimmingCharacters(in: .whitespaces)), seconds.isFinite, seconds >= 0 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
