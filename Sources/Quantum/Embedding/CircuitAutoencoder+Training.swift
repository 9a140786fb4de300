import GNN
import GraphCore

extension CircuitAutoencoder {
    /// How ``train(on:options:generator:progress:)`` trains: QAS's Adam 1e-3, batches of 32, 16 epochs.
    public struct TrainingOptions: Sendable {
        public var epochs = 16
        public var batchSize = 32
        public var learningRate: Float = 1e-3
        /// The factor on the KL term once warmed up. ``CircuitAutoencoder/loss(_:klScale:generator:)``
        /// divides the per-node KL by the nodes per circuit; arch2vec divides it by the nodes of the
        /// whole batch, so its weight is `1 / batchSize` here. 0.001 was chosen on validation circuits
        /// (`benchmarks/qpretrain-kl-sweep.sh`: the best mean accuracy of kinds, qubits and
        /// adjacency among 1, 0.1, 0.03, 0.01, 0.001, with and without warm-up); at 1 the
        /// posterior collapses.
        public var klScale: Float = 0.001
        /// Epochs over which the KL factor rises linearly from 0 to `klScale` (KL annealing,
        /// Bowman et al. 2016, arXiv:1511.06349); 0 applies the full factor from the first step.
        public var klWarmupEpochs: Double = 0
        /// The factor on the node decoder's BCE (kinds and qubits; each a mean over its entries,
        /// like the adjacency's). At 1 the model learned wiring and qubits but only 31 % of node
        /// kinds, which decide most of a circuit's reward in the search.
        public var nodeWeight: Float = 1

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
                let warmup = options.klWarmupEpochs * Double(steps)
                let ramp = warmup > 0 ? Float(min(1, Double(epoch * steps + step + 1) / warmup)) : 1
                let loss = try loss(members, klScale: options.klScale * ramp, nodeWeight: options.nodeWeight, generator: &generator)
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
