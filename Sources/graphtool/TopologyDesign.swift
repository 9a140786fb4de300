import AgentTopology
import ArgumentParser
import Foundation
import GNN
import GraphCore

/// `graphtool topology design`: train G-Designer on a utility and save it.
struct TopologyDesign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "design",
        abstract: "Train a topology designer by REINFORCE and save it.",
        discussion: """
            --agents names a JSON file {"agents": [{"name", "features": [...], "liar", "priors"}], \
            "anchor", "permitted", "all_pairs"}; --task a JSON file {"queries": [{"id", \
            "features": [...], "type"}]}, one feature vector per query as wide as the agents'. \
            The utility is the debate simulator (--simulate dcm: needs "priors", one array of \
            answer weights per query type, for every agent; answer 0 is the correct one) or \
            your program (--utility-command): it reads one JSON execution plan with a "query" \
            id per line on stdin and answers one line {"utility": u, "tokens": t}. Training \
            cycles over the queries; the designed topology of each query is printed.
            """
    )

    @OptionGroup var inputs: TopologyInputs
    @Option(help: "Run this shell command as the utility (one JSON line in, one out).") var utilityCommand: String?
    @Option(help: "Use a simulator as the utility (dcm).") var simulate: TopologyCommand.Simulator?
    @Option(help: "Write the trained designer (safetensors).") var save: String
    @Option(help: "REINFORCE steps (training queries).") var steps = 200
    @Option(help: "Random seed.") var seed: UInt64 = 0
    @Option(help: "Weight of the cost in the reward (utility − weight × cost).") var costWeight: Float = 0
    @Option(help: "With --simulate: debates averaged in each utility call.") var debatesPerCall = 64
    @Flag(inversion: .prefixedNo, help: "With --simulate: play the M graphs of a step on the same random draws (one query instance).")
    var commonRandomNumbers = true
    @OptionGroup var designerOptions: DesignerOptions
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func validate() throws {
        guard (utilityCommand == nil) != (simulate == nil) else {
            throw ValidationError("give exactly one of --utility-command and --simulate")
        }
        guard steps >= 0 else { throw ValidationError("--steps must be non-negative") }
        guard debatesPerCall >= 1 else { throw ValidationError("--debates-per-call must be positive") }
        guard costWeight >= 0, costWeight.isFinite else { throw ValidationError("--cost-weight must be non-negative") }
    }

    func run() throws {
        let (agents, queries) = try inputs.load()
        let problem = agents.problem
        var configuration = try designerOptions.configuration(agents: problem.agentCount)
        configuration.costWeight = costWeight
        var rng = SeededGenerator(seed: seed)
        let designer = TopologyDesigner(agentCount: problem.agentCount, featureWidth: problem.featureWidth,
                                        configuration: configuration, generator: &rng)
        var trainer = DesignerTrainer(designer: designer, problem: problem)
        let utility: UtilityFunction
        var program: CommandUtility?
        if let utilityCommand {
            program = try CommandUtility(command: utilityCommand)
            utility = program!.function(agentNames: problem.agentNames)
        } else {
            guard let priors = agents.priors else {
                throw CLIError.invalidValues(path: inputs.agents, reason: "--simulate dcm needs \"priors\" for every agent")
            }
            let debate = DCMDebate(priors: priors, liars: agents.liars)
            if let bad = queries.first(where: { $0.kind >= debate.typeCount }) {
                throw CLIError.invalidValues(path: inputs.task, reason: "query '\(bad.id)' has type \(bad.kind) but the priors cover \(debate.typeCount) types")
            }
            utility = debate.utility(seed: seed &+ 1, debates: debatesPerCall, commonRandomNumbers: commonRandomNumbers)
        }
        try trainer.train(queries, steps: steps, utility: utility, generator: &rng)
        program = nil
        try designer.saveCheckpoint(to: URL(fileURLWithPath: save), configuration: try DesignerCheckpoint.metadata(designer))
        try DesignedTopologies(designer: designer, problem: problem, queries: queries, samples: 0, seed: seed)
            .print(json: json)
    }
}

/// The designer's hyperparameters, as options over the defaults (``DesignerConfiguration/init()``)
/// or, with `--paper`, the paper's settings (``DesignerConfiguration/paper``).
struct DesignerOptions: ParsableArguments {
    @Flag(help: "Start from the paper's settings (τ 0.01, anchor 1, ζ 0.1, KL 0.01, the refined head, a running baseline, no entropy bonus) instead of the defaults; the options below override either.")
    var paper = false
    @Option(help: "Weight of the anchor loss (default 0; paper 1).") var anchorWeight: Float?
    @Option(help: "Weight ζ of the nuclear-norm sparsity loss (default 0; paper 0.1).") var sparsityWeight: Float?
    @Option(help: "Weight of the VGAE's KL term (default 0; paper 0.01).") var klWeight: Float?
    @Option(help: "Rank r of the refinement (default: the number of agents).") var rank: Int?
    @Option(help: "Temperature τ of the binary-concrete sketch (default 1; paper 0.01).") var temperature: Float?
    @Option(help: "Adam learning rate (default 0.01).") var learningRate: Float?
    @Option(help: "Decay the learning rate to this over the training steps (cosine; default: no decay).")
    var finalLearningRate: Float?
    @Flag(help: "Draw the VGAE and binary-concrete noise in training passes (the paper; see the README).")
    var noisyTraining = false
    @Option(help: "Draw edges from the refined S̃ (refined, the paper) or from the sketch S (sketch, the default).")
    var edgeHead: DesignerConfiguration.EdgeHead?
    @Option(help: "REINFORCE baseline: running (the paper) or leave-one-out (the step's other rewards; the default).")
    var rewardBaseline: DesignerConfiguration.RewardBaseline?
    @Flag(help: "Divide each step's advantages by the standard deviation of its rewards.")
    var normalizeAdvantages = false
    @Option(help: "Graphs sampled per query and step (M; default 10).") var samplesPerQuery: Int?
    @Option(help: "Weight of the entropy bonus on the edge decisions (default 0.02; paper 0).") var entropyWeight: Float?
    @Flag(inversion: .prefixedNo, help: "Decay the entropy weight to 0 over the training steps (cosine; on by default, off with --paper).")
    var entropyAnnealing: Bool?
    @Option(help: "Every this many steps and after the last, score the decoded designs with the training utility and keep the best weights (0: off; default 100, off with --paper).")
    var checkpointInterval: Int?
    @Option(help: "Utility calls per query that score a checkpoint (default 16).") var selectionCalls: Int?
    @Option(help: "Trainings from fresh weights, keeping the best checkpoint of all (default 1).") var restarts: Int?

    func validate() throws {
        guard [anchorWeight, sparsityWeight, klWeight, entropyWeight].allSatisfy({ ($0 ?? 0) >= 0 && ($0 ?? 0).isFinite }) else {
            throw ValidationError("--anchor-weight, --sparsity-weight, --kl-weight and --entropy-weight must be non-negative")
        }
        guard [learningRate, finalLearningRate].allSatisfy({ ($0 ?? 1) > 0 && ($0 ?? 1).isFinite }) else {
            throw ValidationError("--learning-rate and --final-learning-rate must be positive")
        }
        guard (rank ?? 1) >= 1 else { throw ValidationError("--rank must be positive") }
        guard (temperature ?? 1) > 0, (temperature ?? 1).isFinite else { throw ValidationError("--temperature must be positive") }
        guard (samplesPerQuery ?? 1) >= 1 else { throw ValidationError("--samples-per-query must be positive") }
        let l = DesignerConfiguration.limits
        guard l.checkpointInterval.contains(checkpointInterval ?? 0), l.selectionCalls.contains(selectionCalls ?? 1),
              l.restarts.contains(restarts ?? 1) else {
            throw ValidationError("--checkpoint-interval must be non-negative, --selection-calls and --restarts positive (at most \(l.restarts.upperBound) restarts)")
        }
    }

    /// The configuration for `agents` agents. - Throws: `ValidationError` for a rank above it.
    func configuration(agents: Int) throws -> DesignerConfiguration {
        if let rank, rank > agents { throw ValidationError("--rank \(rank) exceeds the \(agents) agents") }
        var c = paper ? DesignerConfiguration.paper : DesignerConfiguration()
        func set<T>(_ path: WritableKeyPath<DesignerConfiguration, T>, _ value: T?) {
            if let value { c[keyPath: path] = value }
        }
        set(\.anchorWeight, anchorWeight)
        set(\.sparsityWeight, sparsityWeight)
        set(\.klWeight, klWeight)
        if let rank { c.rank = rank }
        set(\.temperature, temperature)
        set(\.learningRate, learningRate)
        if let finalLearningRate { c.finalLearningRate = finalLearningRate }
        set(\.edgeHead, edgeHead)
        set(\.rewardBaseline, rewardBaseline)
        set(\.samplesPerQuery, samplesPerQuery)
        set(\.entropyWeight, entropyWeight)
        set(\.entropyAnnealing, entropyAnnealing)
        set(\.checkpointInterval, checkpointInterval)
        set(\.selectionCalls, selectionCalls)
        set(\.restarts, restarts)
        c.noisyTraining = c.noisyTraining || noisyTraining
        c.normalizeAdvantages = c.normalizeAdvantages || normalizeAdvantages
        return c
    }
}

/// The agents and task files of the `topology` subcommands.
struct TopologyInputs: ParsableArguments {
    @Option(help: "The agents JSON file.") var agents: String
    @Option(help: "The task JSON file (queries).") var task: String

    func load() throws -> (DesignInput.Agents, [DesignQuery]) {
        let agents = try DesignInput.readAgents(self.agents)
        return (agents, try DesignInput.readQueries(task, width: agents.problem.featureWidth))
    }
}

/// Saving and restoring a designer with its configuration.
enum DesignerCheckpoint {
    static func metadata(_ designer: TopologyDesigner) throws -> [String: String] {
        ["model": "g-designer", "agents": "\(designer.agentCount)", "features": "\(designer.featureWidth)",
         "configuration": String(decoding: try JSONEncoder().encode(designer.configuration), as: UTF8.self)]
    }

    /// The designer saved at `path`, checked against `problem`.
    static func load(_ path: String, for problem: DesignProblem) throws -> TopologyDesigner {
        let contents = try SafeTensors.read(from: URL(fileURLWithPath: path))
        let m = contents.metadata
        guard m["model"] == "g-designer", let n = m["agents"].flatMap(Int.init), let d = m["features"].flatMap(Int.init),
              let text = m["configuration"],
              let configuration = try? DesignerConfiguration.decoding(json: text),
              n >= 2, n <= DesignInput.maxAgents, d >= 1, d <= DesignInput.maxFeatures, (1 ... n).contains(configuration.rank ?? n) else {
            throw CLIError.invalidValues(path: path, reason: "not a designer saved by 'graphtool topology design' (its metadata lacks model, agents, features or configuration)")
        }
        guard n == problem.agentCount, d == problem.featureWidth else {
            throw CLIError.invalidValues(path: path, reason: "the designer is for \(n) agents with \(d) features, the agents file has \(problem.agentCount) with \(problem.featureWidth)")
        }
        var unused = SeededGenerator(seed: 0)
        let designer = TopologyDesigner(agentCount: n, featureWidth: d, configuration: configuration, generator: &unused)
        try designer.loadParameters(from: contents)
        return designer
    }
}

extension DesignerConfiguration.EdgeHead: ExpressibleByArgument {}
extension DesignerConfiguration.RewardBaseline: ExpressibleByArgument {}
