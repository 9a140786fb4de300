import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GraphCore

extension ParasiticEstimator.Configuration.Convolution: ExpressibleByArgument {}

/// `graphtool parasitics train`: fit the estimator on the training designs.
struct ParasiticsTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the parasitic estimator on the training designs of a corpus.",
        discussion: """
            Trains the GNN (GraphSAGE, or GAT with --convolution gat, over device, pin and net nodes) on the training designs of \
            the split, after --pretrain-epochs of contrastive pre-training of its encoder on the \
            same designs without labels: net total, ground and coupling capacitance (log10 fF; MSE by \
            default, or Balanced MSE), the five capacitance classes (cross-entropy, or balanced softmax) and coupled pairs (link \
            logit and capacitance, against sampled uncoupled pairs). After each epoch it scores the \
            validation designs and keeps the epoch with the best mean R² of total and ground \
            capacitance; then prints the validation scores beside the baselines and writes the \
            model (safetensors). Test designs are not read.
            """
    )

    enum Regression: String, ExpressibleByArgument, CaseIterable { case balanced, mse }
    enum Classes: String, ExpressibleByArgument, CaseIterable { case balanced, plain }

    @OptionGroup var corpus: ParasiticsCorpusOptions
    @Option(help: "Write the trained model here (safetensors).") var save: String
    @Option(help: "Training epochs.") var epochs = 20
    @Option(help: "Adam learning rate.") var learningRate: Float = 3e-3
    @Option(help: "Hidden width.") var hidden = 64
    @Option(help: "Message-passing layers.") var layers = 4
    @Option(help: "Encoder layer: sage (GraphSAGE) or gat (graph attention, 4 heads).") var convolution: ParasiticEstimator.Configuration.Convolution = .sage
    @Option(help: "Designs per training step.") var designsPerBatch = 8
    @Option(help: "Net capacitance loss: balanced (Balanced MSE) or mse.") var regression: Regression = .mse
    @Option(help: "Class loss: balanced (balanced softmax) or plain (cross-entropy).") var classes: Classes = .plain
    @Option(help: "Weight of the coupled-pair losses (0 leaves coupling out).") var pairWeight: Float = 1
    @Option(help: "Epochs of contrastive pre-training of the encoder (hyperspherical scattering, EMA target) before fitting; 0 for none.")
    var pretrainEpochs = 0
    @Option(help: "Random seed (batches, initialisation, sampling).") var seed: UInt64 = 1
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard pretrainEpochs >= 0 else { throw ValidationError("--pretrain-epochs must not be negative") }
        guard epochs > 0, hidden > 0, layers > 0, designsPerBatch > 0 else {
            throw ValidationError("--epochs, --hidden, --layers and --designs-per-batch must be positive")
        }
        guard learningRate > 0, learningRate.isFinite else { throw ValidationError("--learning-rate must be a positive number") }
        guard convolution == .sage || hidden % 4 == 0 else { throw ValidationError("--convolution gat needs a --hidden divisible by its 4 heads") }
        guard pairWeight >= 0 else { throw ValidationError("--pair-weight must not be negative") }
    }

    func run() throws {
        let clock = ContinuousClock(), start = clock.now
        do {
            let library = try LibertyReader.read(contentsOf: corpus.liberty)
            let progress = progressOptions.line()
            let data = try ParasiticsLoadedCorpus(options: corpus, library: library, only: [.train, .validation], progress: progress)
            var configuration = ParasiticTraining.configuration(cellTypes: library.cells.count, hidden: hidden, layers: layers, designs: data[.train])
            configuration.convolution = convolution
            var generator = SeededGenerator(seed: seed)
            let model = ParasiticEstimator(configuration, generator: &generator)
            if pretrainEpochs > 0 {
                var pretraining = ParasiticPretraining.Options()
                pretraining.epochs = pretrainEpochs
                pretraining.designsPerBatch = designsPerBatch
                pretraining.seed = seed &+ 2
                pretraining.threads = threadCount.count
                try ParasiticPretraining.pretrain(model, on: data[.train], options: pretraining) { epoch, loss in
                    progress.update(String(format: "pre-training epoch %d/%d  loss %.4f", epoch, pretrainEpochs, loss))
                }
            }
            var options = ParasiticTrainingOptions()
            options.epochs = epochs
            options.learningRate = learningRate
            options.designsPerBatch = designsPerBatch
            options.regression = regression == .balanced ? .balanced : .mse
            options.balancedClasses = classes == .balanced
            options.pairWeight = pairWeight
            options.seed = seed &+ 1
            options.threads = threadCount.count
            let best = try ParasiticTraining.train(model, train: data[.train], validation: data[.validation], options: options) { epoch in
                progress.update(String(format: "epoch %d/%d  loss %.4f  validation R² %.4f", epoch.epoch, epochs, epoch.loss, epoch.validationScore))
            }
            progress.finish()
            var report = ParasiticsScoresReport(part: .validation, designs: data[.validation], train: data[.train], model: model, threads: threadCount.count)
            report.best_epoch = best.epoch
            let elapsed = clock.now - start
            report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let command = (["graphtool"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
            try model.save(to: save, metadata: ["command": command, "library": library.name, "bestEpoch": String(best.epoch),
                                                "validationScore": String(format: "%.4f", best.score), "split": corpus.split,
                                                "technologyIndependent": String(corpus.technologyIndependent), "spice": String(corpus.spice)])
            print(json ? try report.jsonText() : report.text)
        } catch {
            StandardError.line("graphtool parasitics train: \(error)")
            throw ExitCode.failure
        }
    }
}
