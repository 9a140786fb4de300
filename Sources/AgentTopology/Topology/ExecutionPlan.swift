/// What an agent framework follows to run a topology: for each round, the agents in speaking
/// order and, for each, the agents whose messages it receives (their answers of the same round,
/// given just before). Encoded as versioned JSON with snake-case keys.
public struct ExecutionPlan: Codable, Equatable, Sendable {
    /// One agent's turn in one round.
    public struct Step: Codable, Equatable, Sendable {
        /// Round, from 1.
        public let round: Int
        /// The agent speaking (its index in ``agents``).
        public let agent: Int
        /// The agents whose messages of this round it receives before answering.
        public let receivesFrom: [Int]

        enum CodingKeys: String, CodingKey {
            case round, agent
            case receivesFrom = "receives_from"
        }
    }

    /// Format version of this JSON.
    public var version = 1
    /// Agent names, indexed by number.
    public let agents: [String]
    /// The communication edges `[source, target]`.
    public let edges: [[Int]]
    /// Number of rounds.
    public let rounds: Int
    /// The speaking order within each round.
    public let order: [Int]
    /// Every turn, round by round in speaking order.
    public let steps: [Step]
    /// Messages plus agent queries (``Topology/cost``).
    public let cost: Double

    /// The plan of `topology` for agents named `names`.
    /// - Precondition: one name per agent.
    /// - Complexity: O(rounds × (agents + edges))
    public init(_ topology: Topology, agentNames names: [String]) {
        precondition(names.count == topology.agentCount, "\(names.count) names for \(topology.agentCount) agents")
        agents = names
        edges = topology.edges.map { [$0.source, $0.target] }
        rounds = topology.rounds
        order = topology.topologicalOrder
        let incoming = topology.inNeighbours
        steps = (1 ... topology.rounds).flatMap { round in
            topology.topologicalOrder.map { Step(round: round, agent: $0, receivesFrom: incoming[$0]) }
        }
        cost = topology.cost
    }
}
