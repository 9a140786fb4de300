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
    @Option(help: "With --simulate: debates averaged in each utility call.") var debatesPerCall = 1
    @Flag(help: "With --simulate: play the M graphs of a step on the same random draws (one query instance).")
    var commonRandomNumbers = false
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

/// The designer's hyperparameters, as options.
struct DesignerOptions: ParsableArguments {
    @Option(help: "Weight of the anchor loss.") var anchorWeight: Float = 1
    @Option(help: "Weight ζ of the nuclear-norm sparsity loss.") var sparsityWeight: Float = 0.1
    @Option(help: "Weight of the VGAE's KL term.") var klWeight: Float = 0.01
    @Option(help: "Rank r of the refinement (default: the number of agents).") var rank: Int?
    @Option(help: "Temperature τ of the binary-concrete sketch.") var temperature: Float = 0.01
    @Option(help: "Adam learning rate.") var learningRate: Float = 0.01
    @Flag(help: "Draw the VGAE and binary-concrete noise in training passes (the paper; see the README).")
    var noisyTraining = false
    @Option(help: "Draw edges from the refined S̃ (refined, the paper) or from the sketch S (sketch).")
    var edgeHead: DesignerConfiguration.EdgeHead = .refined
    @Option(help: "REINFORCE baseline: running (the paper) or leave-one-out (the step's other rewards).")
    var rewardBaseline: DesignerConfiguration.RewardBaseline = .running
    @Flag(help: "Divide each step's advantages by the standard deviation of its rewards.")
    var normalizeAdvantages = false
    @Option(help: "Graphs sampled per query and step (M).") var samplesPerQuery = 10
    @Option(help: "Weight of the entropy bonus on the edge decisions (0 in the paper).") var entropyWeight: Float = 0

    func validate() throws {
        guard [anchorWeight, sparsityWeight, klWeight, entropyWeight].allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw ValidationError("--anchor-weight, --sparsity-weight, --kl-weight and --entropy-weight must be non-negative")
        }
        guard learningRate > 0, learningRate.isFinite else { throw ValidationError("--learning-rate must be positive") }
        guard (rank ?? 1) >= 1 else { throw ValidationError("--rank must be positive") }
        guard temperature > 0, temperature.isFinite else { throw ValidationError("--temperature must be positive") }
        guard samplesPerQuery >= 1 else { throw ValidationError("--samples-per-query must be positive") }
    }

    /// The configuration for `agents` agents. - Throws: `ValidationError` for a rank above it.
    func configuration(agents: Int) throws -> DesignerConfiguration {
        if let rank, rank > agents { throw ValidationError("--rank \(rank) exceeds the \(agents) agents") }
        var c = DesignerConfiguration()
        c.anchorWeight = anchorWeight
        c.sparsityWeight = sparsityWeight
        c.klWeight = klWeight
        c.rank = rank
        c.temperature = temperature
        c.learningRate = learningRate
        c.noisyTraining = noisyTraining
        c.edgeHead = edgeHead
        c.rewardBaseline = rewardBaseline
        c.normalizeAdvantages = normalizeAdvantages
        c.samplesPerQuery = samplesPerQuery
        c.entropyWeight = entropyWeight
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
              let configuration = try? JSONDecoder().decode(DesignerConfiguration.self, from: Data(text.utf8)),
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
