import EDA

/// The analytic signal-probability estimate a ``ProbabilityHead`` with a prior starts from,
/// computed from the circuit's structure alone (no simulation): part of a model's checkpoint,
/// since a model is trained against one estimate.
public enum ProbabilityEstimate: Sendable, Hashable {
    /// Fanins independent: `p(a ∧ b) = p(a) · p(b)` (`AIG.independenceSignalProbabilities()`).
    case independence
    /// Exact over a reconvergence-driven cut of at most `size` leaves around each AND
    /// (``AIG/cutSignalProbabilities(cutSize:)``).
    case cuts(size: Int)

    /// The estimate new models use.
    public static let standard = ProbabilityEstimate.cuts(size: 8)

    /// `independence` or `cuts-K`, as written in checkpoints and accepted on the command line.
    public var name: String {
        switch self {
        case .independence: return "independence"
        case let .cuts(size): return "cuts-\(size)"
        }
    }

    /// Parses ``name``; `nil` for anything else (cut sizes outside 2 … 10 included).
    public init?(name: String) {
        if name == "independence" { self = .independence; return }
        guard name.hasPrefix("cuts-"), let size = Int(name.dropFirst(5)),
              (2 ... AIG.maximumProbabilityCutSize).contains(size) else { return nil }
        self = .cuts(size: size)
    }

    /// One probability per variable of `aig`. - Complexity: that of the estimate.
    public func probabilities(_ aig: AIG) -> [Float] {
        switch self {
        case .independence: return aig.independenceSignalProbabilities()
        case let .cuts(size): return aig.cutSignalProbabilities(cutSize: size)
        }
    }
}
