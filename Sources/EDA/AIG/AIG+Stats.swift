/// The size of an AIG, as ABC's `print_stats` reports it (`i/o`, `lat`, `and`, `lev`), plus the
/// AIGER 1.9 property counts.
public struct AIGStats: Codable, Equatable, Sendable {
    public var inputs: Int
    public var outputs: Int
    public var latches: Int
    public var ands: Int
    /// The depth in AND levels (`AIG.depth()`), ABC's `lev`.
    public var levels: Int
    public var bad: Int
    public var constraints: Int
    public var justice: Int
    public var fairness: Int
}

extension AIG {
    /// The counts and depth of this AIG. - Complexity: O(M)
    public func stats() -> AIGStats {
        AIGStats(inputs: inputs.count, outputs: outputs.count, latches: latches.count, ands: andCount,
                 levels: depth(), bad: bad.count, constraints: constraints.count,
                 justice: justice.count, fairness: fairness.count)
    }
}
