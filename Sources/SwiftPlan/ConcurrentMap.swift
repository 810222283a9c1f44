import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` with the elements transformed on all cores; results keep the elements' order, so output
    /// built from them is as deterministic as a serial map.
    /// - Parameter weights: the elements' expected costs, if known. The heaviest start first, so no core
    ///   is left finishing a large element alone at the end.
    package func concurrentMap<Result: Sendable>(weights: [Int]? = nil, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
        let elements = self
        let order: [Int] = weights.map { weights in indices.sorted { (weights[$0], $1) > (weights[$1], $0) } } ?? [Int](0..<count)
        DispatchQueue.concurrentPerform(iterations: count) { step in
            let index = order[step]
            let result = transform(elements[index])
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { $0.map { $0! } }
    }
}

/// A value computed on another thread while the caller goes on; `value` waits for it.
package final class Concurrently<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    package init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    package var value: Value {
        done.wait()
        done.signal()  // later reads return at once
        return result.withLock { $0! }
    }
}
