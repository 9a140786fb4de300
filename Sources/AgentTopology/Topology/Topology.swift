/// A multi-agent communication topology: `agentCount` agents, directed acyclic "spatial" edges
/// (`i → j`: agent `j` receives agent `i`'s message), repeated for `rounds` rounds.
///
/// In every round the agents speak in ``topologicalOrder``, each after the agents it hears from.
/// Cost follows AgentPrune (Zhang et al. 2024): one message per edge and round, plus one query
/// per agent and round.
public struct Topology: Hashable, Sendable {
    /// A directed edge `source → target`.
    public struct Edge: Hashable, Comparable, Sendable, Codable {
        public let source: Int, target: Int
        /// An edge. - Complexity: O(1)
        public init(_ source: Int, _ target: Int) {
            self.source = source
            self.target = target
        }
        public static func < (a: Edge, b: Edge) -> Bool { (a.source, a.target) < (b.source, b.target) }
    }

    /// Number of agents, numbered `0 ..< agentCount`.
    public let agentCount: Int
    /// The edges, sorted, without duplicates or self-loops.
    public let edges: [Edge]
    /// Communication rounds (at least 1).
    public let rounds: Int

    /// A topology over `edges` (duplicates removed).
    /// - Precondition: every edge joins two different agents in range, the edges form no cycle,
    ///   and `rounds ≥ 1`.
    /// - Complexity: O(agents + edges log edges)
    public init(agentCount: Int, edges: [Edge], rounds: Int = 1) {
        precondition(agentCount >= 0 && rounds >= 1, "a topology needs agentCount ≥ 0 and rounds ≥ 1")
        precondition(edges.allSatisfy { $0.source != $0.target && (0 ..< agentCount).contains($0.source)
                         && (0 ..< agentCount).contains($0.target) },
                     "edges must join two different agents in 0..<\(agentCount)")
        self.agentCount = agentCount
        self.edges = Array(Set(edges)).sorted()
        self.rounds = rounds
        precondition(Topology.order(agentCount, self.edges) != nil, "the edges of a topology must form no cycle")
    }

    /// For each agent, the agents it receives messages from, ascending. - Complexity: O(agents + edges)
    public var inNeighbours: [[Int]] {
        var result = [[Int]](repeating: [], count: agentCount)
        for e in edges { result[e.target].append(e.source) }
        return result
    }

    /// The order in which agents speak: every agent after its in-neighbours, ties by the lowest
    /// number first (Kahn's algorithm with a smallest-first choice). - Complexity: O(agents² + edges)
    public var topologicalOrder: [Int] { Topology.order(agentCount, edges)! }

    /// Messages sent over all rounds: `edges × rounds`. - Complexity: O(1)
    public var messageCount: Int { edges.count * rounds }

    /// AgentPrune's cost: messages plus one query per agent per round. - Complexity: O(1)
    public var cost: Double { Double((edges.count + agentCount) * rounds) }

    /// Kahn's order, or `nil` when the edges contain a cycle.
    static func order(_ n: Int, _ edges: [Edge]) -> [Int]? {
        var indegree = [Int](repeating: 0, count: n)
        var out = [[Int]](repeating: [], count: n)
        for e in edges {
            indegree[e.target] += 1
            out[e.source].append(e.target)
        }
        var done = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        while order.count < n {
            guard let next = (0 ..< n).first(where: { !done[$0] && indegree[$0] == 0 }) else { return nil }
            done[next] = true
            order.append(next)
            for t in out[next] { indegree[t] -= 1 }
        }
        return order
    }
}

extension Topology {
    /// The pairs `i → j` with `i < j` in row-major order: the edges allowed by the fixed agent
    /// order `0, 1, …, n−1`. - Complexity: O(n²)
    public static func forwardPairs(agentCount n: Int) -> [Edge] {
        (0 ..< n).flatMap { i in (i + 1 ..< n).map { Edge(i, $0) } }
    }

    /// The DAG whose forward pairs (``forwardPairs(agentCount:)``) are chosen by the bits of
    /// `mask`, bit `k` for pair `k`: the `2^(n(n−1)/2)` masks enumerate every DAG consistent
    /// with the fixed order. - Complexity: O(n²)
    public init(agentCount n: Int, forwardMask mask: Int, rounds: Int = 1) {
        let pairs = Topology.forwardPairs(agentCount: n)
        precondition(pairs.count < Int.bitWidth - 1 && mask >= 0 && mask < 1 << pairs.count,
                     "mask \(mask) outside 0..<2^\(pairs.count)")
        self.init(agentCount: n, edges: pairs.indices.filter { mask >> $0 & 1 == 1 }.map { pairs[$0] }, rounds: rounds)
    }
}
