import Foundation

/// The evaluation's JSON (the output contract): means over seeds, with 95% confidence
/// intervals (Student's t over seeds) beside them and the per-seed results.
public struct DCMReport: Codable, Sendable {
    /// A mean over seeds and its 95% confidence interval.
    public struct Interval: Codable, Sendable {
        public let mean, low, high: Double

        /// The mean and `mean ± t₀.₉₇₅ · s/√n` of `values`. - Complexity: O(n)
        public init(_ values: [Double]) {
            let n = Double(values.count), average = values.reduce(0, +) / max(n, 1)
            let sd = values.count > 1
                ? (values.map { ($0 - average) * ($0 - average) }.reduce(0, +) / (n - 1)).squareRoot() : 0
            let half = values.count > 1 ? DCMReport.studentT975(values.count - 1) * sd / n.squareRoot() : 0
            mean = average
            low = average - half
            high = average + half
        }
    }

    public struct Baseline: Codable, Sendable {
        public let utility, cost, score: Double
        public let utilityCI: Interval, scoreCI: Interval

        enum CodingKeys: String, CodingKey {
            case utility, cost, score
            case utilityCI = "utility_ci95"
            case scoreCI = "score_ci95"
        }
    }

    public var version = 1
    public let agents, seeds, samples, trainingSteps: Int
    public let costWeight: Double
    /// `majority-vote`, or `summarizer` (the last agent's answer is final).
    public let aggregation: String
    public let optimumUtility, designerUtility, designerRegret, designerCost: Double
    public let optimumScore, designerScore, regretOverGap, bestFixedDAGScore: Double
    public let baselines: [String: Baseline]
    public let nullTestGain, nullTestOptimumGain: Double
    public let liars: [String: Double]
    public let liarRetention: [String: Double]
    /// The best DAG's utility with `l` liars over the best DAG's without (cost ignored): the most
    /// any topology keeps.
    public let liarOptimumRetention: [String: Double]
    public let confidenceIntervals: [String: Interval]
    public let perSeed: [DCMEvaluation.SeedResult]

    enum CodingKeys: String, CodingKey {
        case version, agents, seeds, samples, baselines, liars, aggregation
        case trainingSteps = "training_steps", costWeight = "cost_weight"
        case optimumUtility = "optimum_utility", designerUtility = "designer_utility"
        case designerRegret = "designer_regret", designerCost = "designer_cost"
        case optimumScore = "optimum_score", designerScore = "designer_score"
        case regretOverGap = "regret_over_gap", bestFixedDAGScore = "best_fixed_dag_score"
        case nullTestGain = "null_test_gain", nullTestOptimumGain = "null_test_optimum_gain"
        case liarRetention = "liar_retention", liarOptimumRetention = "liar_optimum_retention", confidenceIntervals = "ci95", perSeed = "per_seed"
    }

    /// Summarises the per-seed results. - Complexity: O(seeds × baselines)
    public init(_ results: [DCMEvaluation.SeedResult], options: DCMEvaluation.Options) {
        func interval(_ f: (DCMEvaluation.SeedResult) -> Double) -> Interval { Interval(results.map(f)) }
        agents = options.agents
        seeds = results.count
        samples = options.samples
        trainingSteps = options.trainingSteps
        costWeight = options.costWeight
        aggregation = options.summarizer ? "summarizer" : "majority-vote"
        let named: [(String, (DCMEvaluation.SeedResult) -> Double)] = [
            ("optimum_utility", \.optimumUtility), ("designer_utility", \.designerUtility),
            ("designer_regret", \.designerRegret), ("designer_cost", \.designerCost),
            ("optimum_score", \.optimumScore), ("designer_score", \.designerScore),
            ("regret_over_gap", \.regretOverGap), ("best_fixed_dag_score", \.bestFixedDAGScore),
            ("null_test_gain", \.nullTestGain), ("null_test_optimum_gain", \.nullTestOptimumGain),
            ("optimum_max_utility", \.optimumMaxUtility),
        ] + (1 ... 3).flatMap { l in
            [("liars_\(l)", { $0.liarUtility[l] ?? .nan }), ("liar_optimum_\(l)", { $0.liarOptimumUtility[l] ?? .nan })]
        }
        var intervals: [String: Interval] = [:]
        for (name, f) in named { intervals[name] = interval(f) }
        confidenceIntervals = intervals
        optimumUtility = intervals["optimum_utility"]!.mean
        designerUtility = intervals["designer_utility"]!.mean
        designerRegret = intervals["designer_regret"]!.mean
        designerCost = intervals["designer_cost"]!.mean
        optimumScore = intervals["optimum_score"]!.mean
        designerScore = intervals["designer_score"]!.mean
        regretOverGap = intervals["regret_over_gap"]!.mean
        bestFixedDAGScore = intervals["best_fixed_dag_score"]!.mean
        nullTestGain = intervals["null_test_gain"]!.mean
        nullTestOptimumGain = intervals["null_test_optimum_gain"]!.mean
        var baselines: [String: Baseline] = [:]
        for name in results.first?.baselines.keys.sorted() ?? [] {
            let u = interval { $0.baselines[name]!.utility }, s = interval { $0.baselines[name]!.score }
            baselines[name] = Baseline(utility: u.mean, cost: results.map { $0.baselines[name]!.cost }.reduce(0, +) / Double(results.count),
                                       score: s.mean, utilityCI: u, scoreCI: s)
        }
        self.baselines = baselines
        var liars: [String: Double] = [:], retention: [String: Double] = [:], bound: [String: Double] = [:]
        for l in 1 ... 3 where results.allSatisfy({ $0.liarUtility[l] != nil }) {
            liars["\(l)"] = intervals["liars_\(l)"]!.mean
            retention["\(l)"] = Interval(results.map { $0.liarUtility[l]! / max($0.designerUtility, 1e-9) }).mean
            bound["\(l)"] = Interval(results.map { $0.liarOptimumUtility[l]! / max($0.optimumMaxUtility, 1e-9) }).mean
        }
        self.liars = liars
        liarRetention = retention
        liarOptimumRetention = bound
        perSeed = results
    }

    /// The 0.975 quantile of Student's t with `df` degrees of freedom (table to 30, then 1.96).
    static func studentT975(_ df: Int) -> Double {
        let table: [Double] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                               2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                               2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]
        return df >= 1 && df <= table.count ? table[df - 1] : 1.96
    }
}
