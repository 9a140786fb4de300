import AgentTopology
import ArgumentParser
import Foundation
import GraphCore
import Render

/// `graphtool topology sample`: topologies from a saved designer.
struct TopologySample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Print the topologies a saved designer designs, as execution plans.",
        discussion: """
            For each query of --task: the edge probabilities and either the deterministic \
            decoding (edges with probability ≥ 0.5, in the agent order; the default) or \
            --samples graphs drawn from them, each with its log-probability. --dot and \
            --render draw the first query's decoded topology: edge width by probability, the \
            task node as a shaded box.
            """
    )

    @OptionGroup var inputs: TopologyInputs
    @Option(help: "The designer saved by 'topology design'.") var model: String
    @Option(help: "Graphs to draw per query (0: the deterministic decoding).") var samples = 0
    @Option(help: "Random seed for the draws.") var seed: UInt64 = 0
    @Option(help: "Write the first query's topology as DOT text.") var dot: String?
    @Option(help: "Draw the first query's topology (.svg, .png or .pdf).") var render: String?
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func validate() throws {
        guard samples >= 0 else { throw ValidationError("--samples must be non-negative") }
        if let render, RenderFormat(pathExtension: URL(fileURLWithPath: render).pathExtension) == nil {
            throw ValidationError("--render must end in .svg, .png or .pdf")
        }
    }

    func run() throws {
        let (agents, queries) = try inputs.load()
        let designer = try DesignerCheckpoint.load(model, for: agents.problem)
        let designed = DesignedTopologies(designer: designer, problem: agents.problem, queries: queries, samples: samples, seed: seed)
        if dot != nil || render != nil {
            let first = designer.decode(agents.problem, queries[0])
            let text = first.topology.dot(probabilities: first.probabilities, agentNames: agents.problem.agentNames, task: queries[0].id)
            if let dot { try FileIO.writeAtomically(Array(text.utf8), to: dot) }
            if let render { try Graphviz.render(dot: text, to: render) }
        }
        try designed.print(json: json)
    }
}

/// The designed topologies of some queries, printed as text or JSON.
struct DesignedTopologies: Encodable {
    struct Entry: Encodable {
        let query: String
        let probabilities: [[Float]]
        let plans: [ExecutionPlan]
        let logProbabilities: [Double]

        enum CodingKeys: String, CodingKey {
            case query, probabilities, plans
            case logProbabilities = "log_probabilities"
        }
    }

    var version = 1
    let queries: [Entry]

    /// The decoding (`samples == 0`) or `samples` draws per query.
    init(designer: TopologyDesigner, problem: DesignProblem, queries: [DesignQuery], samples: Int, seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        self.queries = queries.map { q in
            let decoded = designer.decode(problem, q)
            let draws = samples == 0
                ? [problem.sampler.decode(decoded.probabilities, threshold: designer.configuration.decodingThreshold,
                                          rounds: designer.configuration.rounds)]
                : designer.sample(problem, q, count: samples, generator: &rng)
            let p = decoded.probabilities
            return Entry(query: q.id, probabilities: (0 ..< p.rows).map { Array(p.row($0)) },
                         plans: draws.map { ExecutionPlan($0.topology, agentNames: problem.agentNames) },
                         logProbabilities: draws.map { problem.sampler.logProbability(of: $0.topology, p) })
        }
    }

    func print(json: Bool) throws {
        if json {
            Swift.print(try TopologyCommand.json(self))
            return
        }
        for entry in queries {
            for (plan, logP) in zip(entry.plans, entry.logProbabilities) {
                let edges = plan.edges.map { "\(plan.agents[$0[0]])→\(plan.agents[$0[1]])" }.joined(separator: " ")
                Swift.print("\(entry.query): \(edges.isEmpty ? "(no edges: vote)" : edges)  cost \(plan.cost)  log P \(String(format: "%.3f", logP))")
            }
        }
    }
}
