import AgentTopology
import Foundation
import GNN
import GraphCore
import Testing

@Suite("The G-Designer model and its REINFORCE training")
struct DesignerTests {
    private func identityProblem(_ n: Int) -> DesignProblem {
        DesignProblem(agentNames: (0 ..< n).map { "a\($0)" }, agentFeatures: .identity(n))
    }

    @Test func designedProbabilitiesAreInRangeAndDecodingIsADAG() {
        var rng = SeededGenerator(seed: 4)
        let problem = identityProblem(5)
        let designer = TopologyDesigner(agentCount: 5, featureWidth: 5, generator: &rng)
        let query = DesignQuery(id: "q", task: Matrix([[1, 0, 0, 0, 0]]))
        let pass = designer(problem, query, training: true, generator: &rng)
        let floor = designer.configuration.probabilityFloor
        #expect(pass.probabilities.value.values.allSatisfy { $0 >= floor && $0 <= 1 - floor })
        #expect((0 ..< 5).allSatisfy { pass.sketch.value[$0, $0] == 0 })
        let (topology, _) = designer.decode(problem, query)
        #expect(topology.edges.allSatisfy { $0.source < $0.target })
    }

    @Test func reinforceRaisesATargetChainAboveNinetyPercent() throws {
        let seed: UInt64 = 11
        var rng = SeededGenerator(seed: seed)
        let problem = identityProblem(4)
        let target = Topology(agentCount: 4, edges: [.init(0, 2), .init(2, 3)])  // not the anchor chain
        var configuration = DesignerConfiguration()
        // REINFORCE alone: the anchor would pull towards 0 → 1 → 2 → 3, and with a reward this
        // rare the steady nuclear-norm and KL gradients outweigh it.
        configuration.anchorWeight = 0
        configuration.sparsityWeight = 0
        configuration.klWeight = 0
        let designer = TopologyDesigner(agentCount: 4, featureWidth: 4, configuration: configuration, generator: &rng)
        let query = DesignQuery(id: "q", task: Matrix([[0.5, 0.5, 0.5, 0.5]]))
        func chainProbability() -> Double {
            let p = designer.decode(problem, query).probabilities
            return exp(problem.sampler.logProbability(of: target, p))
        }
        let before = chainProbability()
        var trainer = DesignerTrainer(designer: designer, problem: problem)
        try trainer.train([query], steps: 300, utility: { t, _ in UtilityOutcome(utility: t == target ? 1 : 0, cost: 0) },
                          generator: &rng)
        let after = chainProbability()
        #expect(after > 0.9, "seed \(seed): target chain probability \(before) → \(after)")
    }
}
