import Foundation

/// A seeded, fast pseudo-random generator: xoshiro256** (Blackman & Vigna 2018), its state
/// filled from the seed by SplitMix64. Every random choice in graphtool takes one of these
/// explicitly, so the same seed gives the same result.
///
/// It is `Codable`: its encoding holds the seed and the current state, so a checkpoint that saves
/// it resumes the same sequence.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Codable, Equatable {
    private var s0, s1, s2, s3: UInt64
    /// The seed this generator started from.
    public let seed: UInt64

    /// A generator whose whole sequence is fixed by `seed`. - Complexity: O(1)
    public init(seed: UInt64) {
        self.seed = seed
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits. - Complexity: O(1)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform `Float` in [0, 1). - Complexity: O(1)
    public mutating func nextUnitFloat() -> Float { Float(next() >> 40) * 0x1p-24 }

    /// A standard normal sample (Box–Muller). - Complexity: O(1)
    public mutating func nextGaussian() -> Float {
        let u1 = max(Double(next() >> 11) * 0x1p-53, .leastNormalMagnitude)
        let u2 = Double(next() >> 11) * 0x1p-53
        return Float((-2 * log(u1)).squareRoot() * cos(2 * .pi * u2))
    }

    /// A uniform index in `0 ..< bound` without modulo bias (Lemire 2019). - Complexity: O(1)
    public mutating func nextIndex(below bound: Int) -> Int {
        Int.random(in: 0 ..< bound, using: &self)
    }

    /// A new generator derived from this one, for giving a stream to a worker. - Complexity: O(1)
    public mutating func split() -> SeededGenerator { SeededGenerator(seed: next()) }
}
