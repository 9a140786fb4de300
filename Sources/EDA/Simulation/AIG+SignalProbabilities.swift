import Foundation
import GraphCore

extension AIG {
    /// Largest number of sources (inputs plus latches) that exhaustive simulation enumerates:
    /// 2^16 patterns, 1,024 words per slot.
    public static let exhaustiveSourceLimit = 16

    /// The fraction of `patternCount` seeded random patterns under which each variable is 1
    /// (one entry per variable; 0 for the constant and unused variables). Inputs and latch
    /// outputs are independent fair coins (latches act as free inputs; next states are not
    /// clocked). Patterns are simulated 64 per machine word, 512 per sweep, the sweeps split
    /// over `threads` threads; each 512-pattern block draws from its own generator derived
    /// from `seed`, so the result is the same for every thread count.
    ///
    /// - Throws: `AIGError.invalidPatternCount` unless `patternCount >= 1`.
    /// - Complexity: O(M · patternCount / 64) word operations, divided over the threads;
    ///   O(M · threads) extra memory.
    public func signalProbabilities(patternCount: Int, seed: UInt64, threads: Int = Parallel.coreCount) throws -> [Double] {
        guard patternCount >= 1 else { throw AIGError.invalidPatternCount(patternCount) }
        let patterns = PatternSet.random(count: patternCount, seed: seed, sources: inputs.count + latches.count)
        return onesFractions(patterns, threads: threads)
    }

    /// The exact fraction of all `2^(inputs + latches)` assignments under which each variable
    /// is 1, by exhaustive simulation (e.g. 0.25 for the AND of two inputs).
    ///
    /// - Throws: `AIGError.tooManySources` above `AIG.exhaustiveSourceLimit` sources.
    /// - Complexity: O(M · 2^sources / 64) word operations, divided over the threads.
    public func exactSignalProbabilities(threads: Int = Parallel.coreCount) throws -> [Double] {
        let sources = inputs.count + latches.count
        guard sources <= AIG.exhaustiveSourceLimit else {
            throw AIGError.tooManySources(sources, limit: AIG.exhaustiveSourceLimit)
        }
        return onesFractions(.exhaustive(sources: sources), threads: threads)
    }

    /// Counts, per variable, the patterns of `patterns` under which it is 1, and divides.
    private func onesFractions(_ patterns: PatternSet, threads: Int) -> [Double] {
        let program = SimulationProgram(wholeOf: self)
        var total = [Int](repeating: 0, count: program.slotCount)
        let lock = NSLock()
        Parallel.forEachChunk(count: patterns.blockCount, threads: max(1, threads)) { blocks in
            var values = program.makeValues()
            var counts = [Int](repeating: 0, count: program.slotCount)
            values.withUnsafeMutableBufferPointer { buffer in
                let values = buffer.baseAddress!
                for b in blocks {
                    patterns.fill(block: b, into: values)
                    program.run(values)
                    let masks = (0 ..< SimulationProgram.width).map { patterns.mask(block: b, word: $0) }
                    for slot in 1 ..< program.slotCount {
                        var ones = 0
                        for j in 0 ..< SimulationProgram.width {
                            ones += (values[slot * SimulationProgram.width + j] & masks[j]).nonzeroBitCount
                        }
                        counts[slot] += ones
                    }
                }
            }
            lock.lock()
            for slot in counts.indices { total[slot] += counts[slot] }
            lock.unlock()
        }
        let n = Double(patterns.patternCount)
        return program.slotOf.map { $0 == .max || $0 == 0 ? 0 : Double(total[Int($0)]) / n }
    }
}
