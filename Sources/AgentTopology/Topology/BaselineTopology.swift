import GraphCore

/// The fixed topologies the designer is compared with (G-Designer's and AgentPrune's baselines),
/// all consistent with the agent order `0, 1, …, n−1`.
public enum BaselineTopology: String, CaseIterable, Sendable, Codable {
    /// `0 → 1 → … → n−1`.
    case chain
    /// Agent 0 sends to every other agent.
    case star
    /// Every earlier agent sends to every later one.
    case complete
    /// Layers of two agents (the last may have one), each layer sending to the next.
    case layered
    /// Every forward pair independently with probability ½ (drawn once from the generator).
    case random
    /// ``complete`` repeated for ``debateRounds`` rounds (multi-agent debate).
    case debate
    /// No edges, one round: the agents answer independently and majority vote decides.
    case vote

    /// Rounds of the ``debate`` baseline.
    public static let debateRounds = 3

    /// The topology over `agentCount` agents; only ``random`` draws from `generator`.
    /// - Complexity: O(agentCount²)
    public func topology(agentCount n: Int, using generator: inout SeededGenerator) -> Topology {
        let forward = Topology.forwardPairs(agentCount: n)
        switch self {
        case .chain:
            return Topology(agentCount: n, edges: (0 ..< max(n - 1, 0)).map { .init($0, $0 + 1) })
        case .star:
            return Topology(agentCount: n, edges: (1 ..< max(n, 1)).map { .init(0, $0) })
        case .complete:
            return Topology(agentCount: n, edges: forward)
        case .layered:
            return Topology(agentCount: n, edges: forward.filter { $0.source / 2 + 1 == $0.target / 2 })
        case .random:
            return Topology(agentCount: n, edges: forward.filter { _ in generator.nextUnitFloat() < 0.5 })
        case .debate:
            return Topology(agentCount: n, edges: forward, rounds: BaselineTopology.debateRounds)
        case .vote:
            return Topology(agentCount: n, edges: [])
        }
    }
}
