/// What a utility reports for running one topology on one query.
public struct UtilityOutcome: Sendable, Equatable {
    /// The quality of the answer (e.g. 1 for correct, 0 for wrong).
    public let utility: Double
    /// What it cost (messages plus queries, or tokens).
    public let cost: Double

    /// An outcome. - Complexity: O(1)
    public init(utility: Double, cost: Double) {
        self.utility = utility
        self.cost = cost
    }
}

/// The pluggable utility: `(topology, query) → (utility, cost)`. The debate simulator provides
/// one (``DCMDebate/utility(using:)``), ``CommandUtility`` runs a user's program, and any Swift
/// closure (for instance one calling a language-model framework) will do.
public typealias UtilityFunction = (Topology, DesignQuery) throws -> UtilityOutcome
