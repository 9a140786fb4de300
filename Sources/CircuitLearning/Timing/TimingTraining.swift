import Foundation
import GNN
import GraphCore

/// How `TimingTraining.train` fits a timing predictor.
public struct TimingTrainingOptions: Sendable {
    public var epochs = 30
    public var learningRate: Float = 3e-3
    public var designsPerBatch = 4
    public var seed: UInt64 = 1
    public var threads = Parallel.coreCount

    public init() {}
}

/// Training of a timing predictor on samples with SPEF timing; the epoch with the best
/// validation score (R² of arrivals plus R² of endpoint slacks) is kept.
public enum TimingTraining {
    /// A configuration with the target scales (root mean square, ps) of `samples`. - Complexity: O(nodes)
    public static func configuration(kind: TimingPredictor.Kind, hidden: Int, layers: Int, samples: [TimingSample]) -> TimingPredictor.Configuration {
        var configuration = TimingPredictor.Configuration(kind: kind)
        configuration.hidden = hidden
        configuration.layers = layers
        var sums = [Double](repeating: 0, count: 4), counts = [Double](repeating: 0, count: 4)
        for sample in samples {
            for (i, t) in sample.targets(kind).enumerated() where t.isFinite {
                sums[i % 4] += Double(t * t)
                counts[i % 4] += 1
            }
        }
        configuration.targetScale = (0 ..< 4).map { Float(max((sums[$0] / max(counts[$0], 1)).squareRoot(), 1)) }
        return configuration
    }

    /// Trains `model` on `train`, scoring `validation` after every epoch, and leaves it with the
    /// parameters of the best epoch. A `.preRoutGNN` model's autoencoder must be pre-trained
    /// first (`TimingPretraining.train`); it stays frozen here. - Returns: the best epoch and its validation score.
    /// - Throws: `TrainingError` when a loss or gradient is not finite.
    @discardableResult
    public static func train(_ model: TimingPredictor, train: [TimingSample], validation: [TimingSample], options: TimingTrainingOptions,
                             progress: (TrainingEpoch) -> Void = { _ in }) throws -> (epoch: Int, score: Double) {
        var generator = SeededGenerator(seed: options.seed)
        let batches = BestEpochTraining.shuffledGroups(count: train.count, size: options.designsPerBatch, generator: &generator).map {
            TimingBatch($0.map { train[$0] }, model: model, threads: options.threads)
        }
        return try BestEpochTraining.run(
            parameters: model.trainableParameters, batchCount: batches.count, epochs: options.epochs, learningRate: options.learningRate,
            generator: &generator, loss: { b, _ in self.loss(model, batches[b]) },
            validationScore: { validationScore(model, validation, threads: options.threads) }, progress: progress)
    }

    /// R² of arrivals plus R² of endpoint slacks on `samples` (−∞ when undefined).
    public static func validationScore(_ model: TimingPredictor, _ samples: [TimingSample], threads: Int) -> Double {
        let scores = TimingScores(samples.map { model.predict($0, threads: threads) }, samples: samples)
        guard let arrival = scores.r2Arrival else { return -.infinity }
        return arrival + (scores.r2Slack ?? 0)
    }

    /// The mean squared error of both heads on their rows, weighted by rows.
    static func loss(_ model: TimingPredictor, _ batch: TimingBatch) -> Tensor {
        let h = model.encode(batch.features, graphs: batch.graphs)
        var parts: [Tensor] = []
        let total = Float(batch.cellRows.count + batch.netRows.count)
        if !batch.cellRows.isEmpty {
            parts.append(Losses.meanSquaredError(model.cellDelay(h.gatherRows(batch.cellRows)), targets: batch.cellTargets) * (Float(batch.cellRows.count) / total))
        }
        if !batch.netRows.isEmpty {
            parts.append(Losses.meanSquaredError(model.netDelay(h.gatherRows(batch.netRows)), targets: batch.netTargets) * (Float(batch.netRows.count) / total))
        }
        return parts.dropFirst().reduce(parts.first ?? Tensor.scalar(0), +)
    }
}
