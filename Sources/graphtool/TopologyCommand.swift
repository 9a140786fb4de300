import AgentTopology
import ArgumentParser
import Foundation

/// `graphtool topology`: multi-agent communication topologies (G-Designer).
struct TopologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topology",
        abstract: "Design multi-agent communication topologies with G-Designer.",
        discussion: """
            A VGAE over the agents and a task node designs which agent talks to which; it is \
            trained by REINFORCE on a utility, either the Dirichlet-compound-multinomial debate \
            simulator (--simulate dcm) or a program of yours (--utility-command), such as one \
            that runs your language-model agents.
            """,
        subcommands: [TopologyDesign.self, TopologySample.self, TopologyEvaluate.self]
    )

    /// The simulators a utility can come from.
    enum Simulator: String, ExpressibleByArgument, CaseIterable {
        case dcm
    }

    /// How the simulated agents' answers become the final one.
    enum Aggregation: String, ExpressibleByArgument, CaseIterable {
        case vote, summarizer
    }

    /// Pretty, sorted JSON of `value` with a final newline.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
