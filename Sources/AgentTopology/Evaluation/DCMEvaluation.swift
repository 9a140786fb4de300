import GraphCore

/// The offline evaluation of the designer on the debate model, whose best topology is known by
/// exhaustive search (``ExactOptimum``). For each seed: a ``DCMScenario``, its exact optimum
/// per query type, the designer trained by REINFORCE on the simulator and decoded
/// deterministically per type, every ``BaselineTopology``, the designer retrained with 1, 2, 3
/// liars, and the null test (identical agents: the designer's gain over the vote).
///
/// Scores are `utility − costWeight × cost`; every utility is a Monte Carlo estimate with common
/// random numbers (`samples` debates per topology and type). The search for the optimum draws
/// from one stream; the optimum, the designer and the baselines are then all measured on
/// another (seed + 5), so their differences carry little sampling noise and no selection bias.
public struct DCMEvaluation: Sendable {
    /// What to run.
    public struct Options: Sendable {
        public var agents = 5, types = 3, answers = 4
        public var seeds: [UInt64] = Array(0 ..< 10)
        /// Debates per topology and type in every estimate.
        public var samples = 4000
        /// REINFORCE steps (B′ queries, cycling over the types).
        public var trainingSteps = 1600
        public var costWeight = 0.01
        /// Debates averaged in each utility call of training.
        public var debatesPerCall = 64
        /// Whether training plays the `M` graphs of a step on the same random draws
        /// (``DCMDebate/utility(seed:debates:commonRandomNumbers:)``).
        public var commonRandomNumbers = true
        public var configuration = DesignerConfiguration()
        public var threads = Parallel.coreCount
        /// Only the designer, the optimum and the baselines: no liar runs and no null test
        /// (their fields are empty or NaN), for tuning on validation seeds.
        public var designerOnly = false
        /// The designer is retrained with 1 up to this many liars (at most 3).
        public var maxLiars = 3
        /// Whether the last agent's answer is the final one (``DCMScenario``) instead of the
        /// majority vote.
        public var summarizer = false
        /// A public initializer with the defaults. - Complexity: O(1)
        public init() {}
    }

    /// The numbers of one seed (means over query types).
    public struct SeedResult: Sendable, Codable {
        public let seed: UInt64
        public let optimumUtility, optimumScore: Double
        public let designerUtility, designerCost, designerScore, designerRegret: Double
        /// Regret over the gap between the best fixed baseline's score and the optimum's.
        public let regretOverGap: Double
        public let bestFixedDAGScore: Double
        public let baselines: [String: UtilityCost]
        public let liarUtility: [Int: Double]
        /// The highest utility of any DAG (cost ignored, mean over types) without liars and with
        /// 1, 2, 3 liars: the bound on what a topology can keep under liars.
        public let optimumMaxUtility: Double
        public let liarOptimumUtility: [Int: Double]
        public let nullTestGain, nullTestOptimumGain: Double
        public let paretoFront: [ParetoPoint]
        /// The designer's topology per type, as edge lists.
        public let designedEdges: [[[Int]]]
        public let optimumEdges: [[[Int]]]
    }

    public struct UtilityCost: Sendable, Codable {
        public let utility, cost, score: Double
    }

    public struct ParetoPoint: Sendable, Codable {
        public let cost, utility: Double
        public let edges: [[Int]]
    }

    public let options: Options

    /// An evaluation with `options`. - Complexity: O(1)
    public init(options: Options) { self.options = options }

    /// Runs one seed. - Complexity: six exhaustive searches (2^(n(n−1)/2) DAGs × types ×
    /// samples: liar-free, 1–3 liars, null test) plus five trainings.
    public func run(seed: UInt64) throws -> SeedResult {
        let o = options
        let scenario = DCMScenario(seed: seed, agents: o.agents, types: o.types, answers: o.answers, summarizer: o.summarizer)
        let optimum = ExactOptimum(scenario.debate, costWeight: o.costWeight, samples: o.samples, seed: seed &+ 1, estimateSeed: seed &+ 5, threads: o.threads)

        let designed = try designAndMeasure(scenario, seed: seed)
        var rng = SeededGenerator(seed: seed &+ 2)
        var baselines: [String: UtilityCost] = [:]
        for b in BaselineTopology.allCases {
            baselines[b.rawValue] = measure(scenario.debate, fixed: b.topology(agentCount: o.agents, using: &rng), seed: seed)
        }
        let types = Double(o.types)
        var liarUtility: [Int: Double] = [:], liarOptimumUtility: [Int: Double] = [:]
        for liars in stride(from: 1, through: min(o.maxLiars, 3, o.agents - (o.summarizer ? 2 : 1)), by: 1) where !o.designerOnly {
            let withLiars = DCMScenario(seed: seed, agents: o.agents, types: o.types, answers: o.answers, liarCount: liars,
                                        summarizer: o.summarizer)
            liarUtility[liars] = try designAndMeasure(withLiars, seed: seed).measured.utility
            let bound = ExactOptimum(withLiars.debate, costWeight: 0, samples: o.samples, seed: seed &+ 1, estimateSeed: seed &+ 5, threads: o.threads)
            liarOptimumUtility[liars] = bound.bestUtility.map(\.utility.mean).reduce(0, +) / types
        }
        var nullTestGain = Double.nan, nullTestOptimumGain = Double.nan
        if !o.designerOnly {
            let null = DCMScenario(seed: seed, agents: o.agents, types: o.types, answers: o.answers, identical: true, summarizer: o.summarizer)
            let vote = measure(null.debate, fixed: Topology(agentCount: o.agents, edges: []), seed: seed).utility
            nullTestGain = try designAndMeasure(null, seed: seed).measured.utility - vote
            let nullOptimum = ExactOptimum(null.debate, costWeight: 0, samples: o.samples, seed: seed &+ 1, estimateSeed: seed &+ 5, threads: o.threads)
            nullTestOptimumGain = nullOptimum.bestUtility.map(\.utility.mean).reduce(0, +) / types - vote
        }

        let optimumUtility = optimum.best.map(\.utility.mean).reduce(0, +) / types
        let optimumScore = optimum.best.map(\.score).reduce(0, +) / types
        let bestBaseline = baselines.values.map(\.score).max()!
        let regret = optimumScore - designed.measured.score
        return SeedResult(
            seed: seed, optimumUtility: optimumUtility, optimumScore: optimumScore,
            designerUtility: designed.measured.utility, designerCost: designed.measured.cost,
            designerScore: designed.measured.score, designerRegret: regret,
            regretOverGap: regret / max(optimumScore - bestBaseline, 1e-9),
            bestFixedDAGScore: optimum.score(optimum.bestFixed), baselines: baselines, liarUtility: liarUtility,
            optimumMaxUtility: optimum.bestUtility.map(\.utility.mean).reduce(0, +) / types, liarOptimumUtility: liarOptimumUtility,
            nullTestGain: nullTestGain, nullTestOptimumGain: nullTestOptimumGain,
            paretoFront: optimum.paretoFront.map {
                ParetoPoint(cost: $0.cost, utility: $0.utility, edges: Topology(agentCount: o.agents, forwardMask: $0.mask).edges.map { [$0.source, $0.target] })
            },
            designedEdges: designed.topologies.map { $0.edges.map { [$0.source, $0.target] } },
            optimumEdges: optimum.best.map { $0.topology.edges.map { [$0.source, $0.target] } })
    }

    /// Trains a designer on `scenario` and measures its decoded topology of every type.
    func designAndMeasure(_ scenario: DCMScenario, seed: UInt64) throws -> (measured: UtilityCost, topologies: [Topology]) {
        let o = options
        var configuration = o.configuration
        configuration.costWeight = Float(o.costWeight)
        var rng = SeededGenerator(seed: seed &+ 3)
        let designer = TopologyDesigner(agentCount: o.agents, featureWidth: scenario.problem.featureWidth,
                                        configuration: configuration, generator: &rng)
        var trainer = DesignerTrainer(designer: designer, problem: scenario.problem)
        try trainer.train(scenario.queries, steps: o.trainingSteps, utility: scenario.debate.utility(seed: seed &+ 4, debates: o.debatesPerCall, commonRandomNumbers: o.commonRandomNumbers),
                          generator: &rng)
        let topologies = scenario.queries.map { designer.decode(scenario.problem, $0).topology }
        var utility = 0.0, cost = 0.0
        for (t, topology) in topologies.enumerated() {
            utility += scenario.debate.expectedUtility(topology, type: t, samples: o.samples, seed: seed &+ 5).mean
            cost += topology.cost
        }
        let n = Double(topologies.count)
        return (UtilityCost(utility: utility / n, cost: cost / n, score: (utility - o.costWeight * cost) / n), topologies)
    }

    /// One fixed topology on every type.
    func measure(_ debate: DCMDebate, fixed topology: Topology, seed: UInt64) -> UtilityCost {
        let utility = (0 ..< debate.typeCount).map {
            debate.expectedUtility(topology, type: $0, samples: options.samples, seed: seed &+ 5).mean
        }.reduce(0, +) / Double(debate.typeCount)
        return UtilityCost(utility: utility, cost: topology.cost, score: utility - options.costWeight * topology.cost)
    }
}
