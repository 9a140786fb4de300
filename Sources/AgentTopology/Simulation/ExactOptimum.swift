import GraphCore

/// The best topology by exhaustive search: every one of the `2^(n(n−1)/2)` DAGs of the fixed agent
/// order (1,024 for five agents), each scored by Monte Carlo on every query type with common
/// random numbers. The winner of each type is then re-estimated on another stream, so its
/// reported utility carries no selection bias.
public struct ExactOptimum: Sendable {
    /// The scores of one DAG.
    public struct Entry: Sendable {
        /// Its bit mask over ``Topology/forwardPairs(agentCount:)``.
        public let mask: Int
        /// Expected utility per type.
        public let utility: [DCMDebate.Estimate]
        /// ``Topology/cost``.
        public let cost: Double
    }

    /// The best DAG of one type.
    public struct Best: Sendable {
        public let topology: Topology
        /// Re-estimated on the stream `estimateSeed`.
        public let utility: DCMDebate.Estimate
        public let cost: Double
        /// `utility − costWeight × cost`.
        public let score: Double
    }

    /// Every DAG, by mask.
    public let entries: [Entry]
    /// The best DAG of each type by `utility − costWeight × cost`.
    public let best: [Best]
    /// The best DAG of each type by utility alone (cost ignored): what no topology can beat.
    public let bestUtility: [Best]
    /// The weight of the cost in the score.
    public let costWeight: Double

    /// Searches every DAG of `debate`'s agents (at most six agents).
    /// - Parameters:
    ///   - samples: debates per DAG and type (the standard error is about `0.5/√samples`).
    ///   - seed: the common random numbers of the search.
    ///   - estimateSeed: the stream of the winners' re-estimates (`seed + 0x5EED` by default);
    ///     give the one other topologies are measured on to compare them with common random
    ///     numbers.
    /// - Complexity: O(2^(n(n−1)/2) × types × samples × one debate), split over `threads`.
    public init(_ debate: DCMDebate, costWeight: Double, samples: Int, seed: UInt64, estimateSeed: UInt64? = nil,
                threads: Int = Parallel.coreCount) {
        let n = debate.agentCount
        precondition(n <= 6, "exhaustive search covers at most six agents (2^15 DAGs), not \(n)")
        let count = 1 << (n * (n - 1) / 2), types = debate.typeCount
        var found = [Entry?](repeating: nil, count: count)
        found.withUnsafeMutableBufferPointer { slots in
            let out = slots
            Parallel.forEachChunk(count: count, threads: threads) { range in
                for mask in range {
                    let topology = Topology(agentCount: n, forwardMask: mask)
                    out[mask] = Entry(mask: mask, utility: (0 ..< types).map {
                        debate.expectedUtility(topology, type: $0, samples: samples, seed: seed)
                    }, cost: topology.cost)
                }
            }
        }
        entries = found.map { $0! }
        self.costWeight = costWeight
        let entries = self.entries
        func winners(_ weight: Double) -> [Best] {
            (0 ..< types).map { t in
                let winner = entries.max { a, b in
                    a.utility[t].mean - weight * a.cost < b.utility[t].mean - weight * b.cost
                }!
                let topology = Topology(agentCount: n, forwardMask: winner.mask)
                let fresh = debate.expectedUtility(topology, type: t, samples: samples, seed: estimateSeed ?? seed &+ 0x5EED)
                return Best(topology: topology, utility: fresh, cost: winner.cost, score: fresh.mean - costWeight * winner.cost)
            }
        }
        best = winners(costWeight)
        bestUtility = winners(0)
    }

    /// The best single DAG for all types together (highest mean score over types): the
    /// strongest fixed topology. - Complexity: O(entries × types)
    public var bestFixed: Entry {
        entries.max { a, b in score(a) < score(b) }!
    }

    /// Mean over types of `utility − costWeight × cost`. - Complexity: O(types)
    public func score(_ entry: Entry) -> Double {
        entry.utility.map(\.mean).reduce(0, +) / Double(entry.utility.count) - costWeight * entry.cost
    }

    /// The cost–utility Pareto front of the fixed DAGs, utility averaged over types: for each
    /// cost, the best utility, kept when it beats every cheaper one. - Complexity: O(entries × types)
    public var paretoFront: [(cost: Double, utility: Double, mask: Int)] {
        var bestByCost: [Double: (Double, Int)] = [:]
        for e in entries {
            let u = e.utility.map(\.mean).reduce(0, +) / Double(e.utility.count)
            if bestByCost[e.cost].map({ u > $0.0 }) ?? true { bestByCost[e.cost] = (u, e.mask) }
        }
        var front: [(cost: Double, utility: Double, mask: Int)] = []
        for cost in bestByCost.keys.sorted() {
            let (u, mask) = bestByCost[cost]!
            if front.last.map({ u > $0.utility }) ?? true { front.append((cost, u, mask)) }
        }
        return front
    }
}
