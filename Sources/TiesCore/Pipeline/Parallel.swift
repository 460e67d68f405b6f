import Dispatch
import Foundation

/// Work shared among the machine's cores where there is enough of it to gain. Results come back in the order of the
/// items, whatever the order the threads finish in: the same inputs give the same outputs.
public enum Parallel {
    /// The cores this process may use.
    public static let cores = max(ProcessInfo.processInfo.activeProcessorCount, 1)

    /// `a` and `b` at once: `b` on a thread of its own, `a` on this one, where it may still share its own work among
    /// the cores (work shared from within a shared run would run on one core).
    public static func both<A: Sendable, B: Sendable>(_ a: () -> A, _ b: @escaping @Sendable () -> B) -> (A, B) {
        guard cores > 1 else { return (a(), b()) }
        let result = Slots<B>(count: 1)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { result.set(0, b()) }
        let first = a()
        done.wait()
        return (first, result.take(0))
    }

    /// `transform` of each item, in the items' order, the items split in one run per core (at most `cores`) where each
    /// run gets at least `minimum` of them.
    public static func map<T: Sendable, U: Sendable>(
        _ items: [T], minimum: Int = 1_000, cores: Int = cores, _ transform: @Sendable (T) -> U
    ) -> [U] {
        let runs = min(cores, items.count / max(minimum, 1))
        guard runs > 1 else { return items.map(transform) }
        let results = Slots<[U]>(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let range = bounds(of: run, runs: runs, count: items.count)
            results.set(run, items[range].map(transform))
        }
        var all: [U] = []
        all.reserveCapacity(items.count)
        for run in 0..<runs { all += results.take(run) }
        return all
    }

    /// `items` in the order `before` gives, as `sorted(by:)` orders them: each core's run sorted at once, then the
    /// runs merged, the earlier run's item first where neither goes before the other.
    public static func sorted<T: Sendable>(_ items: [T], minimum: Int = 10_000, by before: @Sendable (T, T) -> Bool) -> [T] {
        let runs = Parallel.map(Parallel.runs(items.count, minimum: minimum), minimum: 1) { range in items[range].sorted(by: before) }
        guard runs.count > 1 else { return runs.first ?? [] }
        return runs.dropFirst().reduce(runs[0]) { merged, next in
            var out: [T] = []
            out.reserveCapacity(merged.count + next.count)
            var (i, j) = (0, 0)
            while i < merged.count, j < next.count {
                if before(next[j], merged[i]) {
                    out.append(next[j])
                    j += 1
                } else {
                    out.append(merged[i])
                    i += 1
                }
            }
            out += merged[i...]
            out += next[j...]
            return out
        }
    }

    /// `count` items split in one run per core, each of at least `minimum` items (one run where there are too few).
    public static func runs(_ count: Int, minimum: Int) -> [Range<Int>] {
        let runs = max(min(cores, count / max(minimum, 1)), 1)
        return (0..<runs).map { bounds(of: $0, runs: runs, count: count) }
    }

    /// The items of run `run` of `runs`: consecutive, as even as the count allows.
    static func bounds(of run: Int, runs: Int, count: Int) -> Range<Int> {
        (count * run / runs)..<(count * (run + 1) / runs)
    }

    /// One result per thread, each written once by its own thread and read after all have finished.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Value?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: Value) {
            lock.lock()
            values[i] = value
            lock.unlock()
        }

        func take(_ i: Int) -> Value {
            lock.lock()
            defer { lock.unlock() }
            return values[i].take()!
        }
    }
}
