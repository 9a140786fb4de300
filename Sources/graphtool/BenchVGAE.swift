import ArgumentParser
import Foundation
import GNN
import GraphCore

/// `graphtool bench vgae`: full-batch VGAE epochs on a large random graph (the scale test).
struct BenchVGAE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vgae",
        abstract: "Time full-batch VGAE epochs on a synthetic graph and report peak memory.",
        discussion: """
            Draws EDGES uniform random node pairs over NODES nodes (an undirected graph), \
            standard normal features, and trains a VGAE (two-layer GCN encoder, 32 hidden, 16 \
            latent) with the reconstruction loss on all distinct drawn pairs plus as many sampled \
            non-edges and the KL term, with Adam — the workload of PyTorch Geometric's VGAE \
            example at scale. Reports the median epoch time (first epoch excluded) and peak RSS.
            """
    )

    @Option(help: "Number of nodes.") var nodes = 1_000_000
    @Option(help: "Number of undirected edges drawn.") var edges = 10_000_000
    @Option(help: "Features per node.") var features = 32
    @Option(help: "Training epochs.") var epochs = 4
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    var threads: Int { threadCount.count }
    @Option(help: "Random seed.") var seed: UInt64 = 0
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard nodes > 1, edges > 0, features > 0, epochs > 0, threads > 0 else {
            throw ValidationError("--nodes must exceed 1; --edges, --features, --epochs and --threads must be positive")
        }
        guard nodes <= Int(Int32.max) else { throw ValidationError("--nodes must be at most \(Int32.max)") }
    }

    func run() throws {
        var rng = SeededGenerator(seed: seed)
        let sources = (0 ..< edges).map { _ in Int32(rng.nextIndex(below: nodes)) }
        let targets = (0 ..< edges).map { _ in Int32(rng.nextIndex(below: nodes)) }
        let graph = try EdgeList(sources: sources, targets: targets, nodeCount: nodes).graph(options: .init(directed: false))
        let positives = EdgeList(graph)  // the distinct drawn pairs, in CSR order
        var x = Matrix(rows: nodes, columns: features)
        x.withUnsafeMutableValues { values in
            for i in values.indices { values[i] = rng.nextGaussian() }
        }
        let input = NodeFeatures.dense(x)
        let messageGraph = MessageGraph(graph, threads: threads)
        let model = GraphAutoencoder(kind: .vgae, inputSize: features, negativesPerEdge: 1, generator: &rng)
        var optimizer = Adam(learningRate: 0.01)
        let parameters = model.namedParameters
        var times: [Double] = []
        for epoch in 1 ... epochs {
            let seconds = try Stopwatch.seconds {
                let (z, mean, logStd) = model.encode(input, messageGraph, training: true, generator: &rng)
                let negatives = try NegativeSampling.sample(count: positives.count, avoiding: graph, using: &rng)
                let loss = model.loss(z: z, mean: mean, logStd: logStd, positives: positives,
                                      negatives: negatives, klWeight: 1 / Float(nodes))
                try loss.backward(step: epoch)
                optimizer.step(parameters)
            }
            times.append(seconds)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let report = BenchReport(benchmark: "vgae", parameters: [
            "nodes": nodes, "edges": edges, "features": features, "epochs": epochs, "threads": threads,
            "stored_edges": graph.edgeCount, "peak_rss_mb": usage.ru_maxrss / 1024,
        ], medianSeconds: (times.count > 1 ? Array(times.dropFirst()) : times).median())
        try report.print(json: json)
    }
}
