import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GraphCore

/// `graphtool timing train`: fit a timing predictor on the training designs.
struct TimingTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a pre-routing timing predictor on the training designs of a timing dataset.",
        discussion: """
            Fits the model on the training samples of the split: `timinggcn` (relational \
            convolutions over net and cell edges, net-delay and cell-delay heads predicting \
            each arrival's growth over its critical fan-in after routing, propagated in \
            topological order), `gcn` (a plain GCN regressing each node's growth directly) or \
            `preroutgnn` (PreRoutGNN-style: a graph autoencoder, `--pretraining gae|vgae`, is \
            first trained for `--pretrain-epochs` on the training designs' structure alone, then \
            frozen; its node embeddings join the features of relational convolutions followed by \
            level-ordered message passing with residual local attention over the timing DAG, \
            and the heads regress each node's growth). \
            Loss: mean squared error of the scaled arrival and slew growths. After each epoch it \
            scores the validation designs (R² of arrivals plus R² of endpoint slacks) and keeps \
            the best epoch; prints the validation scores and writes the model (safetensors). \
            Test designs are not read.
            """
    )

    enum Architecture: String, ExpressibleByArgument, CaseIterable { case timinggcn, gcn, preroutgnn }
    enum Autoencoder: String, ExpressibleByArgument, CaseIterable { case gae, vgae }

    @OptionGroup var data: TimingDatasetOptions
    @Option(help: "Write the trained model here (safetensors).") var save: String
    @Option(help: "The model: timinggcn, gcn or preroutgnn.") var architecture: Architecture = .timinggcn
    @Option(help: "preroutgnn: the graph autoencoder pre-trained on the designs' structure (gae or vgae).") var pretraining: Autoencoder = .vgae
    @Option(help: "preroutgnn: pre-training epochs (one step per design).") var pretrainEpochs = 5
    @Option(help: "Training epochs.") var epochs = 30
    @Option(help: "Adam learning rate.") var learningRate: Float = 3e-3
    @Option(help: "Hidden width.") var hidden = 64
    @Option(help: "Graph convolution layers.") var layers = 4
    @Option(help: "Designs per training step.") var designsPerBatch = 4
    @Option(help: "Random seed (batches, initialisation).") var seed: UInt64 = 1
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard epochs > 0, hidden > 0, layers > 0, designsPerBatch > 0, pretrainEpochs > 0 else {
            throw ValidationError("--epochs, --hidden, --layers, --designs-per-batch and --pretrain-epochs must be positive")
        }
        guard learningRate > 0, learningRate.isFinite else { throw ValidationError("--learning-rate must be a positive number") }
    }

    func run() throws {
        let clock = ContinuousClock(), start = clock.now
        do {
            let progress = progressOptions.line()
            let (_, samples) = try data.load([.train, .validation], progress: progress)
            let train = samples[.train] ?? [], validation = samples[.validation] ?? []
            let kind = TimingPredictor.Kind(rawValue: architecture.rawValue)!  // the same names
            var generator = SeededGenerator(seed: seed)
            var configuration = TimingTraining.configuration(kind: kind, hidden: hidden, layers: layers, samples: train)
            configuration.pretraining.kind = pretraining == .gae ? .gae : .vgae
            let model = TimingPredictor(configuration, generator: &generator)
            if let autoencoder = model.autoencoder {
                var options = TimingPretraining.Options()
                (options.epochs, options.seed, options.threads) = (pretrainEpochs, seed &+ 2, threadCount.count)
                try TimingPretraining.train(autoencoder, on: train, options: options) { epoch, loss in
                    progress.update(String(format: "pre-training epoch %d/%d  loss %.4f", epoch, pretrainEpochs, loss))
                }
            }
            var options = TimingTrainingOptions()
            options.epochs = epochs
            options.learningRate = learningRate
            options.designsPerBatch = designsPerBatch
            options.seed = seed &+ 1
            options.threads = threadCount.count
            let best = try TimingTraining.train(model, train: train, validation: validation, options: options) { epoch in
                progress.update(String(format: "epoch %d/%d  loss %.4f  validation score %.4f", epoch.epoch, epochs, epoch.loss, epoch.validationScore))
            }
            progress.finish()
            let scores = TimingScores(validation.map { model.predict($0, threads: threadCount.count) }, samples: validation)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let command = (["graphtool"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
            try model.save(to: save, metadata: ["command": command, "bestEpoch": String(best.epoch), "split": data.split,
                                                "validationScore": String(format: "%.4f", best.score)])
            let report = TimingTrainReport(architecture: kind.rawValue, best_epoch: best.epoch, validation: scores, seconds: seconds,
                                           train_designs: train.count, validation_designs: validation.count)
            print(json ? try JSONText.of(report) : report.text)
        } catch {
            StandardError.line("graphtool timing train: \(error)")
            throw ExitCode.failure
        }
    }
}

/// The JSON document of `graphtool timing train --json`.
struct TimingTrainReport: Codable {
    var format = 1
    var architecture: String
    var best_epoch: Int
    var validation: TimingScores
    var seconds: Double
    var train_designs: Int
    var validation_designs: Int

    var text: String {
        "\(architecture): best epoch \(best_epoch) of training on \(train_designs) designs, \(String(format: "%.1f", seconds)) s\n"
            + "validation (\(validation_designs) designs): " + TimingScoresText.line(validation)
    }
}

/// One line of scores for text reports.
enum TimingScoresText {
    static func line(_ s: TimingScores) -> String { line(s.r2Arrival, s.maeArrival, s.r2Slew, s.maeSlew, s.r2Slack, s.maeSlack) }

    static func line(_ r2Arrival: Double?, _ maeArrival: Double?, _ r2Slew: Double?, _ maeSlew: Double?, _ r2Slack: Double?, _ maeSlack: Double?) -> String {
        func f(_ v: Double?, _ format: String) -> String { v.map { String(format: format, $0) } ?? "n/a" }
        return "arrival R² \(f(r2Arrival, "%.4f")) MAE \(f(maeArrival, "%.1f")) ps; slew R² \(f(r2Slew, "%.4f")) MAE \(f(maeSlew, "%.1f")) ps; "
            + "slack R² \(f(r2Slack, "%.4f")) MAE \(f(maeSlack, "%.1f")) ps"
    }
}
