import ArgumentParser
import Foundation
import GNN
import GraphCore

/// `graphtool bench sampler`: mini-batch node classification with the neighbour sampler on a
/// large synthetic graph (the scale test against PyG's `NeighborLoader`).
struct BenchSampler: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sampler",
        abstract: "Time epochs of neighbour-sampled node classification on a synthetic graph and report peak memory.",
        discussion: """
            Draws EDGES directed edges over NODES nodes, FEATURES uniform features and one of \
            CLASSES classes per node from a counter-based SplitMix64 stream (the same graph as \
            benchmarks/pyg_sampler_epoch.py for the same --seed), and trains a two-layer \
            GraphSAGE (mean aggregation, --hidden units, dropout 0.5, Adam 0.01, weight decay \
            5e-4 on the first layer) on the first TRAIN_SHARE of the nodes in shuffled batches, \
            each on the subgraph the neighbour sampler draws with --fanouts — the loop of PyTorch \
            Geometric's NeighborLoader examples. Reports the median epoch time, the setup time \
            (drawing the graph and building its index) and peak RSS.
            """
    )

    @Option(help: "Number of nodes.") var nodes = 1_000_000
    @Option(help: "Number of directed edges.") var edges = 10_000_000
    @Option(help: "Features per node.") var features = 32
    @Option(help: "Number of classes.") var classes = 16
    @Option(help: "Share of the nodes that are training nodes (the seeds of the batches).") var trainShare = 0.1
    @Option(help: "Neighbours drawn per node at each hop, comma-separated.") var fanouts = "10,5"
    @Option(help: "Training nodes per batch.") var batchSize = 1024
    @Option(help: "Hidden units of the GraphSAGE layer.") var hidden = 64
    @Option(help: "Training epochs.") var epochs = 1
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    var threads: Int { threadCount.count }
    @Option(help: "Random seed (the graph, initialisation, batches and samples).") var seed: UInt64 = 0
    @Flag(help: "Print one JSON line.") var json = false

    var fanoutList: [Int] { fanouts.split(separator: ",").compactMap { Int($0) } }
    var trainCount: Int { Int(trainShare * Double(nodes)) }

    func validate() throws {
        guard nodes > 1, edges > 0, features > 0, classes > 1, epochs > 0, threads > 0, batchSize > 0, hidden > 0 else {
            throw ValidationError("--nodes and --classes must exceed 1; --edges, --features, --epochs, --threads, --batch-size and --hidden must be positive")
        }
        guard nodes <= Int(Int32.max) else { throw ValidationError("--nodes must be at most \(Int32.max)") }
        guard trainShare > 0, trainShare <= 1, trainCount > 0 else {
            throw ValidationError("--train-share must be in (0, 1] and leave at least one training node")
        }
        let parts = fanouts.split(separator: ",", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ (Int($0) ?? 0) > 0 }) else {
            throw ValidationError("--fanouts must be positive integers separated by commas, got '\(fanouts)'")
        }
    }

    func run() throws {
        let synthetic = SyntheticNodeData(nodes: nodes, edges: edges, features: features, classes: classes, seed: seed)
        var incoming: (graph: Graph, checksum: UInt64)!, x: Matrix!, labels: [Int32] = []
        let setupSeconds = try Stopwatch.seconds {
            incoming = try synthetic.incomingGraph(threads: threads)
            x = synthetic.featureMatrix(threads: threads)
            labels = synthetic.labels()
        }
        let sampler = NeighborSampler(incoming: incoming.graph, fanouts: fanoutList, threads: threads)
        var rng = SeededGenerator(seed: seed)
        var configuration = NodeClassifier.Configuration.published(.sage, inputSize: features, classes: classes)
        configuration.hidden = hidden
        let model = NodeClassifier(configuration, generator: &rng)
        let options = NodeClassificationTrainer.Options(learningRate: 0.01, weightDecay: 5e-4, seed: seed)
        var optimizer = Adam(learningRate: options.learningRate)
        let input = NodeFeatures.dense(x), trainNodes = (0 ..< trainCount).map(Int32.init)
        x = nil
        var wall: [Double] = [], cpu: [Double] = [], loss: Float = 0
        for epoch in 1 ... epochs {
            let seconds = try Stopwatch.wallAndCPUSeconds {
                loss = try NodeClassificationTrainer.sampledEpoch(
                    model, features: input, labels: labels, trainNodes: trainNodes, sampler: sampler, batchSize: batchSize,
                    options: options, epoch: epoch, optimizer: &optimizer, generator: &rng)
            }
            wall.append(seconds.wall)
            cpu.append(seconds.cpu)
        }
        let report = BenchReport(benchmark: "sampler", parameters: [
            "nodes": nodes, "edges": edges, "features": features, "classes": classes, "train_nodes": trainCount,
            "batch_size": batchSize, "hidden": hidden, "epochs": epochs, "threads": threads,
            "batches": (trainCount + batchSize - 1) / batchSize, "edge_checksum_shr2": Int(incoming.checksum >> 2),
            "peak_rss_mb": PeakMemory.residentBytes() / 1_000_000,
        ], medianSeconds: wall.median(), measurements: [
            "setup_seconds": setupSeconds, "cpu_seconds_median": cpu.median(), "last_loss": Double(loss),
        ])
        try report.print(json: json)
    }
}
