import Foundation
import GNN
import GraphCore

/// Pretraining of a ``CircuitModel`` on a corpus: each step encodes one circuit and sums the
/// signal-probability loss (weighted) and the masked-gate loss at a fresh seeded mask, then one
/// Adam step with global gradient-norm clipping.
public enum Pretraining {
    /// The knobs of ``run(_:corpus:options:report:)``, with their defaults.
    public struct Options: Sendable {
        /// Passes over the corpus.
        public var epochs = 20
        /// Peak Adam learning rate, decayed to 5% of it over the epochs by a cosine schedule
        /// (Loshchilov & Hutter, "SGDR", ICLR 2017, without restarts).
        public var learningRate: Float = 3e-3
        /// Share of gates masked per step.
        public var maskRatio = 0.3
        /// Weight of the signal-probability loss (the masked-gate loss has weight 1).
        public var probabilityWeight: Float = 4
        /// Gradient-norm clip.
        public var maxGradientNorm: Float = 1
        /// Seed of the corpus order and the masks.
        public var seed: UInt64 = 1
        /// Stop after this many seconds (at the end of a step), `nil` for no limit.
        public var timeLimit: Double? = nil

        /// The defaults. - Complexity: O(1)
        public init() {}
    }

    /// What one epoch achieved (averaged over its steps).
    public struct EpochReport: Sendable, Codable {
        /// 1-based epoch.
        public var epoch: Int
        /// Mean total loss.
        public var loss: Double
        /// Mean signal-probability loss (BCE).
        public var probabilityLoss: Double
        /// Mean masked-gate loss (sum of three cross-entropies).
        public var maskedLoss: Double
        /// Mean absolute probability error on the steps' circuits (training data).
        public var probabilityMAE: Double
        /// Wall time so far.
        public var seconds: Double
    }

    /// Trains `model` in place (its parameters are shared tensors).
    /// - Throws: `TrainingError.nonFinite` when a loss or gradient goes NaN.
    /// - Complexity: O(epochs × Σ circuit cost) where a circuit costs O(A × H²) in `2L` steps.
    @discardableResult
    public static func run(_ model: CircuitModel, corpus: [TrainingCircuit], options: Options = .init(),
                           report: (EpochReport) -> Void = { _ in }) throws -> [EpochReport] {
        precondition(!corpus.isEmpty, "the corpus is empty; give at least one circuit")
        var rng = SeededGenerator(seed: options.seed)
        var optimizer = Adam(learningRate: options.learningRate)
        let parameters = model.namedParameters
        let clock = ContinuousClock(), start = clock.now
        var reports: [EpochReport] = []
        var step = 0
        epochs: for epoch in 1 ... max(1, options.epochs) {
            let progress = Double(epoch - 1) / Double(max(1, options.epochs - 1))
            optimizer.learningRate = options.learningRate * Float(0.05 + 0.95 * 0.5 * (1 + cos(Double.pi * progress)))
            var order = Array(corpus.indices)
            order.shuffle(using: &rng)
            var totals = (loss: 0.0, probability: 0.0, masked: 0.0, mae: 0.0)
            var steps = 0
            for index in order {
                let sample = corpus[index]
                let z = model(sample.circuit)
                let probabilityLoss = model.probability.loss(z, rows: sample.rows, targets: sample.targets,
                                                             prior: sample.circuit.priorProbabilities)
                let maskedRows = MaskedGateModel.choose(ratio: options.maskRatio, of: sample.attributes.candidates, using: &rng)
                let maskedLoss = model.masked.loss(model.masked((z, maskedRows, sample.circuit.graph)),
                                                   masked: maskedRows, attributes: sample.attributes)
                let loss = options.probabilityWeight * probabilityLoss + maskedLoss
                let predicted = model.predictedProbabilities(z.detached(), sample.circuit)
                try loss.backward(step: step)
                clipGradientNorm(parameters, maxNorm: options.maxGradientNorm)
                optimizer.step(parameters)
                step += 1
                steps += 1
                totals.loss += Double(loss.value.values[0])
                totals.probability += Double(probabilityLoss.value.values[0])
                totals.masked += Double(maskedLoss.value.values[0])
                totals.mae += CircuitModel.meanAbsoluteError(predicted, sample.probabilities, rows: sample.rows)
                if let limit = options.timeLimit, seconds(clock.now - start) > limit {
                    reports.append(summary(epoch, totals, steps, seconds(clock.now - start)))
                    report(reports.last!)
                    break epochs
                }
            }
            reports.append(summary(epoch, totals, steps, seconds(clock.now - start)))
            report(reports.last!)
        }
        return reports
    }

    private static func summary(_ epoch: Int, _ t: (loss: Double, probability: Double, masked: Double, mae: Double),
                                _ steps: Int, _ time: Double) -> EpochReport {
        let n = Double(max(steps, 1))
        return EpochReport(epoch: epoch, loss: t.loss / n, probabilityLoss: t.probability / n, maskedLoss: t.masked / n,
                           probabilityMAE: t.mae / n, seconds: time)
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
