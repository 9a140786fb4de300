import AgentTopology
import ArgumentParser
import Foundation

/// `graphtool topology evaluate`: the designer against the exact optimum and the baselines.
struct TopologyEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate the designer on the debate simulator against its exact optimum.",
        discussion: """
            For each seed: a debate scenario (agents expert on different query types), the best \
            of all 2^(n(n-1)/2) DAGs of the agent order per query type by Monte Carlo, the \
            designer trained by REINFORCE and decoded per type, every baseline topology, the \
            designer retrained with 1, 2 and 3 liars (and the best DAG's utility with them), and the null test (identical agents: the \
            designer's utility gain over the independent vote). Scores are utility minus \
            --cost-weight times cost (messages plus agent queries). Prints means over seeds with \
            95% confidence intervals.
            """
    )

    @Option(help: "The simulator (dcm: the Dirichlet-compound-multinomial debate model).")
    var simulate: TopologyCommand.Simulator = .dcm
    @Option(help: "Number of agents (2 to 6; the exhaustive search grows as 2^(n(n-1)/2)).") var agents = 5
    @Option(help: "Number of seeds.") var seeds = 10
    @Option(help: "First seed.") var firstSeed: UInt64 = 0
    @Option(help: "Query types.") var types = 3
    @Option(help: "Debates per topology and query type in every estimate.") var samples = 4000
    @Option(help: "REINFORCE steps (training queries).") var steps = 1600
    @Option(help: "Weight of the cost in the score.") var costWeight = 0.01
    @Option(help: "Debates averaged in each utility call of training.") var debatesPerCall = 64
    @Flag(inversion: .prefixedNo, help: "In training, play the M graphs of a step on the same random draws (one query instance).")
    var commonRandomNumbers = true
    @Option(help: "The final answer: the majority vote (vote) or the last agent's, a summarizer that is never a liar (summarizer).")
    var aggregation: TopologyCommand.Aggregation = .vote
    @Option(help: "The most liars to retrain the designer with (0 to 3).") var maxLiars = 3
    @Flag(help: "Only the designer, the optimum and the baselines (no liars, no null test): for tuning.")
    var designerOnly = false
    @OptionGroup var designerOptions: DesignerOptions
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func validate() throws {
        guard (2 ... 6).contains(agents) else { throw ValidationError("--agents must be in 2...6") }
        guard seeds >= 1, types >= 1, samples >= 2, steps >= 0, debatesPerCall >= 1 else {
            throw ValidationError("--seeds and --types must be positive, --samples at least 2, --steps non-negative")
        }
        guard (0 ... 3).contains(maxLiars) else { throw ValidationError("--max-liars must be in 0...3") }
        guard costWeight >= 0, costWeight.isFinite else { throw ValidationError("--cost-weight must be non-negative") }
        guard threadCount.count > 0 else { throw ValidationError("--threads must be positive") }
    }

    func run() throws {
        var options = DCMEvaluation.Options()
        options.agents = agents
        options.types = types
        options.seeds = (0 ..< UInt64(seeds)).map { firstSeed + $0 }
        options.samples = samples
        options.trainingSteps = steps
        options.costWeight = costWeight
        options.debatesPerCall = debatesPerCall
        options.commonRandomNumbers = commonRandomNumbers
        options.threads = threadCount.count
        options.designerOnly = designerOnly
        options.maxLiars = maxLiars
        options.summarizer = aggregation == .summarizer
        options.configuration = try designerOptions.configuration(agents: agents)
        let evaluation = DCMEvaluation(options: options)
        let results = try options.seeds.map { try evaluation.run(seed: $0) }
        let report = DCMReport(results, options: options)
        if json {
            print(try TopologyCommand.json(report))
            return
        }
        let ci = report.confidenceIntervals
        func line(_ name: String, _ key: String) -> String {
            let i = ci[key]!
            return String(format: "%@ %.4f  [%.4f, %.4f]", name.padding(toLength: 22, withPad: " ", startingAt: 0), i.mean, i.low, i.high)
        }
        print("\(report.seeds) seeds, \(agents) agents, \(report.aggregation), cost weight \(costWeight); means with 95% intervals")
        for (name, key) in [("optimum utility", "optimum_utility"), ("designer utility", "designer_utility"),
                            ("optimum score", "optimum_score"), ("designer score", "designer_score"),
                            ("designer regret", "designer_regret"), ("regret / gap", "regret_over_gap"),
                            ("best fixed DAG score", "best_fixed_dag_score"), ("null-test gain", "null_test_gain")] {
            print(line(name, key))
        }
        for (name, b) in report.baselines.sorted(by: { $0.key < $1.key }) {
            print(String(format: "baseline %@ utility %.4f  cost %5.1f  score %.4f", name.padding(toLength: 9, withPad: " ", startingAt: 0), b.utility, b.cost, b.score))
        }
        for (l, u) in report.liars.sorted(by: { $0.key < $1.key }) {
            print(String(format: "%@ liar(s): designer utility %.4f (%.1f%% of liar-free); best DAG keeps %.1f%%",
                         l, u, 100 * report.liarRetention[l]!, 100 * report.liarOptimumRetention[l]!))
        }
    }
}
