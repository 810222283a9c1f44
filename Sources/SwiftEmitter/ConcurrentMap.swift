import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` with the elements transformed on all cores; results keep the elements' order, so output
    /// built from them is as deterministic as a serial map.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(elements[index])
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
