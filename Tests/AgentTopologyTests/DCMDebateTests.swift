import AgentTopology
import GraphCore
import Testing

@Suite("The Dirichlet-compound-multinomial debate model")
struct DCMDebateTests {
    /// Agent 0 holds [1, 1] (right with ½), agent 1 holds [1, 3] (right with ¼); with 0 → 1,
    /// agent 1 is right with ½·(2/5) + ½·(1/5) = 0.3.
    private let priors: [[[Double]]] = [[[1, 1]], [[1, 3]]]
    private let edge = Topology(agentCount: 2, edges: [.init(0, 1)])

    @Test func summarizerUtilityMatchesTheHandWorkedValue() {
        let debate = DCMDebate(priors: priors, aggregation: .summarizer(1))
        let e = debate.expectedUtility(edge, type: 0, samples: 40_000, seed: 3)
        #expect(abs(e.mean - 0.3) < 4 * e.standardError, "\(e)")
    }

    @Test func majorityVoteCountsTiesAsTheirShare() {
        // Both right: ½·⅖ = 0.2; one right (a tie, worth ½): ½·⅗ + ½·⅕ = 0.4; so 0.2 + 0.2 = 0.4.
        let e = DCMDebate(priors: priors).expectedUtility(edge, type: 0, samples: 40_000, seed: 4)
        #expect(abs(e.mean - 0.4) < 4 * e.standardError, "\(e)")
    }

    @Test func debateKeepsEachIdenticalAgentsAccuracy() {
        // The martingale: with identical priors no agent's expected accuracy moves, whatever it hears.
        let debate = DCMDebate(priors: Array(repeating: [[2, 1, 1]], count: 4), aggregation: .summarizer(3))
        var rng = SeededGenerator(seed: 9)
        let complete = BaselineTopology.complete.topology(agentCount: 4, using: &rng)
        let e = debate.expectedUtility(Topology(agentCount: 4, edges: complete.edges, rounds: 3), type: 0, samples: 40_000, seed: 5)
        #expect(abs(e.mean - 0.5) < 4 * e.standardError, "\(e)")
    }

    @Test func commonRandomNumbersRepeatAnInstanceAndOnlyIt() throws {
        // One instance gives one value however often it is asked; different instances differ.
        let utility = DCMDebate(priors: priors).utility(seed: 8, debates: 4, commonRandomNumbers: true)
        let vote = Topology(agentCount: 2, edges: [])
        let query = DesignQuery(id: "q", task: Matrix([[1]]))
        let values = try (0 ..< 20).map { try utility(vote, query.instance(UInt64($0))).utility }
        #expect(try values.indices.allSatisfy { try utility(vote, query.instance(UInt64($0))).utility == values[$0] })
        #expect(Set(values).count > 1, "\(values)")
    }

    @Test func liarsAlwaysAnswerWrongly() {
        let debate = DCMDebate(priors: [[[100, 0.01]]], liars: [0], aggregation: .summarizer(0))
        #expect(debate.expectedUtility(Topology(agentCount: 1, edges: []), type: 0, samples: 100, seed: 1).mean == 0)
    }

    @Test func exactOptimumBeatsEveryDAGAndItsFrontIsMonotone() {
        let scenario = DCMScenario(seed: 2, agents: 3, types: 2)
        let optimum = ExactOptimum(scenario.debate, costWeight: 0.01, samples: 400, seed: 7, threads: 1)
        #expect(optimum.entries.count == 8)
        for t in 0 ..< 2 {
            let winner = optimum.entries.max { $0.utility[t].mean - optimum.costWeight * $0.cost < $1.utility[t].mean - optimum.costWeight * $1.cost }!
            #expect(optimum.best[t].topology == Topology(agentCount: 3, forwardMask: winner.mask))
        }
        let front = optimum.paretoFront
        #expect(zip(front, front.dropFirst()).allSatisfy { $0.cost < $1.cost && $0.utility < $1.utility })
    }
}
