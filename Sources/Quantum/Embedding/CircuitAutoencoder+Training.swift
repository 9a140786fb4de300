import GNN
import GraphCore

extension CircuitAutoencoder {
    /// How ``train(on:options:generator:progress:)`` trains: QAS's Adam 1e-3, batches of 32, 16 epochs.
    public struct TrainingOptions: Sendable {
        public var epochs = 16
        public var batchSize = 32
        public var learningRate: Float = 1e-3
        /// A factor on the KL term (1 as arch2vec; below 1 trades prior fit for reconstruction).
        public var klScale: Float = 1

        /// The defaults of QAS. - Complexity: O(1)
        public init() {}
    }

    /// Trains on `circuits`, shuffled every epoch; `progress(epoch, step, steps, meanLoss)` after
    /// each step. Returns the mean loss of each epoch.
    /// - Throws: `TrainingError` when the loss stops being finite.
    /// - Complexity: O(epochs × Σ (encode + decode) per circuit)
    @discardableResult
    public func train(on circuits: [EncodedCircuit], options: TrainingOptions = .init(), generator: inout SeededGenerator,
                      progress: (_ epoch: Int, _ step: Int, _ steps: Int, _ loss: Float) -> Void = { _, _, _, _ in }) throws -> [Float] {
        var optimizer = Adam(learningRate: options.learningRate)
        let parameters = namedParameters
        let steps = (circuits.count + options.batchSize - 1) / options.batchSize
        var history: [Float] = []
        for epoch in 0 ..< options.epochs {
            var order = Array(circuits.indices)
            order.shuffle(using: &generator)
            var total: Float = 0
            for step in 0 ..< steps {
                let members = order[step * options.batchSize ..< min(order.count, (step + 1) * options.batchSize)].map { circuits[$0] }
                parameters.clearGradients()
                let loss = try loss(members, klScale: options.klScale, generator: &generator)
                try loss.backward(step: epoch * steps + step)
                optimizer.step(parameters)
                total += loss.value[0, 0]
                progress(epoch, step + 1, steps, total / Float(step + 1))
            }
            history.append(total / Float(max(steps, 1)))
        }
        return history
    }
}
