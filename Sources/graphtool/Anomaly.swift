import ArgumentParser
import GNN

/// `graphtool anomaly`: unsupervised anomaly scores per node (the default subcommand), and the
/// planting of synthetic anomalies to evaluate them.
struct Anomaly: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the nodes of a graph by their reconstruction error (DOMINANT, GAE), or plant anomalies to evaluate them.",
        subcommands: [AnomalyScore.self, AnomalyInject.self],
        defaultSubcommand: AnomalyScore.self
    )
}

extension ReconstructionAnomalyDetector.Model: ExpressibleByArgument {}
