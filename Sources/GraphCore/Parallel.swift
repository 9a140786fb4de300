import Dispatch
import Foundation

/// Splitting loops across cores.
public enum Parallel {
    /// Number of active processor cores; the default thread count.
    public static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Runs `body(range)` on disjoint chunks of `0 ..< count` on up to `threads` threads, and
    /// returns once all chunks are done. Chunks never overlap, so each may write its own part of
    /// a buffer. - Complexity: the work of `body`.
    public static func forEachChunk(count: Int, threads: Int = Parallel.coreCount, _ body: (Range<Int>) -> Void) {
        forEachChunk(count: count, threads: threads, prefixCost: nil as [Int]?, body)
    }

    /// `forEachChunk(count:threads:_:)` with chunks of about equal cost: `prefixCost` (when given,
    /// `count + 1` entries) is a prefix-summed work measure, `prefixCost[count]` the total (e.g.
    /// CSR offsets for rows).
    /// - Complexity: the work of `body` plus O(threads log count) for balancing.
    public static func forEachChunk<Cost: RandomAccessCollection>(
        count: Int, threads: Int = Parallel.coreCount, prefixCost: Cost?, _ body: (Range<Int>) -> Void
    ) where Cost.Element == Int, Cost.Index == Int {
        let chunks = max(1, min(threads * 4, count))
        if threads <= 1 || count < 2 {
            body(0 ..< count)
            return
        }
        var bounds = [Int](repeating: 0, count: chunks + 1)
        if let prefixCost, prefixCost.count == count + 1, prefixCost[count] > 0 {
            let total = prefixCost[count]
            for c in 1 ..< chunks {
                let goal = total / chunks * c
                var low = bounds[c - 1], high = count
                while low < high {
                    let mid = (low + high) / 2
                    if prefixCost[mid] < goal { low = mid + 1 } else { high = mid }
                }
                bounds[c] = low
            }
        } else {
            for c in 1 ..< chunks { bounds[c] = count * c / chunks }
        }
        bounds[chunks] = count
        withoutActuallyEscaping(body) { work in
            let workers = min(threads, chunks)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for c in stride(from: worker, to: chunks, by: workers) where bounds[c] < bounds[c + 1] {
                    work(bounds[c] ..< bounds[c + 1])
                }
            }
        }
    }
}
