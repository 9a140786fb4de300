import Dispatch
import GraphCore

extension Statevector {
    /// The probability that measuring `qubit` gives 1. - Complexity: O(2ⁿ) split across threads.
    public func probabilityOfOne(_ qubit: Int, threads: Int = Parallel.coreCount) -> Double {
        let bit = 1 << qubit
        return storage.withUnsafeBufferPointer { buffer in
            let s = buffer.baseAddress!
            return Self.parallelSum(count: dimension / 2, threads: threads) { range in
                var sum = 0.0
                for k in range {
                    let i = Self.spread(k, qubit) | bit
                    sum += s[2 * i] * s[2 * i] + s[2 * i + 1] * s[2 * i + 1]
                }
                return sum
            }
        }
    }

    /// Projects `qubit` onto `outcome` and renormalises (`probability` is that outcome's).
    /// - Complexity: O(2ⁿ) split across threads.
    public mutating func collapse(_ qubit: Int, to outcome: Bool, probability: Double, threads: Int = Parallel.coreCount) {
        let bit = 1 << qubit, keep = outcome ? bit : 0
        let scale = probability > 0 ? 1 / probability.squareRoot() : 0
        let count = dimension
        let workers = count >= Self.parallelThreshold ? threads : 1
        storage.withUnsafeMutableBufferPointer { buffer in
            let s = buffer.baseAddress!
            Parallel.forEachChunk(count: count, threads: workers) { range in
                for i in range {
                    let factor = i & bit == keep ? scale : 0
                    s[2 * i] *= factor
                    s[2 * i + 1] *= factor
                }
            }
        }
    }

    /// Measures `qubit`: draws the outcome from `generator`, collapses the state, returns it.
    /// - Complexity: O(2ⁿ)
    public mutating func measure(_ qubit: Int, using generator: inout SeededGenerator, threads: Int = Parallel.coreCount) -> Bool {
        let one = probabilityOfOne(qubit, threads: threads)
        let outcome = Self.unitDouble(&generator) < one
        collapse(qubit, to: outcome, probability: outcome ? one : 1 - one, threads: threads)
        return outcome
    }

    /// Resets `qubit` to |0⟩: measures it and flips it back when it gave 1. - Complexity: O(2ⁿ)
    public mutating func reset(_ qubit: Int, using generator: inout SeededGenerator, threads: Int = Parallel.coreCount) {
        if measure(qubit, using: &generator, threads: threads) {
            apply(StandardGate.pauliX, targets: [qubit], threads: threads)
        }
    }

    /// `shots` basis states drawn from the state's probabilities, in ascending order.
    /// - Complexity: O(2ⁿ + shots log shots), no extra memory beyond the result.
    public func sampleBasisStates(shots: Int, using generator: inout SeededGenerator) -> [Int] {
        let total = normSquared
        let draws = (0 ..< shots).map { _ in Self.unitDouble(&generator) * total }.sorted()
        var result: [Int] = []
        result.reserveCapacity(shots)
        var cumulative = 0.0, index = 0
        storage.withUnsafeBufferPointer { s in
            for draw in draws {
                while index < dimension - 1 {
                    let next = cumulative + s[2 * index] * s[2 * index] + s[2 * index + 1] * s[2 * index + 1]
                    if draw < next { break }
                    cumulative = next
                    index += 1
                }
                result.append(index)
            }
        }
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits. - Complexity: O(1)
    static func unitDouble(_ generator: inout SeededGenerator) -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    /// `Σ body(range)` over `0 ..< count` split into `threads` fixed parts (the same parts, so the
    /// same rounding, for the same thread count). - Complexity: the work of `body`.
    static func parallelSum(count: Int, threads: Int, _ body: (Range<Int>) -> Double) -> Double {
        let parts = count >= parallelThreshold ? max(1, threads) : 1
        if parts == 1 { return body(0 ..< count) }
        var partial = [Double](repeating: 0, count: parts)
        partial.withUnsafeMutableBufferPointer { out in
            let results = out.baseAddress!
            withoutActuallyEscaping(body) { work in
                DispatchQueue.concurrentPerform(iterations: parts) { p in
                    results[p] = work(count * p / parts ..< count * (p + 1) / parts)
                }
            }
        }
        return partial.reduce(0, +)
    }
}
