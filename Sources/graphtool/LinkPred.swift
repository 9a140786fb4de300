import ArgumentParser
import Distributed
import Foundation
import GNN
import GraphCore

/// `graphtool linkpred`: train a graph autoencoder for link prediction and report test AUC/AP.
struct LinkPred: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkpred",
        abstract: "Train GAE, VGAE or a masked graph autoencoder for link prediction.",
        discussion: """
            DATA_DIR holds edges.tsv (u<TAB>v, each undirected edge once) and optionally \
            features.tsv (node<TAB>index of a 1-valued feature); without features each node is \
            its own one-hot feature. The edges are split 85/5/10 into train/validation/test \
            (validation and test with as many sampled non-edges); the model is trained with Adam \
            on the training edges, the epoch with the best validation AUC + AP is kept, and its test \
            AUC and AP are printed with the median seconds of a training step. With --distributed \
            under mpirun, each rank scores its shard of the training edges (the encoder sees them \
            all), gradients are averaged before each step, and rank 0 alone prints (the JSON adds \
            "ranks") and writes.
            """
    )

    enum Model: String, ExpressibleByArgument, CaseIterable {
        case gae, vgae, masked
    }

    /// `--mask`: the masked model's edge masking.
    enum MaskKind: String, ExpressibleByArgument, CaseIterable {
        case edges, paths
    }

    /// `--encoder`: the masked model's encoder form.
    enum EncoderKind: String, ExpressibleByArgument, CaseIterable {
        case gae, maskgae
    }

    @Argument(help: "Dataset directory (edges.tsv, optional features.tsv).") var dataDirectory: String
    @Option(help: "Number of nodes (every id below it); without it, ids may run to 16 per line of each file.")
    var nodes: Int?
    @Option(help: "Model: gae, vgae or masked.") var model: Model = .masked
    @Option(help: "Training epochs (default: 400 for gae, 800 for vgae and masked).") var epochs: Int?
    @Option(help: "Random seed (split, initialisation, sampling).") var seed: UInt64 = 0
    @Option(help: "Adam learning rate (default: 0.01 for masked, else 0.005).") var learningRate: Float?
    @Option(help: "Sampled non-edges per training edge and step (gae, vgae).") var negatives = 1
    @Option(help: "Hidden width (default: 32 for gae/vgae, 128 for masked).") var hidden: Int?
    @Option(help: "Embedding width (default: 16 for gae/vgae, 64 for masked).") var latent: Int?
    @Option(help: "Adam L2 weight decay (default: 0 for gae/vgae, 5e-5 for masked).") var weightDecay: Float?
    @Option(help: "Which training edges the masked model hides from its encoder each step: edges (a random share) or paths (random walks, MaskGAE's path mask).")
    var mask: MaskKind = .paths
    @Option(help: "Share of training edges hidden per step (--mask edges), or of nodes starting a walk (--mask paths).")
    var maskRatio = 0.7
    @Option(help: "Steps of each masking walk (--mask paths).") var walkLength = 3
    @Option(help: "Encoder form of the masked model: gae (ReLU on the hidden layer) or maskgae (batch norm and ELU after both layers).")
    var encoder: EncoderKind = .maskgae
    @Option(help: "Weight of the masked model's degree decoder loss (MaskGAE's alpha; 0 for none).") var degreeWeight: Float = 0.003
    @Option(help: "Clip the global gradient norm to this value before each step (masked; 0 for none).") var clipNorm: Float = 1
    @Option(help: "Dropout on the encoder's hidden layer (masked).") var dropout: Float = 0.8
    @Option(help: "Dropout on the input features (masked).") var inputDropout: Float = 0.5
    @Flag(help: "Divide each node's features by their sum first (PyG's NormalizeFeatures).") var normalizeFeatures = false
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    var threads: Int { threadCount.count }
    @Option(help: "Write the trained model (safetensors).") var save: String?
    @Option(help: "Write the node embeddings (.npy, float32, one row per node).") var embeddings: String?
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions
    @OptionGroup var parallel: DistributedOption

    func validate() throws {
        guard (epochs ?? 1) > 0 else { throw ValidationError("--epochs must be positive") }
        guard threads > 0 else { throw ValidationError("--threads must be positive") }
        if let nodes, nodes <= 0 || nodes > Int(Int32.max) {
            throw ValidationError("--nodes must be in 1...\(Int32.max)")
        }
        guard negatives > 0 else { throw ValidationError("--negatives must be positive") }
        guard (hidden ?? 1) > 0, (latent ?? 1) > 0 else { throw ValidationError("--hidden and --latent must be positive") }
        guard maskRatio > 0, maskRatio < 1 else { throw ValidationError("--mask-ratio must be between 0 and 1") }
        guard walkLength > 0 else { throw ValidationError("--walk-length must be positive") }
        guard degreeWeight >= 0, degreeWeight.isFinite, clipNorm >= 0, clipNorm.isFinite else {
            throw ValidationError("--degree-weight and --clip-norm must be non-negative numbers")
        }
        guard dropout >= 0, dropout < 1, inputDropout >= 0, inputDropout < 1 else {
            throw ValidationError("--dropout and --input-dropout must be in [0, 1)")
        }
        guard (weightDecay ?? 0) >= 0 else { throw ValidationError("--weight-decay must be non-negative") }
        if let learningRate, !(learningRate > 0 && learningRate.isFinite) {
            throw ValidationError("--learning-rate must be a positive number")
        }
        if let embeddings, !embeddings.hasSuffix(".npy") { throw ValidationError("--embeddings must name a .npy file") }
    }

    func run() throws {
        try parallel.run(run)
    }

    private func run(_ dataParallel: DataParallel?) throws {
        let isRoot = dataParallel?.communicator.isRoot ?? true
        let dataset = try LinkDataset.load(directory: URL(fileURLWithPath: dataDirectory), nodeCount: nodes)
        var rng = SeededGenerator(seed: seed)
        let split = try LinkSplit(graph: dataset.graph, validationFraction: 0.05, testFraction: 0.10, using: &rng)
        guard split.validationPositives.count > 0, split.testPositives.count > 0 else {
            throw CLIError.invalidValues(
                path: dataDirectory,
                reason: "\(dataset.edges.count) edges leave \(split.validationPositives.count) validation and \(split.testPositives.count) test edges after the 85/5/10 split; link prediction needs at least 20 edges")
        }
        let features = NodeFeatures.from(dataset.features, nodeCount: dataset.nodeCount, normalizeRows: normalizeFeatures, threads: threads)
        let whole = LinkPredictionData(features: features, split: split, threads: threads)
        let data = dataParallel.map { whole.sharded($0.shard(split.trainPositives.count)) } ?? whole
        let progress = isRoot ? progressOptions.line() : ProgressLine(enabled: false)
        let report: LinkPredReport?
        switch model {
        case .gae, .vgae:
            let autoencoder = GraphAutoencoder(kind: model == .gae ? .gae : .vgae, inputSize: features.width,
                                               hiddenSize: hidden ?? 32, latentSize: latent ?? 16,
                                               negativesPerEdge: negatives, generator: &rng)
            report = try train(autoencoder, data, progress, dataParallel)
        case .masked:
            let masked = MaskedGraphAutoencoder(inputSize: features.width, hiddenSize: hidden ?? 128,
                                                latentSize: latent ?? 64,
                                                masking: mask == .edges ? .edges(ratio: maskRatio)
                                                    : .paths(startRatio: maskRatio, length: walkLength),
                                                encoderDropout: dropout, inputDropout: inputDropout,
                                                encoderStyle: encoder == .maskgae ? .maskGAE : .init(),
                                                degreeWeight: degreeWeight, generator: &rng)
            report = try train(masked, data, progress, dataParallel)
        }
        guard isRoot, let report else { return }
        if json {
            print(try JSONText.of(report))
        } else {
            print(String(format: "%@: %@ test AUC %.4f AP %.4f (best validation AUC %.4f at epoch %d of %d), %.5f s per epoch",
                         dataDirectory, model.rawValue, report.testAUC, report.testAP, report.validationAUC,
                         report.bestEpoch, report.epochs, report.epochSecondsMedian))
        }
    }

    /// The epoch budget: `--epochs`, or the default chosen on the validation split
    /// (`benchmarks/linkpred-defaults-sweep.sh`).
    private var epochBudget: Int {
        epochs ?? [.gae: 400, .vgae: 800, .masked: 800][model]!
    }

    private func train<M: LinkPredictionModel>(_ model: M, _ data: LinkPredictionData, _ progress: ProgressLine,
                                               _ dataParallel: DataParallel?) throws -> LinkPredReport? {
        let epochs = epochBudget
        let stepSeed = dataParallel?.seed(seed &+ 1) ?? seed &+ 1
        let result = try LinkPredictionTrainer.train(
            model, data: data, options: .init(epochs: epochs, learningRate: learningRate ?? (self.model == .masked ? 0.01 : 0.005),
                                           weightDecay: weightDecay ?? (self.model == .masked ? 5e-5 : 0), seed: stepSeed,
                                           maxGradientNorm: self.model == .masked && clipNorm > 0 ? clipNorm : nil),
            synchronizer: dataParallel
        ) { epoch in
            progress.update(String(format: "epoch %d/%d  loss %.4f  validation AUC %.4f", epoch.epoch, epochs,
                                   epoch.loss, epoch.validationAUC))
        }
        progress.finish()
        if dataParallel?.communicator.isRoot == false { return nil }
        if let save { try model.saveCheckpoint(to: URL(fileURLWithPath: save), configuration: model.configuration) }
        if let embeddings { try NPYWriter.write(result.embeddings, to: URL(fileURLWithPath: embeddings)) }
        return LinkPredReport(data: dataDirectory, model: self.model.rawValue, seed: seed, epochs: epochs,
                              threads: threads, nodes: data.features.nodeCount,
                              edges: data.split.trainPositives.count + data.split.validationPositives.count
                                  + data.split.testPositives.count,
                              bestEpoch: result.bestEpoch, validationAUC: result.validationAUC, validationAP: result.validationAP,
                              testAUC: result.testAUC, testAP: result.testAP,
                              epochSecondsMedian: result.medianEpochSeconds, ranks: dataParallel?.size)
    }
}

/// The JSON document of `graphtool linkpred --json`; bump `format` when fields change meaning.
struct LinkPredReport: Codable {
    var format = 1
    let data: String
    let model: String
    let seed: UInt64
    let epochs: Int
    let threads: Int
    let nodes: Int
    let edges: Int
    let bestEpoch: Int
    let validationAUC: Double
    let validationAP: Double
    let testAUC: Double
    let testAP: Double
    let epochSecondsMedian: Double
    /// MPI ranks of a `--distributed` run; absent otherwise.
    var ranks: Int? = nil

    enum CodingKeys: String, CodingKey {
        case format, data, model, seed, epochs, threads, nodes, edges, ranks
        case bestEpoch = "best_epoch", validationAUC = "validation_auc", validationAP = "validation_ap", testAUC = "auc", testAP = "ap"
        case epochSecondsMedian = "epoch_seconds_median"
    }
}
