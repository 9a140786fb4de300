extension AIG {
    /// The ``SimulationSignatures`` of every variable: all `2^sources` assignments when that is
    /// at most `patternCount` (the exact truth tables; sources are the inputs then the latch
    /// outputs, source `i` = bit `i` of the pattern index), else `patternCount` seeded random
    /// patterns, drawn as in `signalProbabilities(patternCount:seed:threads:)`. One thread.
    ///
    /// - Throws: `AIGError.invalidPatternCount` unless `patternCount >= 1`.
    /// - Complexity: O(M · patterns / 64) time and memory.
    public func simulationSignatures(patternCount: Int = 1024, seed: UInt64 = 1) throws -> SimulationSignatures {
        guard patternCount >= 1 else { throw AIGError.invalidPatternCount(patternCount) }
        let sources = inputs.count + latches.count
        let exhaustive = sources < Int.bitWidth - 2 && 1 << sources <= patternCount
        let patterns = exhaustive ? PatternSet.exhaustive(sources: sources)
            : PatternSet.random(count: patternCount, seed: seed, sources: sources)
        let program = SimulationProgram(wholeOf: self)
        let w = patterns.wordCount, width = SimulationProgram.width
        var words = [UInt64](repeating: 0, count: variableCount * w)
        program.simulateBlocks(of: patterns) { b, values in
            for (v, slot) in program.slotOf.enumerated() where slot != .max {
                for j in 0 ..< min(width, w - b * width) {
                    words[v * w + b * width + j] = values[Int(slot) * width + j] & patterns.mask(block: b, word: j)
                }
            }
        }
        return SimulationSignatures(patternCount: patterns.patternCount, isExhaustive: exhaustive, words: words)
    }
}
