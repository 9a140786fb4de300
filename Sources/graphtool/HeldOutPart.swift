import ArgumentParser
import CircuitLearning

/// The held-out part of a design split that an `evaluate` command scores (`--part`).
enum HeldOutPart: String, ExpressibleByArgument, CaseIterable {
    case validation, test

    /// The same part of a ``ParasiticSplit``. - Complexity: O(1)
    var splitPart: ParasiticSplit.Part { self == .test ? .test : .validation }
}
