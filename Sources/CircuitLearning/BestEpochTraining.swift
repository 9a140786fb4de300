import GNN
import GraphCore

/// One epoch's numbers, for the progress line.
public struct TrainingEpoch: Sendable {
    public var epoch: Int
    /// The mean training loss over the epoch's batches.
    public var loss: Double
    /// The validation score that picks the epoch kept (higher is better).
    public var validationScore: Double
}

/// The loop the circuit predictors share: every epoch one Adam step per batch in a seeded
/// shuffled order (gradients clipped to norm 5), then a validation score; at the end the
/// parameters of the best-scoring epoch (the first epoch when none scores) are restored.
enum BestEpochTraining {
    /// The indices `0 ..< count` shuffled by `generator`, in groups of `size` (the last may be
    /// smaller): the designs of each batch. - Complexity: O(count)
    static func shuffledGroups(count: Int, size: Int, generator: inout SeededGenerator) -> [[Int]] {
        var order = Array(0 ..< count)
        order.shuffle(using: &generator)
        return stride(from: 0, to: count, by: size).map { Array(order[$0 ..< min($0 + size, count)]) }
    }

    /// Runs `epochs` epochs over `batchCount` batches; `loss(b, &generator)` is batch `b`'s loss.
    /// - Returns: the epoch kept and its validation score.
    /// - Throws: `TrainingError` when a loss or gradient is not finite.
    /// - Complexity: `epochs` × (`batchCount` steps + one validation).
    static func run(parameters: [NamedParameter], batchCount: Int, epochs: Int, learningRate: Float,
                    generator: inout SeededGenerator, loss: (Int, inout SeededGenerator) -> Tensor,
                    validationScore: () -> Double, progress: (TrainingEpoch) -> Void) throws -> (epoch: Int, score: Double) {
        var optimizer = Adam(learningRate: learningRate)
        var best = (epoch: 0, score: -Double.infinity, values: parameters.map(\.tensor.value))
        var step = 0
        for epoch in 1 ... epochs {
            var total = 0.0
            for b in (0 ..< batchCount).shuffled(using: &generator) {
                let batchLoss = loss(b, &generator)
                total += Double(batchLoss.value[0, 0])
                try batchLoss.backward(step: step)
                step += 1
                _ = clipGradientNorm(parameters, maxNorm: 5)
                optimizer.step(parameters)
            }
            let score = validationScore()
            if score > best.score || best.epoch == 0 { best = (epoch, score, parameters.map(\.tensor.value)) }
            progress(TrainingEpoch(epoch: epoch, loss: total / Double(max(batchCount, 1)), validationScore: score))
        }
        for (parameter, value) in zip(parameters, best.values) { parameter.tensor.value = value }
        return (best.epoch, best.score)
    }
}
