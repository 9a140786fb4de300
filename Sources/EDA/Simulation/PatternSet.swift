import GraphCore

/// The input patterns of a simulation, cut into blocks of `SimulationProgram.width` words
/// (512 patterns) that can be filled independently, in any order, on any thread.
///
/// Random patterns: block `b` is filled by its own `SeededGenerator`, seeded from the run's
/// seed and `b`, so the patterns (and every result) do not depend on the thread count.
/// Exhaustive patterns: pattern `p` sets source `i` to bit `i` of `p`.
struct PatternSet: Sendable {
    enum Kind: Sendable {
        case random(seed: UInt64)
        case exhaustive
    }

    let kind: Kind
    /// Number of patterns.
    let patternCount: Int
    /// Number of source variables each pattern assigns.
    let sourceCount: Int

    /// Number of 64-pattern words, the last one possibly partial. - Complexity: O(1)
    var wordCount: Int { (patternCount + 63) / 64 }
    /// Number of blocks. - Complexity: O(1)
    var blockCount: Int { (wordCount + SimulationProgram.width - 1) / SimulationProgram.width }

    /// `count` random patterns (count ≥ 1) over `sources` sources. - Complexity: O(1)
    static func random(count: Int, seed: UInt64, sources: Int) -> PatternSet {
        PatternSet(kind: .random(seed: seed), patternCount: count, sourceCount: sources)
    }

    /// All `2^sources` patterns (sources ≤ 62). - Complexity: O(1)
    static func exhaustive(sources: Int) -> PatternSet {
        PatternSet(kind: .exhaustive, patternCount: 1 << sources, sourceCount: sources)
    }

    /// The 6 truth-table words of the first six variables (bit p of word i = bit i of p).
    static let elementary: [UInt64] = [0xAAAA_AAAA_AAAA_AAAA, 0xCCCC_CCCC_CCCC_CCCC, 0xF0F0_F0F0_F0F0_F0F0,
                                       0xFF00_FF00_FF00_FF00, 0xFFFF_0000_FFFF_0000, 0xFFFF_FFFF_0000_0000]

    /// Writes block `b`'s source words into slots `1...sourceCount` of `values` (laid out as
    /// `SimulationProgram` wants). Words past the end are filled too; `mask` hides them.
    /// - Complexity: O(sources · width)
    func fill(block b: Int, into values: UnsafeMutablePointer<UInt64>) {
        let width = SimulationProgram.width
        switch kind {
        case .random(let seed):
            var generator = SeededGenerator(seed: PatternSet.blockSeed(seed, b))
            for i in 0 ..< sourceCount * width { values[width + i] = generator.next() }
        case .exhaustive:
            for i in 0 ..< sourceCount {
                for j in 0 ..< width {
                    let w = b * width + j
                    values[(1 + i) * width + j] = i < 6 ? PatternSet.elementary[i] : (w >> (i - 6) & 1 == 1 ? ~0 : 0)
                }
            }
        }
    }

    /// The valid patterns of word `j` of block `b`. - Complexity: O(1)
    @inline(__always)
    func mask(block b: Int, word j: Int) -> UInt64 {
        let first = (b * SimulationProgram.width + j) * 64
        let valid = patternCount - first
        return valid >= 64 ? ~0 : valid <= 0 ? 0 : (1 << UInt64(valid)) - 1
    }

    /// The global index of pattern `bit` of word `j` of block `b`. - Complexity: O(1)
    static func patternIndex(block b: Int, word j: Int, bit: Int) -> Int {
        (b * SimulationProgram.width + j) * 64 + bit
    }

    /// A well-mixed seed for block `b` (SplitMix64 finaliser of the pair). - Complexity: O(1)
    static func blockSeed(_ seed: UInt64, _ b: Int) -> UInt64 {
        func mix(_ x: UInt64) -> UInt64 {
            var z = x &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return mix(seed ^ mix(UInt64(b) &* 0xD1B5_4A32_D192_ED03))
    }
}
