/// Masked-gate reconstruction accuracy of one run, per attribute, with the majority-class
/// baseline (the most common label among the masked gates, which a constant guess would get).
public struct MaskedAccuracy: Sendable, Codable, Equatable {
    /// Masked gates.
    public var count: Int
    /// Accuracy on kind, inversions, fanout bucket.
    public var kind: Double, inversions: Double, fanout: Double
    /// Majority-class accuracy on the same three.
    public var kindMajority: Double, inversionsMajority: Double, fanoutMajority: Double

    /// The plain mean of each accuracy over `runs` (each circuit weighs the same); `count` is
    /// the total. - Precondition: `runs` is not empty. - Complexity: O(runs)
    public static func mean(_ runs: [MaskedAccuracy]) -> MaskedAccuracy {
        precondition(!runs.isEmpty, "no runs to average")
        let n = Double(runs.count)
        func average(_ f: (MaskedAccuracy) -> Double) -> Double { runs.map(f).reduce(0, +) / n }
        return MaskedAccuracy(count: runs.map(\.count).reduce(0, +), kind: average(\.kind), inversions: average(\.inversions),
                              fanout: average(\.fanout), kindMajority: average(\.kindMajority),
                              inversionsMajority: average(\.inversionsMajority), fanoutMajority: average(\.fanoutMajority))
    }
}
