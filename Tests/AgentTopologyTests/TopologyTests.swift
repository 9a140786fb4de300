import AgentTopology
import Foundation
import GraphCore
import Testing

@Suite("Topologies, baselines and execution plans")
struct TopologyTests {
    @Test func baselinesOverFiveAgents() {
        var rng = SeededGenerator(seed: 1)
        func edges(_ b: BaselineTopology) -> [[Int]] {
            b.topology(agentCount: 5, using: &rng).edges.map { [$0.source, $0.target] }
        }
        #expect(edges(.chain) == [[0, 1], [1, 2], [2, 3], [3, 4]])
        #expect(edges(.star) == [[0, 1], [0, 2], [0, 3], [0, 4]])
        #expect(edges(.complete).count == 10)
        #expect(edges(.layered) == [[0, 2], [0, 3], [1, 2], [1, 3], [2, 4], [3, 4]])
        #expect(edges(.vote).isEmpty)
        let debate = BaselineTopology.debate.topology(agentCount: 5, using: &rng)
        #expect(debate.rounds == 3 && debate.cost == 45)  // (10 edges + 5 agents) × 3 rounds
    }

    @Test func forwardMasksEnumerateEveryDAGOfTheOrderOnce() {
        let all = (0 ..< 1024).map { Topology(agentCount: 5, forwardMask: $0) }
        #expect(Set(all).count == 1024)
        #expect(all.allSatisfy { $0.edges.allSatisfy { $0.source < $0.target } })
        #expect(all[1023].edges.count == 10)
    }

    @Test func topologicalOrderPutsSendersFirst() {
        let t = Topology(agentCount: 4, edges: [.init(3, 1), .init(1, 0), .init(2, 0)])
        #expect(t.topologicalOrder == [2, 3, 1, 0])
    }

    @Test func executionPlanListsEachRoundInOrder() throws {
        let t = Topology(agentCount: 3, edges: [.init(2, 0), .init(2, 1), .init(0, 1)], rounds: 2)
        let plan = ExecutionPlan(t, agentNames: ["math", "critic", "coder"])
        #expect(plan.order == [2, 0, 1])
        #expect(plan.steps.count == 6)
        #expect(plan.steps[2].receivesFrom == [0, 2] && plan.steps[2].agent == 1 && plan.steps[3].round == 2)
        #expect(plan.cost == 12)
        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        #expect(json.contains("\"receives_from\":[0,2]"))
    }
}
