import Foundation
import GNN
import GraphCore

/// How `ParasiticTraining.train` fits the estimator.
public struct ParasiticTrainingOptions: Sendable {
    /// The regression loss of net capacitance.
    public enum RegressionLoss: String, Sendable, CaseIterable {
        /// Balanced MSE (batch-based Monte Carlo, learnable noise).
        case balanced
        /// Plain mean squared error.
        case mse
    }
    public var epochs = 20
    public var learningRate: Float = 3e-3
    public var designsPerBatch = 8
    public var regression = RegressionLoss.mse
    /// Balanced softmax (class prior from training) or plain cross-entropy (the default, chosen on validation) for the classes.
    public var balancedClasses = false
    /// Weights of the class loss and of the coupled-pair losses.
    public var classWeight: Float = 0.5, pairWeight: Float = 1
    /// Nets per BMC term and coupled pairs per step (sampled when more).
    public var regressionSample = 512, pairSample = 4096
    public var seed: UInt64 = 1
    public var threads = Parallel.coreCount

    public init() {}
}

/// Training of the parasitic estimator on designs with targets; the epoch with the best
/// validation score (the mean R² of total and ground capacitance) is kept.
public enum ParasiticTraining {
    /// The model's configuration with target statistics from `designs`. - Complexity: O(nets)
    public static func configuration(cellTypes: Int, hidden: Int, layers: Int, designs: [ParasiticDesign]) -> ParasiticEstimator.Configuration {
        var configuration = ParasiticEstimator.Configuration(cellTypes: cellTypes)
        configuration.hidden = hidden
        configuration.layers = layers
        for (c, kind) in NetCapacitance.allCases.enumerated() {
            var values: [Double] = []
            for design in designs {
                guard let targets = design.targets else { continue }
                for k in 0 ..< design.graph.netCount where targets.labelled[k] { values.append(Double(CapacitanceScale.normalized(kind.value(targets, net: k)))) }
            }
            let mean = values.reduce(0, +) / Double(max(values.count, 1))
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count, 1))
            configuration.targetMean[c] = Float(mean)
            configuration.targetScale[c] = Float(max(variance.squareRoot(), 1e-3))
        }
        return configuration
    }

    /// Trains `model` on `train`, scoring `validation` after every epoch, and leaves it with the
    /// parameters of the best epoch. - Returns: the best epoch and its validation score.
    /// - Throws: `TrainingError` when a loss or gradient is not finite.
    @discardableResult
    public static func train(_ model: ParasiticEstimator, train: [ParasiticDesign], validation: [ParasiticDesign],
                             options: ParasiticTrainingOptions, progress: (TrainingEpoch) -> Void = { _ in }) throws -> (epoch: Int, score: Double) {
        var generator = SeededGenerator(seed: options.seed)
        let batches = try BestEpochTraining.shuffledGroups(count: train.count, size: options.designsPerBatch, generator: &generator).map {
            try ParasiticBatch($0.map { train[$0] }, configuration: model.configuration, threads: options.threads)
        }
        var classCounts = [Float](repeating: 1, count: CapacitanceScale.classCount)
        for batch in batches { for c in batch.netClasses { classCounts[c] += 1 } }
        return try BestEpochTraining.run(
            parameters: model.namedParameters, batchCount: batches.count, epochs: options.epochs, learningRate: options.learningRate,
            generator: &generator,
            loss: { b, generator in self.loss(model, batches[b], options: options, classCounts: classCounts, generator: &generator) },
            validationScore: { validationScore(model, validation, threads: options.threads) }, progress: progress)
    }

    /// The mean R² of total and ground capacitance over `designs` (−∞ when undefined).
    public static func validationScore(_ model: ParasiticEstimator, _ designs: [ParasiticDesign], threads: Int) -> Double {
        let prediction = NetCapacitancePrediction(values: designs.map { model.predict($0.graph, threads: threads).net })
        let scores = prediction.scores(on: designs)
        guard let total = scores[.total]?.r2, let ground = scores[.ground]?.r2 else { return -.infinity }
        return (total + ground) / 2
    }

    /// One step's loss on `batch`.
    static func loss(_ model: ParasiticEstimator, _ batch: ParasiticBatch, options: ParasiticTrainingOptions, classCounts: [Float],
                     generator: inout SeededGenerator) -> Tensor {
        let h = model.encode(features: Tensor(batch.features), cells: batch.cells, graph: batch.message)
        let nets = h.gatherRows(batch.nets)
        let predicted = model.netCapacitance(nets)
        var loss: Tensor
        switch options.regression {
        case .mse:
            loss = Losses.meanSquaredError(predicted, targets: batch.netTargets)
        case .balanced:
            let sample = sampled(batch.nets.count, options.regressionSample, &generator)
            let rows = predicted.gatherRows(sample)
            loss = Tensor.scalar(0)
            for c in 0 ..< NetCapacitance.allCases.count {
                loss = loss + Losses.balancedMSE(rows.sliceColumns(c ..< c + 1), targets: sample.map { batch.netTargets[Int($0), c] }, logNoise: model.noise)
            }
        }
        let logits = model.netClassLogits(nets)
        let classLoss = options.balancedClasses
            ? Losses.balancedSoftmaxCrossEntropy(logits, labels: batch.netClasses, classPrior: classCounts)
            : Losses.crossEntropy(logProbabilities: logits.logSoftmax(), labels: batch.netClasses)
        loss = loss + classLoss * options.classWeight
        if !batch.pairFirst.isEmpty && options.pairWeight > 0 {
            let sample = sampled(batch.pairFirst.count, options.pairSample, &generator)
            let first = sample.map { batch.pairFirst[Int($0)] }, second = sample.map { batch.pairSecond[Int($0)] }
            let negatives = batch.negativePairs(sample.count, using: &generator)
            let scores = model.pairScores(h.gatherRows(first + negatives.first), h.gatherRows(second + negatives.second))
            let labels = try! Matrix(rows: first.count + negatives.first.count, columns: 1,
                                     values: [Float](repeating: 1, count: first.count) + [Float](repeating: 0, count: negatives.first.count))
            let link = Losses.binaryCrossEntropyWithLogits(scores.sliceColumns(0 ..< 1), targets: labels)
            let positives = scores.sliceColumns(1 ..< 2).gatherRows(Array(0 ..< Int32(first.count)))
            let size = Losses.meanSquaredError(positives, targets: try! Matrix(rows: first.count, columns: 1, values: sample.map { batch.pairLog[Int($0)] }))
            loss = loss + (link + size) * options.pairWeight
        }
        return loss
    }

    /// `0 ..< count`, or `limit` of them drawn without replacement. - Complexity: O(count)
    static func sampled(_ count: Int, _ limit: Int, _ generator: inout SeededGenerator) -> [Int32] {
        var all = Array(0 ..< Int32(count))
        guard count > limit else { return all }
        for i in 0 ..< limit { all.swapAt(i, i + generator.nextIndex(below: count - i)) }
        return Array(all.prefix(limit))
    }
}
