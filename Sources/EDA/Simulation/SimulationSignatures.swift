/// Every variable's values under one set of input patterns, 64 patterns per word: bit `p % 64`
/// of word `p / 64` of a variable's row is its value under pattern `p`. With few sources the
/// patterns are all assignments, so each row is the variable's exact truth table over all
/// sources; otherwise they are a seeded random sample of assignments. The normalised Hamming
/// distance of two rows is the share of patterns under which the two signals differ, the
/// truth-table distance of DeepGate2 (Shi et al., ICCAD 2023).
public struct SimulationSignatures: Sendable, Equatable {
    /// Number of patterns (`2^sources` when ``isExhaustive``).
    public let patternCount: Int
    /// Words per variable, `⌈patternCount / 64⌉`.
    public let wordsPerVariable: Int
    /// Whether the patterns are every assignment of the sources.
    public let isExhaustive: Bool
    /// `variableCount × wordsPerVariable` words, variable by variable; bits past
    /// ``patternCount`` are 0, and so are the rows of the constant and unused variables.
    public let words: [UInt64]

    /// Wraps computed rows. - Complexity: O(1)
    init(patternCount: Int, isExhaustive: Bool, words: [UInt64]) {
        self.patternCount = patternCount
        wordsPerVariable = (patternCount + 63) / 64
        self.isExhaustive = isExhaustive
        self.words = words
    }

    /// Share of patterns under which variables `a` and `b` differ, in [0, 1].
    /// - Complexity: O(wordsPerVariable)
    public func distance(_ a: Int, _ b: Int) -> Double {
        let w = wordsPerVariable
        var differ = 0
        for j in 0 ..< w { differ += (words[a * w + j] ^ words[b * w + j]).nonzeroBitCount }
        return Double(differ) / Double(patternCount)
    }

    /// Share of patterns under which variable `v` is 1. - Complexity: O(wordsPerVariable)
    public func onesFraction(_ v: Int) -> Double {
        let w = wordsPerVariable
        return Double(words[v * w ..< (v + 1) * w].reduce(0) { $0 + $1.nonzeroBitCount }) / Double(patternCount)
    }
}
