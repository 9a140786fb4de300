import GraphCore

/// The Dirichlet-compound-multinomial model of debate (Choi et al., "Debate or Vote: Which Yields
/// Better Decisions in Multi-Agent Large Language Models?", NeurIPS 2025), on a topology.
///
/// Agent `i` holds Dirichlet beliefs `α_i` over the answers (answer 0 is the correct one) and
/// answers `y ~ Cat(θ)`, `θ ~ Dir(α_i)` — drawn here from the compound, `P(y = k) = α_ik / Σα_i`.
/// In every round the agents speak in topological order, and before speaking agent `i` adds the
/// counts of its in-neighbours' latest answers to `α_i`. Liars always give the distractor,
/// answer 1. The final answers are aggregated by majority vote (a tie shared by `m` answers
/// counts `1/m` if the correct one is among them, the expected value of a random tie-break) or
/// by a summarizer agent's answer. The utility is the probability of a correct final answer.
public struct DCMDebate: Sendable {
    /// How the final answers become one.
    public enum Aggregation: Sendable, Equatable {
        case majorityVote
        /// The answer of this agent.
        case summarizer(Int)
    }

    /// The answer every liar gives (a wrong one, the usual distractor of the scenarios).
    public static let liarAnswer = 1

    /// `priors[agent][type]`: the initial `α` over the answers for queries of that type.
    public let priors: [[[Double]]]
    /// Agents that always answer ``liarAnswer``.
    public let liars: Set<Int>
    public let aggregation: Aggregation
    /// `liars` by agent number, for the inner loop.
    private let isLiar: [Bool]

    /// A debate model.
    /// - Precondition: every prior has the same positive number of answers (at least 2) and
    ///   positive entries, every agent the same number of types, and liars are agents.
    /// - Complexity: O(agents × types × answers)
    public init(priors: [[[Double]]], liars: Set<Int> = [], aggregation: Aggregation = .majorityVote) {
        let k = priors.first?.first?.count ?? 0
        precondition(k >= 2 && priors.allSatisfy { $0.count == priors[0].count && $0.allSatisfy { $0.count == k && $0.allSatisfy { $0 > 0 } } },
                     "every prior needs the same number (≥ 2) of positive entries")
        precondition(liars.allSatisfy { (0 ..< priors.count).contains($0) }, "liars must be agents")
        if case .summarizer(let s) = aggregation { precondition((0 ..< priors.count).contains(s), "the summarizer must be an agent") }
        self.priors = priors
        self.liars = liars
        self.aggregation = aggregation
        isLiar = (0 ..< priors.count).map { liars.contains($0) }
    }

    /// Number of agents. - Complexity: O(1)
    public var agentCount: Int { priors.count }
    /// Number of query types. - Complexity: O(1)
    public var typeCount: Int { priors[0].count }
    /// Number of answers. - Complexity: O(1)
    public var answerCount: Int { priors[0][0].count }

    /// One debate on a query of `type`: the utility (probability of a correct final answer over
    /// the vote's tie-break). - Complexity: O(rounds × (agents × answers + edges))
    public func play(_ topology: Topology, type: Int, using generator: inout SeededGenerator) -> Double {
        var scratch = Scratch(self)
        return play(Schedule(topology, agentCount: agentCount), type: type, scratch: &scratch, using: &generator)
    }

    /// A topology's speaking order and in-neighbours, computed once for many debates.
    struct Schedule {
        let order: [Int], incoming: [[Int]], rounds: Int

        init(_ topology: Topology, agentCount: Int) {
            precondition(topology.agentCount == agentCount, "a topology over \(topology.agentCount) agents for \(agentCount)")
            order = topology.topologicalOrder
            incoming = topology.inNeighbours
            rounds = topology.rounds
        }
    }

    /// The beliefs, answers, uniform draws and vote counts of one debate, reused across debates.
    struct Scratch {
        var alpha: [Double], answers: [Int], counts: [Int], uniforms: [Double] = []

        init(_ debate: DCMDebate) {
            alpha = [Double](repeating: 0, count: debate.agentCount * debate.answerCount)
            answers = [Int](repeating: 0, count: debate.agentCount)
            counts = [Int](repeating: 0, count: debate.answerCount)
        }
    }

    /// One debate. Every agent's answer in every round is the inverse CDF of its own uniform,
    /// drawn up front in agent order whatever the topology: two topologies played on one
    /// generator state differ only where an agent's beliefs differ, so their comparison with
    /// common random numbers is as sharp as it can be.
    func play(_ schedule: Schedule, type: Int, scratch s: inout Scratch, using generator: inout SeededGenerator) -> Double {
        let k = answerCount, n = agentCount
        s.uniforms.removeAll(keepingCapacity: true)
        for _ in 0 ..< schedule.rounds * n { s.uniforms.append(Double(generator.next() >> 11) * 0x1p-53) }
        for agent in 0 ..< agentCount {
            for answer in 0 ..< k { s.alpha[agent * k + answer] = priors[agent][type][answer] }
            s.answers[agent] = 0
        }
        for round in 0 ..< schedule.rounds {
            for agent in schedule.order {
                for sender in schedule.incoming[agent] { s.alpha[agent * k + s.answers[sender]] += 1 }
                s.answers[agent] = isLiar[agent]
                    ? DCMDebate.liarAnswer : DCMDebate.draw(s.alpha[agent * k ..< (agent + 1) * k], s.uniforms[round * n + agent])
            }
        }
        switch aggregation {
        case .summarizer(let summarizer):
            return s.answers[summarizer] == 0 ? 1 : 0
        case .majorityVote:
            for answer in 0 ..< k { s.counts[answer] = 0 }
            for a in s.answers { s.counts[a] += 1 }
            let top = s.counts.max()!
            return s.counts[0] == top ? 1 / Double(s.counts.filter { $0 == top }.count) : 0
        }
    }

    /// A Monte Carlo estimate with its standard error.
    public struct Estimate: Sendable, Codable, Equatable {
        public let mean: Double, standardError: Double
    }

    /// The expected utility of `topology` on `type`, from `samples` debates seeded with `seed`
    /// (the same seed gives common random numbers across topologies, so their differences are
    /// estimated with less noise). - Complexity: O(samples × one debate)
    public func expectedUtility(_ topology: Topology, type: Int, samples: Int, seed: UInt64) -> Estimate {
        precondition(samples >= 2, "an estimate needs at least two samples")
        var generator = SeededGenerator(seed: seed &+ UInt64(type) &* 0x9E37_79B9)
        let schedule = Schedule(topology, agentCount: agentCount)
        var scratch = Scratch(self)
        var sum = 0.0, squares = 0.0
        for _ in 0 ..< samples {
            let u = play(schedule, type: type, scratch: &scratch, using: &generator)
            sum += u
            squares += u * u
        }
        let n = Double(samples), mean = sum / n
        let variance = max(0, (squares - n * mean * mean) / (n - 1))
        return Estimate(mean: mean, standardError: (variance / n).squareRoot())
    }

    /// This model as a pluggable utility: each call plays `debates` debates on the query's
    /// `kind` (its type) and reports their mean utility; the cost is ``Topology/cost``. The
    /// debates draw from one generator seeded with `seed`, or, with `commonRandomNumbers`,
    /// from a generator seeded by `seed`, the type and the query's ``DesignQuery/instance``,
    /// so the graphs scored on one instance meet the same random draws (as graphs run on the
    /// same question would).
    /// - Complexity: `debates` debates per call.
    public func utility(seed: UInt64, debates: Int = 1, commonRandomNumbers: Bool = false) -> UtilityFunction {
        precondition(debates >= 1, "a utility call plays at least one debate")
        let state = GeneratorBox(SeededGenerator(seed: seed))
        return { topology, query in
            precondition((0 ..< typeCount).contains(query.kind), "query type \(query.kind) outside 0..<\(typeCount)")
            var instance = SeededGenerator(seed: seed ^ (query.instance &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(query.kind) &* 0xBF58_476D))
            let schedule = Schedule(topology, agentCount: agentCount)
            var scratch = Scratch(self)
            var total = 0.0
            for _ in 0 ..< debates {
                total += commonRandomNumbers ? play(schedule, type: query.kind, scratch: &scratch, using: &instance)
                    : play(schedule, type: query.kind, scratch: &scratch, using: &state.generator)
            }
            return UtilityOutcome(utility: total / Double(debates), cost: topology.cost)
        }
    }

    /// The draw from `Cat(α / Σα)` at the uniform `uniform` (inverse CDF).
    static func draw(_ alpha: ArraySlice<Double>, _ uniform: Double) -> Int {
        var u = uniform * alpha.reduce(0, +)
        for (offset, a) in alpha.enumerated() {
            u -= a
            if u < 0 { return offset }
        }
        return alpha.count - 1
    }
}

/// A generator a closure can advance.
final class GeneratorBox {
    var generator: SeededGenerator
    init(_ generator: SeededGenerator) { self.generator = generator }
}
