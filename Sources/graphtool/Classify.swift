import ArgumentParser
import Foundation
import GNN
import GraphCore

/// `graphtool classify`: semi-supervised node classification on a Planetoid-style data set.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Train GCN, GraphSAGE, GAT or GIN to classify the nodes of a graph.",
        discussion: """
            DATA_DIR holds edges.tsv (u<TAB>v, each undirected edge once), labels.tsv \
            (node<TAB>class, -1 for unlabeled), optionally features.tsv (node<TAB>index of a \
            1-valued feature; without it each node is its own one-hot feature) and split.tsv \
            (node<TAB>train|val|test). Without split.tsv a seeded stratified split is drawn: per \
            class 20 training nodes (at most a third of the class), a fifth of the rest for \
            validation, the others for test. The model trains with Adam on the training nodes; \
            the epoch with the lowest validation loss (gcn) or the best validation accuracy \
            (ties: lower validation loss; the other models) is kept, \
            and its test accuracy, macro/micro F1 and confusion matrix are printed with the \
            median seconds of a training step. Defaults are the papers' hyper-parameters: GCN \
            16 hidden, dropout 0.5, learning rate 0.01, weight decay 5e-4 on the first layer, \
            200 epochs; GAT 8 heads of 8, dropout 0.6 (features, hidden layer, attention and \
            messages), learning rate 0.005, weight decay 5e-4, up to 1000 epochs stopped after \
            100 without a better validation accuracy or loss.
            """
    )

    @Argument(help: "Dataset directory (edges.tsv, labels.tsv, optional features.tsv and split.tsv).")
    var dataDirectory: String
    @Option(help: "Model: gcn, sage, gat or gin.") var model: NodeClassifier.Architecture = .gcn
    @Option(help: "Training epochs (default: 1000 for gat, else 200).") var epochs: Int?
    @Option(help: "Stop after this many epochs without a better validation accuracy or loss (default: 100 for gat, else never).")
    var patience: Int?
    @Option(help: "Random seed (initialisation, dropout, and the split when there is no split.tsv).") var seed: UInt64 = 0
    @Option(help: "Adam learning rate (default: 0.005 for gat, else 0.01).") var learningRate: Float?
    @Option(help: "L2 weight decay (on every parameter for gat, on the first layer otherwise).") var weightDecay: Float = 5e-4
    @Option(help: "Hidden width, per head for gat (default: 8 for gat, else 16).") var hidden: Int?
    @Option(help: "Attention heads of gat's first layer.") var heads = 8
    @Option(help: "Dropout on features and the hidden layer, and on gat's attention (default: 0.6 for gat, else 0.5).")
    var dropout: Float?
    @Option(help: "The epoch kept (default: lowest-loss for gcn, chosen on held-out validation nodes; best-accuracy otherwise): best-accuracy (best validation accuracy, ties to lower loss), loss-rise (Kipf & Welling's: stop when the validation loss exceeds the mean of the 10 epochs before), best-in-both (Veličković et al.'s: the last epoch with the best validation accuracy and loss so far), first-best-accuracy (PyG's GCN example: the first epoch with the best validation accuracy) or lowest-loss (the lowest validation loss).")
    var select: SelectionRule?
    @Option(help: "Dropout on gat's transformed features before aggregation, as in the GAT authors' code (default: the --dropout of gat).")
    var messageDropout: Float?
    @Flag(inversion: .prefixedNo, help: "Add a bias to each convolution (Kipf & Welling's GCN has none).")
    var bias = true
    @Option(help: "Share of edges dropped at each training step (DropEdge).") var edgeDropout: Float = 0
    @Option(help: "Train on mini-batches of sampled neighbourhoods: neighbours drawn per node at each hop, comma-separated (e.g. 10,5; GraphSAGE's sampler). Evaluation stays full-batch.")
    var fanouts: String?
    @Option(help: "Training nodes per mini-batch (with --fanouts).") var batchSize = 512
    @Flag(inversion: .prefixedNo, help: "Divide each node's features by their sum first (PyG's NormalizeFeatures).")
    var normalizeFeatures = true
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    var threads: Int { threadCount.count }
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard (epochs ?? 1) > 0 else { throw ValidationError("--epochs must be positive") }
        guard (patience ?? 1) > 0 else { throw ValidationError("--patience must be positive") }
        guard threads > 0 else { throw ValidationError("--threads must be positive") }
        guard (hidden ?? 1) > 0, heads > 0 else { throw ValidationError("--hidden and --heads must be positive") }
        guard (dropout ?? 0) >= 0, (dropout ?? 0) < 1 else { throw ValidationError("--dropout must be in [0, 1)") }
        if let fanouts, parsedFanouts(fanouts) == nil {
            throw ValidationError("--fanouts must be positive integers separated by commas, got '\(fanouts)'")
        }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard (messageDropout ?? 0) >= 0, (messageDropout ?? 0) < 1 else { throw ValidationError("--message-dropout must be in [0, 1)") }
        guard edgeDropout >= 0, edgeDropout < 1 else { throw ValidationError("--edge-dropout must be in [0, 1)") }
        guard weightDecay >= 0, weightDecay.isFinite else { throw ValidationError("--weight-decay must be non-negative") }
        if let learningRate, !(learningRate > 0 && learningRate.isFinite) {
            throw ValidationError("--learning-rate must be a positive number")
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: dataDirectory)
        let dataset = try LinkDataset.load(directory: directory)
        guard let labels = dataset.labels, dataset.classCount >= 2 else {
            throw CLIError.invalidValues(path: dataDirectory, reason: dataset.labels == nil
                ? "node classification needs labels.tsv (node<TAB>class per line)"
                : "labels.tsv names \(dataset.classCount) class; node classification needs at least 2")
        }
        let (split, splitReport) = try loadSplit(directory, labels: labels)
        let features = NodeFeatures.from(dataset.features, nodeCount: dataset.nodeCount,
                                         normalizeRows: normalizeFeatures, threads: threads)
        let data = NodeClassificationData(features: features, graph: MessageGraph(dataset.graph, threads: threads),
                                          labels: labels, split: split)
        var rng = SeededGenerator(seed: seed)
        var configuration = NodeClassifier.Configuration.published(model, inputSize: features.width, classes: data.classes)
        if let hidden { configuration.hidden = hidden }
        if model == .gat { configuration.heads = heads }
        configuration.bias = bias
        if let dropout {
            configuration.dropout = dropout
            if model == .gat { configuration.attentionDropout = dropout }
        }
        if model == .gat { configuration.messageDropout = messageDropout ?? configuration.attentionDropout }
        let classifier = NodeClassifier(configuration, generator: &rng)
        let epochBudget = epochs ?? (model == .gat ? 1000 : 200)
        var options = NodeClassificationTrainer.Options(
            epochs: epochBudget, learningRate: learningRate ?? (model == .gat ? 0.005 : 0.01),
            weightDecay: weightDecay, patience: patience ?? (model == .gat ? 100 : nil), seed: seed &+ 1,
            edgeDropout: edgeDropout, selection: (select ?? (model == .gcn ? .lowestLoss : .bestAccuracy)).selection)
        options.sampling = fanouts.flatMap(parsedFanouts).map { .init(fanouts: $0, batchSize: batchSize) }
        let progress = progressOptions.line()
        let result = try NodeClassificationTrainer.train(classifier, data: data, options: options) { epoch in
            progress.update(String(format: "epoch %d/%d  loss %.4f  validation accuracy %.4f", epoch.epoch, epochBudget,
                                   epoch.loss, epoch.validationAccuracy))
        }
        progress.finish()
        let report = ClassifyReport(
            data: dataDirectory, model: model.rawValue, seed: seed, epochs: epochBudget, epochsRun: result.epochsRun,
            threads: threads, nodes: dataset.nodeCount, edges: dataset.edges.count, classes: data.classes, split: splitReport,
            bestEpoch: result.bestEpoch, trainAccuracy: result.trainAccuracy, validationAccuracy: result.validationAccuracy,
            accuracy: result.testAccuracy, macroF1: result.testConfusion.macroF1 ?? 0,
            microF1: result.testConfusion.microF1 ?? 0, confusionMatrix: result.testConfusion.counts,
            epochSecondsMedian: result.medianEpochSeconds)
        if json {
            print(try JSONText.of(report))
        } else {
            print(String(format: "%@: %@ test accuracy %.4f, macro F1 %.4f (validation accuracy %.4f at epoch %d of %d; split %@), %.5f s per epoch",
                         dataDirectory, model.rawValue, report.accuracy, report.macroF1, report.validationAccuracy,
                         report.bestEpoch, report.epochsRun, splitReport.description, report.epochSecondsMedian))
        }
    }

    /// The fan-outs of `--fanouts`, or `nil` unless all are positive integers.
    private func parsedFanouts(_ text: String) -> [Int]? {
        let values = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.compactMap { $0 }
    }

    /// `split.tsv` when present, else a stratified split drawn with `--seed`.
    private func loadSplit(_ directory: URL, labels: [Int32]) throws -> (NodeSplit, ClassifyReport.Split) {
        let file = directory.appendingPathComponent("split.tsv")
        let split: NodeSplit, report: ClassifyReport.Split
        if FileManager.default.fileExists(atPath: file.path) {
            split = try NodeSplitReader.read(contentsOf: file, nodeCount: labels.count)
            if let unlabeled = NodeSplit.Role.allCases.lazy.flatMap({ split.nodes($0) }).first(where: { labels[Int($0)] < 0 }) {
                throw CLIError.invalidValues(path: file.path, reason: "node \(unlabeled) is in the split but has no class in labels.tsv")
            }
            report = .init(source: "split.tsv", seed: nil, train: split.train.count, validation: split.validation.count,
                           test: split.test.count)
        } else {
            var generator = SeededGenerator(seed: seed)
            split = NodeSplit.stratified(labels: labels, using: &generator)
            report = .init(source: "stratified", seed: seed, train: split.train.count, validation: split.validation.count,
                           test: split.test.count)
        }
        guard !split.train.isEmpty, !split.validation.isEmpty, !split.test.isEmpty else {
            throw CLIError.invalidValues(path: dataDirectory, reason: "the split has \(report.train) training, \(report.validation) validation and \(report.test) test nodes; each part needs at least one (label more nodes, or list them in split.tsv)")
        }
        return (split, report)
    }
}

extension NodeClassifier.Architecture: ExpressibleByArgument {}

/// `--select`: which epoch `classify` keeps.
enum SelectionRule: String, ExpressibleByArgument, CaseIterable {
    case bestAccuracy = "best-accuracy", lossRise = "loss-rise", bestInBoth = "best-in-both"
    case firstBestAccuracy = "first-best-accuracy", lowestLoss = "lowest-loss"

    var selection: NodeClassificationTrainer.Selection {
        switch self {
        case .bestAccuracy: return .bestValidationAccuracy
        case .lossRise: return .lastBeforeValidationLossRises(window: 10)
        case .bestInBoth: return .lastBestInBoth
        case .firstBestAccuracy: return .firstBestValidationAccuracy
        case .lowestLoss: return .lowestValidationLoss
        }
    }
}

/// The JSON document of `graphtool classify --json`; bump `format` when fields change meaning.
struct ClassifyReport: Codable {
    /// Where the split came from, and its sizes.
    struct Split: Codable, CustomStringConvertible {
        /// `split.tsv` or `stratified`.
        let source: String
        /// The seed of a stratified split.
        let seed: UInt64?
        let train: Int
        let validation: Int
        let test: Int

        var description: String {
            "\(source)\(seed.map { " seed \($0)" } ?? "") \(train)/\(validation)/\(test)"
        }
    }

    var format = 1
    let data: String
    let model: String
    let seed: UInt64
    let epochs: Int
    let epochsRun: Int
    let threads: Int
    let nodes: Int
    let edges: Int
    let classes: Int
    let split: Split
    let bestEpoch: Int
    let trainAccuracy: Double
    let validationAccuracy: Double
    /// Test accuracy of the selected epoch.
    let accuracy: Double
    let macroF1: Double
    let microF1: Double
    /// Test confusion matrix: rows the true class, columns the predicted one.
    let confusionMatrix: [[Int]]
    let epochSecondsMedian: Double

    enum CodingKeys: String, CodingKey {
        case format, data, model, seed, epochs, threads, nodes, edges, classes, split, accuracy
        case epochsRun = "epochs_run", bestEpoch = "best_epoch", trainAccuracy = "train_accuracy"
        case validationAccuracy = "validation_accuracy", macroF1 = "macro_f1", microF1 = "micro_f1"
        case confusionMatrix = "confusion_matrix", epochSecondsMedian = "epoch_seconds_median"
    }
}
