import ArgumentParser
import Foundation
import GNN
import GraphCore

/// `graphtool anomaly [score]`: train a reconstruction-based detector on a graph and write a
/// score per node.
struct AnomalyScore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score every node by how badly a graph autoencoder reconstructs it (DOMINANT or GAE).",
        discussion: """
            DATA_DIR holds edges.tsv (u<TAB>v, each undirected edge once) and optionally \
            features.tsv (node<TAB>index of a 1-valued feature; without it each node is its own \
            one-hot feature). dominant is DOMINANT (Ding et al. 2019): a GCN encoder, a GCN \
            attribute decoder and the structure decoder H Hᵀ (sigmoid(H Hᵀ) in the paper: \
            --structure-sigmoid); a node scores \
            alpha·‖x̂−x‖ + (1−alpha)·‖â−a‖, and training minimises the mean score. gae keeps the \
            attribute autoencoder alone and scores the mean squared error of a node's attributes. \
            Sizes and training are PyGOD's defaults: 4 convolutions of 64 (2 encode, 2 decode), \
            Adam at 0.004 for 100 epochs, full batch, raw features, no sigmoid on the structure. The scores (node<TAB>score, \
            higher is more anomalous) go to --output; with anomalies.tsv in DATA_DIR (node<TAB>\
            kind, 0 for a normal node, as written by 'graphtool anomaly inject') the ROC-AUC of \
            the scores is reported too. dominant's structure decoder is a dense V×V matrix, so \
            it is limited to \(Self.dominantNodeLimit) nodes.
            """
    )

    /// The most nodes `dominant` accepts: its V×V reconstruction and gradient stay near 3 GB.
    static let dominantNodeLimit = 20_000

    @Argument(help: "Dataset directory (edges.tsv, optional features.tsv and anomalies.tsv).") var dataDirectory: String
    @Option(help: "Detector: dominant or gae.") var model: ReconstructionAnomalyDetector.Model = .dominant
    @Option(help: "Training epochs.") var epochs = 100
    @Option(help: "Random seed (initialisation).") var seed: UInt64 = 0
    @Option(help: "Adam learning rate.") var learningRate: Float = 0.004
    @Option(help: "L2 weight decay on every parameter.") var weightDecay: Float = 0
    @Option(help: "Width of the hidden layers and embeddings.") var hidden = 64
    @Option(help: "Graph convolutions in total (half encode, the rest decode).") var layers = 4
    @Option(help: "Weight of the attribute error in dominant's score (the structure's is 1 − alpha).") var alpha: Float = 0.5
    @Flag(inversion: .prefixedNo, help: "Pass dominant's reconstructed structure H Hᵀ through the sigmoid, as the paper does (PyGOD's default does not).")
    var structureSigmoid = false
    @Flag(inversion: .prefixedNo, help: "Divide each node's features by their sum first (PyG's NormalizeFeatures).")
    var normalizeFeatures = false
    @Option(name: [.customShort("o"), .long], help: "Write node<TAB>score lines here.") var output = "anomaly-scores.tsv"
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    var threads: Int { threadCount.count }
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard epochs > 0 else { throw ValidationError("--epochs must be positive") }
        guard hidden > 0 else { throw ValidationError("--hidden must be positive") }
        guard layers >= 2 else { throw ValidationError("--layers must be at least 2") }
        guard threads > 0 else { throw ValidationError("--threads must be positive") }
        guard (0 ... 1).contains(alpha) else { throw ValidationError("--alpha must be in [0, 1]") }
        guard learningRate > 0, learningRate.isFinite else { throw ValidationError("--learning-rate must be a positive number") }
        guard weightDecay >= 0, weightDecay.isFinite else { throw ValidationError("--weight-decay must be non-negative") }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: dataDirectory)
        let dataset = try LinkDataset.load(directory: directory)
        if model == .dominant && dataset.nodeCount > Self.dominantNodeLimit {
            throw CLIError.invalidValues(path: dataDirectory, reason: "the graph has \(dataset.nodeCount) nodes; dominant's dense structure decoder handles at most \(Self.dominantNodeLimit) (use --model gae, which reconstructs the attributes only)")
        }
        let truthFile = directory.appendingPathComponent("anomalies.tsv")
        let truth = FileManager.default.fileExists(atPath: truthFile.path)
            ? try LabelListReader.read(contentsOf: truthFile, nodeCount: dataset.nodeCount) : nil
        let start = DispatchTime.now().uptimeNanoseconds
        let features = NodeFeatures.from(dataset.features, nodeCount: dataset.nodeCount,
                                         normalizeRows: normalizeFeatures, threads: threads)
        var configuration = ReconstructionAnomalyDetector.Configuration(model: model, inputSize: features.width)
        configuration.hidden = hidden
        configuration.layers = layers
        configuration.attributeWeight = alpha
        configuration.sigmoidStructure = structureSigmoid
        var generator = SeededGenerator(seed: seed)
        let detector = ReconstructionAnomalyDetector(configuration, generator: &generator)
        var options = ReconstructionAnomalyDetector.TrainingOptions()
        options.epochs = epochs
        options.learningRate = learningRate
        options.weightDecay = weightDecay
        let progress = progressOptions.line()
        let fit = try detector.fit(features, MessageGraph(dataset.graph, threads: threads),
                                   targets: .init(features: features, graph: dataset.graph), options: options) { epoch, loss in
            progress.update(String(format: "epoch %d/%d  loss %.4f", epoch, epochs, loss))
        }
        progress.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        try FileIO.writeAtomically(Array(Self.scoreTable(fit.scores).utf8), to: output)

        let rocAUC = truth.flatMap { labels in Metrics.rocAUC(scores: fit.scores, labels: labels.map { $0 > 0 }) }
        let report = AnomalyReport(
            data: dataDirectory, model: model.rawValue, seed: seed, epochs: epochs, threads: threads,
            nodes: dataset.nodeCount, edges: dataset.edges.count, features: features.width,
            anomalies: truth.map { $0.filter { $0 > 0 }.count }, rocAUC: rocAUC, scores: output,
            finalLoss: Double(fit.losses.last ?? 0), fitSeconds: seconds, epochSecondsMedian: fit.medianEpochSeconds)
        if json {
            print(try JSONText.of(report))
        } else {
            print(String(format: "%@: %@ scores of %d nodes in %@ (%.2f s, %.5f s per epoch, final loss %.4f)%@",
                         dataDirectory, model.rawValue, dataset.nodeCount, output, seconds, fit.medianEpochSeconds,
                         report.finalLoss, rocAUC.map { String(format: "; ROC-AUC %.4f against anomalies.tsv", $0) } ?? ""))
        }
    }

    /// `node<TAB>score` per line, each score in the shortest form that reads back as the same Float.
    static func scoreTable(_ scores: [Float]) -> String {
        var text = ""
        text.reserveCapacity(scores.count * 16)
        for (node, score) in scores.enumerated() { text += "\(node)\t\(score)\n" }
        return text
    }
}

/// The JSON document of `graphtool anomaly --json`; bump `format` when fields change meaning.
struct AnomalyReport: Codable {
    var format = 1
    let data: String
    let model: String
    let seed: UInt64
    let epochs: Int
    let threads: Int
    let nodes: Int
    let edges: Int
    let features: Int
    /// Anomalous nodes in anomalies.tsv, when present.
    let anomalies: Int?
    /// ROC-AUC of the scores against anomalies.tsv, when present (and both classes occur).
    let rocAUC: Double?
    /// Where the scores were written.
    let scores: String
    let finalLoss: Double
    /// Seconds from the loaded data to the scores: features, model, training, final scoring.
    let fitSeconds: Double
    let epochSecondsMedian: Double

    enum CodingKeys: String, CodingKey {
        case format, data, model, seed, epochs, threads, nodes, edges, features, anomalies, scores
        case rocAUC = "roc_auc", finalLoss = "final_loss", fitSeconds = "fit_seconds"
        case epochSecondsMedian = "epoch_seconds_median"
    }
}
