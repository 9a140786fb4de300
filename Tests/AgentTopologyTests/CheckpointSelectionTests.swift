import AgentTopology
import GNN
import GraphCore
import Testing

@Suite("Keeping the best checkpoint of a designer's training")
struct CheckpointSelectionTests {
    /// Four agents, two queries told apart by the task vector; the reward is the share of the six
    /// forward pairs decided as the query's target decides them (deterministic, so a design's
    /// score is exact). Without an entropy bonus, training decodes a better design after two
    /// steps and then lowers every edge at once, within five steps, and stays there (the collapse
    /// DesignerTests' per-query test needs its entropy bonus against).
    private let problem: DesignProblem = {
        var features = Matrix(rows: 4, columns: 6)
        for i in 0 ..< 4 { features[i, i] = 1 }
        return DesignProblem(agentNames: (0 ..< 4).map { "a\($0)" }, agentFeatures: features)
    }()
    private let queries = [DesignQuery(id: "q0", task: Matrix([[0, 0, 0, 0, 1, 0]])),
                           DesignQuery(id: "q1", task: Matrix([[0, 0, 0, 0, 0, 1]]))]
    private let targets = [Set([Topology.Edge(0, 1), .init(0, 2), .init(0, 3)]), Set([Topology.Edge(1, 3), .init(2, 3)])]

    private func utility(_ t: Topology, _ q: DesignQuery) -> UtilityOutcome {
        let edges = Set(t.edges), target = targets[q.id == "q0" ? 0 : 1]
        let pairs = Topology.forwardPairs(agentCount: 4)
        return UtilityOutcome(utility: Double(pairs.filter { edges.contains($0) == target.contains($0) }.count) / 6, cost: 0)
    }

    /// The mean utility of the designer's decoded designs.
    private func score(_ designer: TopologyDesigner) -> Double {
        queries.map { utility(designer.decode(problem, $0).topology, $0).utility }.reduce(0, +) / Double(queries.count)
    }

    private func trained(interval: Int, restarts: Int = 1, atCheckpoints: (TopologyDesigner) -> Void = { _ in }) throws -> TopologyDesigner {
        var rng = SeededGenerator(seed: 5)
        var configuration = DesignerConfiguration()
        configuration.entropyWeight = 0
        configuration.checkpointInterval = interval
        configuration.restarts = restarts
        configuration.selectionCalls = 1
        let designer = TopologyDesigner(agentCount: 4, featureWidth: 6, configuration: configuration, generator: &rng)
        var trainer = DesignerTrainer(designer: designer, problem: problem)
        try trainer.train(queries, steps: 40, utility: utility, generator: &rng) { index, _ in
            if (index + 1) % 2 == 0 { atCheckpoints(designer) }
        }
        return designer
    }

    @Test func theKeptWeightsDecodeTheBestCheckpointOfACollapsingRun() throws {
        var seen: [Double] = []
        let plain = try trained(interval: 0) { seen.append(score($0)) }
        let best = seen.max()!
        // The case is a collapse: training ends below a design it had decoded.
        #expect(score(plain) < best, "checkpoint scores \(seen)")
        // The same trajectory (selection draws nothing from the generator), keeping the best.
        let kept = try trained(interval: 2)
        #expect(score(kept) == best, "checkpoint scores \(seen), kept \(score(kept))")
    }

    @Test func restartsKeepTheBestOfEveryTraining() throws {
        var seen: [Double] = []
        let kept = try trained(interval: 2, restarts: 2) { seen.append(score($0)) }
        #expect(seen.count == 40)
        #expect(score(kept) == seen.max()!, "checkpoint scores \(seen), kept \(score(kept))")
    }
}
