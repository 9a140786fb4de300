import Dispatch
import GraphCore

/// Trains a link-prediction model with Adam, selecting the epoch by validation AUC + AP, and reports
/// the test AUC/AP of the selected epoch and the median time of a training step.
public enum LinkPredictionTrainer {
    /// Training settings.
    public struct Options: Sendable {
        public var epochs: Int
        public var learningRate: Float
        public var weightDecay: Float
        /// Seed of the step randomness (negatives, masks, dropout, VGAE noise).
        public var seed: UInt64
        /// Scale the gradients down to this global L2 norm before each step (`nil`: never), as
        /// MaskGAE's training (1.0).
        public var maxGradientNorm: Float?

        public init(epochs: Int = 200, learningRate: Float = 0.01, weightDecay: Float = 0, seed: UInt64 = 0,
                    maxGradientNorm: Float? = nil) {
            self.epochs = epochs
            self.learningRate = learningRate
            self.weightDecay = weightDecay
            self.seed = seed
            self.maxGradientNorm = maxGradientNorm
        }
    }

    /// One epoch, for progress displays.
    public struct EpochReport: Sendable {
        public let epoch: Int
        public let loss: Float
        public let validationAUC: Double
        public let seconds: Double
    }

    /// The outcome of training.
    public struct Result: Sendable {
        /// The epoch (1-based) with the best validation AUC + AP, whose parameters the model keeps.
        public let bestEpoch: Int
        public let validationAUC: Double, validationAP: Double
        public let testAUC: Double, testAP: Double
        /// Median seconds of one training step (forward, backward, update; no evaluation).
        public let medianEpochSeconds: Double
        /// Node embeddings of the selected epoch, `V × latent`.
        public let embeddings: Matrix
    }

    /// Trains `model` on `data`; at the end the model's parameters are those of the best epoch.
    /// With a `synchronizer` (data-parallel training), `data` holds this process's shard of the
    /// training edges (``LinkPredictionData/sharded(_:)``), the parameters start from process 0's
    /// and the gradients are averaged over the processes, weighted by shard size, before each
    /// step; every process then selects the same epoch.
    ///
    /// - Throws: `TrainingError.nonFinite` naming the epoch and op when the loss or a gradient
    ///   is NaN or infinite; sampling errors from `NegativeSampling`.
    /// - Complexity: `epochs` × (one step + one evaluation).
    public static func train<Model: LinkPredictionModel>(
        _ model: Model, data: LinkPredictionData, options: Options,
        synchronizer: (any GradientSynchronizer)? = nil,
        progress: (EpochReport) -> Void = { _ in }
    ) throws -> Result {
        var generator = SeededGenerator(seed: options.seed)
        var optimizer = Adam(learningRate: options.learningRate, weightDecay: options.weightDecay)
        let parameters = model.namedParameters
        let split = data.split
        try synchronizer?.synchronize(parameters)
        var best: (epoch: Int, auc: Double, ap: Double, values: [Matrix], embeddings: Matrix)?
        var stepSeconds: [Double] = []
        for epoch in 1 ... max(options.epochs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            let loss = try model.trainingLoss(data, generator: &generator)
            try loss.backward(step: epoch)
            try synchronizer?.averageGradients(parameters, weight: Double(data.lossRange.count))
            if let maxNorm = options.maxGradientNorm { clipGradientNorm(parameters, maxNorm: maxNorm) }
            optimizer.step(parameters)
            stepSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)

            let embeddings = model.embeddings(data)
            let (auc, ap) = model.test(embeddings, positives: split.validationPositives,
                                       negatives: split.validationNegatives)
            if best == nil || auc + ap > best!.auc + best!.ap {
                best = (epoch, auc, ap, parameters.map(\.tensor.value), embeddings)
            }
            progress(EpochReport(epoch: epoch, loss: loss.value.values[0], validationAUC: auc,
                                 seconds: stepSeconds.last!))
        }
        let chosen = best!
        for (parameter, value) in zip(parameters, chosen.values) { parameter.tensor.value = value }
        let (testAUC, testAP) = model.test(chosen.embeddings, positives: split.testPositives,
                                           negatives: split.testNegatives)
        return Result(bestEpoch: chosen.epoch, validationAUC: chosen.auc, validationAP: chosen.ap,
                      testAUC: testAUC, testAP: testAP, medianEpochSeconds: stepSeconds.median,
                      embeddings: chosen.embeddings)
    }
}
