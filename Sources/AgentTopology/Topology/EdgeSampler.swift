import Foundation
import GNN
import GraphCore

/// Draws communication graphs from edge probabilities, as G-Designer does: candidate pairs are
/// visited in one fixed order, a pair whose edge would close a cycle is skipped (not drawn),
/// and every other pair becomes an edge with its probability. The result is always a DAG, and
/// its log-probability is the sum over the *considered* pairs of `log p` (taken) or
/// `log(1 − p)` (not taken).
public struct EdgeSampler: Sendable {
    /// Number of agents.
    public let agentCount: Int
    /// The candidate pairs, in the order they are visited.
    public let candidates: [Topology.Edge]

    /// A sampler over the pairs `permitted` allows, visited in row-major order.
    /// - Parameters:
    ///   - forwardOnly: only pairs `i < j` (the DAGs of the fixed agent order); otherwise every
    ///     ordered pair `i ≠ j`, with cycle-closing pairs skipped as they come.
    ///   - permitted: an optional `n × n` mask; pairs where it is `false` are never candidates.
    /// - Complexity: O(n²)
    public init(agentCount n: Int, forwardOnly: Bool, permitted: [[Bool]]? = nil) {
        precondition(permitted == nil || (permitted!.count == n && permitted!.allSatisfy { $0.count == n }),
                     "the permitted-edge mask must be \(n)×\(n)")
        agentCount = n
        candidates = (0 ..< n).flatMap { i in
            (0 ..< n).filter { j in j != i && (!forwardOnly || i < j) && (permitted?[i][j] ?? true) }
                .map { Topology.Edge(i, $0) }
        }
    }

    /// One draw: the DAG, each considered pair with whether it was taken, and the log-probability.
    public struct Draw: Sendable {
        public let topology: Topology
        /// The pairs a Bernoulli decision was made for, in visiting order.
        public let considered: [(edge: Topology.Edge, taken: Bool)]
        /// `Σ log p` over taken pairs plus `Σ log(1 − p)` over the others considered.
        public let logProbability: Double
    }

    /// Samples a DAG with edge probabilities `probabilities[i, j]` (entries in [0, 1]).
    /// - Complexity: O(n² × candidates) worst case (reachability updates), O(n³) for n agents.
    public func sample(_ probabilities: Matrix, rounds: Int = 1, using generator: inout SeededGenerator) -> Draw {
        walk(probabilities, rounds: rounds) { _, p in generator.nextUnitFloat() < p }
    }

    /// The deterministic decoding: every considered pair with probability ≥ `threshold` is
    /// taken, in the same visiting order with the same cycle rule.
    /// - Complexity: as ``sample(_:rounds:using:)``.
    public func decode(_ probabilities: Matrix, threshold: Float = 0.5, rounds: Int = 1) -> Draw {
        walk(probabilities, rounds: rounds) { _, p in p >= threshold }
    }

    /// The exact log-probability that ``sample(_:rounds:using:)`` draws `topology`: its
    /// decisions replayed (`−∞` when it has an edge that is not a candidate or closes a cycle).
    /// - Complexity: as ``sample(_:rounds:using:)``.
    public func logProbability(of topology: Topology, _ probabilities: Matrix) -> Double {
        let wanted = Set(topology.edges)
        let replay = walk(probabilities, rounds: topology.rounds) { edge, _ in wanted.contains(edge) }
        return replay.topology.edges == topology.edges ? replay.logProbability : -.infinity
    }

    /// `log P(draw)` on the tape, from the probability tensor the draw was made with:
    /// `Σ taken log p + Σ not-taken log(1 − p)`. Keep the probabilities inside (0, 1).
    /// - Complexity: O(n²)
    public func logProbability(of draw: Draw, _ probabilities: Tensor) -> Tensor {
        let n = agentCount
        var taken = Matrix(rows: n, columns: n), skipped = Matrix(rows: n, columns: n)
        for (edge, isTaken) in draw.considered {
            if isTaken { taken[edge.source, edge.target] = 1 } else { skipped[edge.source, edge.target] = 1 }
        }
        return (Tensor(taken, name: "takenPairs") * probabilities.log()
            + Tensor(skipped, name: "skippedPairs") * (1 - probabilities).log()).sum()
    }

    /// The summed entropy of the candidates' Bernoulli decisions,
    /// `−Σ (p log p + (1 − p) log(1 − p))`, on the tape. Keep the probabilities inside (0, 1).
    /// - Complexity: O(n²)
    public func entropy(_ probabilities: Tensor) -> Tensor {
        var mask = Matrix(rows: agentCount, columns: agentCount)
        for edge in candidates { mask[edge.source, edge.target] = 1 }
        let p = probabilities
        return -(Tensor(mask, name: "candidatePairs") * (p * p.log() + (1 - p) * (1 - p).log())).sum()
    }

    private func walk(_ probabilities: Matrix, rounds: Int, take: (Topology.Edge, Float) -> Bool) -> Draw {
        let n = agentCount
        precondition(probabilities.rows == n && probabilities.columns == n,
                     "edge probabilities must be \(n)×\(n), not \(probabilities.rows)×\(probabilities.columns)")
        // reaches[a * n + b]: a path a ⇝ b exists (reflexive).
        var reaches = [Bool](repeating: false, count: n * n)
        for i in 0 ..< n { reaches[i * n + i] = true }
        var edges: [Topology.Edge] = []
        var considered: [(edge: Topology.Edge, taken: Bool)] = []
        var logProbability = 0.0
        for edge in candidates where !reaches[edge.target * n + edge.source] {
            let p = probabilities[edge.source, edge.target]
            let isTaken = take(edge, p)
            considered.append((edge, isTaken))
            logProbability += isTaken ? Foundation.log(Double(p)) : Foundation.log(1 - Double(p))
            guard isTaken else { continue }
            edges.append(edge)
            // Everything reaching the source now reaches everything the target reaches.
            for a in 0 ..< n where reaches[a * n + edge.source] {
                for b in 0 ..< n where reaches[edge.target * n + b] { reaches[a * n + b] = true }
            }
        }
        return Draw(topology: Topology(agentCount: n, edges: edges, rounds: rounds),
                    considered: considered, logProbability: logProbability)
    }
}
