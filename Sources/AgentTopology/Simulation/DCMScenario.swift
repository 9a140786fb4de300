import GraphCore

/// A seeded debate environment with its design problem: agents with query-type-dependent
/// competence, optional liars, and one training query per type.
///
/// With `identical: false` every agent is an expert on one query type (types dealt round-robin
/// after a seeded shuffle): on its type its prior puts a margin in [1.5, 3] on the correct
/// answer; on other types it leans to the distractor (answer 1, margin in [0.4, 0.9]) with a
/// small margin in [0, 0.2] on the correct answer. Every answer starts at 0.25. With
/// `identical: true` (the null test) every agent has the same prior on every type, margin 1 on
/// the correct answer: debate cannot raise anyone's expected accuracy (the belief is a
/// martingale), so no topology should beat the independent vote.
///
/// The final answer is the majority vote, or, with `summarizer: true`, the answer of the last
/// agent (`N − 1`, the one that can hear every other): a designated summarizer, trusted, so never
/// one of the liars. It is an agent like the others (expert on one type); the designer decides
/// whom it hears.
///
/// Agent features (width `types + 1 + agents`): the one-hot of the type it is expert on (zero
/// when identical), a liar flag, and the agent's one-hot identity. The task vector of type `t`
/// is the one-hot of `t` in the first block.
public struct DCMScenario: Sendable {
    public let debate: DCMDebate
    public let problem: DesignProblem
    /// One query per type, `kind` = type, id `type-t`.
    public let queries: [DesignQuery]

    /// The scenario of `seed`. Liars are `liarCount` agents chosen by the seed.
    /// - Complexity: O(agents × (types + agents) × answers)
    public init(seed: UInt64, agents n: Int = 5, types: Int = 3, answers: Int = 4, liarCount: Int = 0,
                identical: Bool = false, summarizer: Bool = false) {
        precondition(n >= 2 && types >= 1 && answers >= 2 && (0 ... (summarizer ? n - 1 : n)).contains(liarCount),
                     "a scenario needs ≥ 2 agents, ≥ 1 type, ≥ 2 answers, and liars among the agents (not the summarizer)")
        var rng = SeededGenerator(seed: seed)
        let deal = Array(0 ..< n).shuffled(using: &rng)
        let expertise = (0 ..< n).map { deal[$0] % types }
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * Double(rng.nextUnitFloat()) }
        let priors: [[[Double]]] = (0 ..< n).map { i in
            (0 ..< types).map { t in
                var alpha = [Double](repeating: 0.25, count: answers)
                if identical {
                    alpha[0] += 1
                } else if expertise[i] == t {
                    alpha[0] += uniform(1.5, 3)
                } else {
                    alpha[0] += uniform(0, 0.2)
                    alpha[DCMDebate.liarAnswer] += uniform(0.4, 0.9)
                }
                return alpha
            }
        }
        let liars = Set(Array(0 ..< (summarizer ? n - 1 : n)).shuffled(using: &rng).prefix(liarCount))
        debate = DCMDebate(priors: priors, liars: liars, aggregation: summarizer ? .summarizer(n - 1) : .majorityVote)

        let width = types + 1 + n
        var features = Matrix(rows: n, columns: width)
        for i in 0 ..< n {
            if !identical { features[i, expertise[i]] = 1 }
            if liars.contains(i) { features[i, types] = 1 }
            features[i, types + 1 + i] = 1
        }
        problem = DesignProblem(agentNames: (0 ..< n).map { "agent\($0)" }, agentFeatures: features)
        queries = (0 ..< types).map { t in
            var task = Matrix(rows: 1, columns: width)
            task[0, t] = 1
            return DesignQuery(id: "type-\(t)", task: task, kind: t)
        }
    }
}
