/// The verdict of `AIG.checkEquivalence(with:patternCount:seed:threads:)`.
public enum EquivalenceResult: Equatable, Sendable, CustomStringConvertible {
    /// Every assignment was simulated (at most `AIG.exhaustiveSourceLimit` sources) and every
    /// output agrees: the circuits are combinationally equivalent.
    case equivalent
    /// Output `output` differs under `counterexample`: one value per input, then one per latch
    /// (current state), in order. `output` counts the outputs, then the latch next states.
    case notEquivalent(counterexample: [Bool], output: Int)
    /// No difference under `patterns` random patterns; equivalence is likely but not proven.
    case notProven(patterns: Int)

    public var description: String {
        switch self {
        case .equivalent:
            return "equivalent (exhaustive simulation)"
        case let .notEquivalent(counterexample, output):
            let bits = String(counterexample.map { $0 ? "1" : "0" })
            return "not equivalent: output \(output) differs under inputs \(bits.isEmpty ? "(none)" : bits) (input 0 first)"
        case .notProven(let patterns):
            return "no difference found under \(patterns) random patterns (not a proof)"
        }
    }
}
