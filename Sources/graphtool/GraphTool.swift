import ArgumentParser
import GraphCore

/// The `graphtool` command: one subcommand per job.
@main
struct GraphTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphtool",
        abstract: "Graph learning for circuits: graph statistics, autoencoders and benchmarks.",
        version: "0.1.0",
        subcommands: [Stats.self, ParasiticsCommand.self, TimingCommand.self, Convert.self, Generate.self, Embed.self, Pretrain.self, EvaluateEncoder.self,
                      LinkPred.self, Classify.self, Anomaly.self, TopologyCommand.self, QSim.self, QPretrain.self, QAS.self, Bin.self, RenderCommand.self,
                      DotCommand.self, StaCommand.self, PartitionCommand.self, Bench.self]
    )

    static func main() {
        LargeArray.retainFreedMemory()
        main(nil)
    }
}
