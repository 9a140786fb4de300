import Foundation
import GraphCore

extension AIG {
    /// Combinational equivalence of `self` and `other` by bit-parallel simulation. Inputs,
    /// latches (their current states, acting as free inputs) and outputs are matched by
    /// position; the compared functions are the outputs, then the latch next states.
    ///
    /// With at most `AIG.exhaustiveSourceLimit` (16) inputs plus latches every assignment is
    /// simulated and the answer is `.equivalent` or `.notEquivalent`; otherwise
    /// `patternCount` seeded random patterns are simulated (`.notEquivalent` or
    /// `.notProven`). The counterexample is the lowest-numbered failing pattern, so the answer
    /// does not depend on `threads`.
    ///
    /// - Throws: `AIGError.interfaceMismatch` when the input, latch or output counts differ;
    ///   `AIGError.invalidPatternCount` unless `patternCount >= 1`.
    /// - Complexity: O((M + M') · patterns / 64) word operations over `threads` threads.
    public func checkEquivalence(with other: AIG, patternCount: Int = 1 << 16, seed: UInt64 = 1,
                                 threads: Int = Parallel.coreCount) throws -> EquivalenceResult {
        for (what, a, b) in [("inputs", inputs.count, other.inputs.count),
                             ("latches", latches.count, other.latches.count),
                             ("outputs", outputs.count, other.outputs.count)] where a != b {
            throw AIGError.interfaceMismatch("the first has \(a) \(what), the second \(b)")
        }
        guard patternCount >= 1 else { throw AIGError.invalidPatternCount(patternCount) }
        let sources = inputs.count + latches.count
        let exhaustive = sources <= AIG.exhaustiveSourceLimit
        let patterns = exhaustive ? PatternSet.exhaustive(sources: sources)
            : PatternSet.random(count: patternCount, seed: seed, sources: sources)
        let programs = (SimulationProgram(wholeOf: self), SimulationProgram(wholeOf: other))
        let roots = ((outputs + latchNext).map(programs.0.slotLiteral), (other.outputs + other.latchNext).map(programs.1.slotLiteral))
        let first = FirstMismatch()
        Parallel.forEachChunk(count: patterns.blockCount, threads: max(1, threads)) { blocks in
            var values0 = programs.0.makeValues(), values1 = programs.1.makeValues()
            values0.withUnsafeMutableBufferPointer { b0 in
                values1.withUnsafeMutableBufferPointer { b1 in
                    let v0 = b0.baseAddress!, v1 = b1.baseAddress!
                    for b in blocks {
                        if first.isSettled(before: PatternSet.patternIndex(block: b, word: 0, bit: 0)) { return }
                        patterns.fill(block: b, into: v0)
                        patterns.fill(block: b, into: v1)
                        programs.0.run(v0)
                        programs.1.run(v1)
                        if let found = Self.firstMismatch(block: b, v0, v1, roots, patterns) {
                            first.offer(found)
                            return
                        }
                    }
                }
            }
        }
        guard let found = first.value else {
            return exhaustive ? .equivalent : .notProven(patterns: patternCount)
        }
        return .notEquivalent(counterexample: found.counterexample, output: found.output)
    }

    /// The lowest failing pattern of block `b`, its lowest failing output and its source values.
    private static func firstMismatch(block b: Int, _ v0: UnsafeMutablePointer<UInt64>, _ v1: UnsafeMutablePointer<UInt64>,
                                      _ roots: ([UInt32], [UInt32]), _ patterns: PatternSet) -> (Int, Int, [Bool])? {
        for j in 0 ..< SimulationProgram.width {
            let mask = patterns.mask(block: b, word: j)
            var differ: UInt64 = 0
            for (r0, r1) in zip(roots.0, roots.1) {
                differ |= SimulationProgram.word(r0, j, in: v0) ^ SimulationProgram.word(r1, j, in: v1)
            }
            differ &= mask
            guard differ != 0 else { continue }
            let bit = differ.trailingZeroBitCount
            let output = roots.0.indices.first { k in
                (SimulationProgram.word(roots.0[k], j, in: v0) ^ SimulationProgram.word(roots.1[k], j, in: v1)) >> UInt64(bit) & 1 == 1
            }!
            let counterexample = (0 ..< patterns.sourceCount).map { i in
                v0[(1 + i) * SimulationProgram.width + j] >> UInt64(bit) & 1 == 1
            }
            return (PatternSet.patternIndex(block: b, word: j, bit: bit), output, counterexample)
        }
        return nil
    }
}

/// The lowest-numbered failing pattern found so far by any thread, behind a lock.
private final class FirstMismatch: @unchecked Sendable {
    private let lock = NSLock()
    private var found: (pattern: Int, output: Int, counterexample: [Bool])?

    var value: (pattern: Int, output: Int, counterexample: [Bool])? {
        lock.lock(); defer { lock.unlock() }
        return found
    }

    /// Whether a failure below `pattern` is already known (so later blocks need no work).
    func isSettled(before pattern: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return found.map { $0.pattern < pattern } ?? false
    }

    func offer(_ candidate: (Int, Int, [Bool])) {
        lock.lock(); defer { lock.unlock() }
        if found == nil || candidate.0 < found!.pattern { found = candidate }
    }
}
