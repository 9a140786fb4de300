import GNN
import GraphCore

/// CircuitGCL's self-supervised pre-training of the encoder, without labels: representation
/// scattering on the hypersphere with an EMA target encoder, after SGRL (He et al.,
/// "Exploitation of a Latent Mechanism in Graph Contrastive Learning: Representation
/// Scattering", NeurIPS 2024). Per step, the online encoder sees the features with a share
/// masked; a predictor maps its embeddings onto the target encoder's embeddings of the
/// unmasked graph, averaged over each node's neighbours (the topological alignment,
/// `1 − cos`); and the online embeddings, normalised onto the unit sphere, are pushed away
/// from their centre `c` (the scattering term `−mean ‖zᵢ − c‖²`, `c` held constant). The
/// target encoder follows the online one as an exponential moving average.
public enum ParasiticPretraining {
    /// How pre-training runs.
    public struct Options: Sendable {
        public var epochs = 20
        public var learningRate: Float = 1e-3
        public var designsPerBatch = 8
        /// Share of feature entries masked in the online view.
        public var maskRate: Float = 0.2
        /// Weight of the scattering term.
        public var scatterWeight: Float = 1
        /// EMA decay of the target encoder.
        public var decay: Float = 0.99
        public var seed: UInt64 = 1
        public var threads = Parallel.coreCount

        public init() {}
    }

    /// Pre-trains `model`'s encoder on `designs` (their targets are not read).
    /// - Returns: the mean loss of the last epoch.
    /// - Throws: `TrainingError` when a loss or gradient is not finite.
    @discardableResult
    public static func pretrain(_ model: ParasiticEstimator, on designs: [ParasiticDesign], options: Options,
                                progress: (_ epoch: Int, _ loss: Double) -> Void = { _, _ in }) throws -> Double {
        var generator = SeededGenerator(seed: options.seed)
        let unlabelled = designs.map { ParasiticDesign(graph: $0.graph, targets: nil) }
        var order = Array(unlabelled.indices)
        order.shuffle(using: &generator)
        let batches = try stride(from: 0, to: order.count, by: options.designsPerBatch).map { start in
            try ParasiticBatch(order[start ..< min(start + options.designsPerBatch, order.count)].map { unlabelled[$0] },
                               configuration: model.configuration, threads: options.threads)
        }
        let target = ParasiticEstimator(model.configuration, generator: &generator)
        let online = model.encoderParameters, shadow = target.encoderParameters
        for (o, t) in zip(online, shadow) { t.tensor.value = o.tensor.value }
        let h = model.configuration.hidden
        let predictor = Sequential([Linear(inputSize: h, outputSize: h, generator: &generator), Activation.relu,
                                    Linear(inputSize: h, outputSize: h, generator: &generator)])
        let trained = online + predictor.namedParameters.prefixed("predictor")
        var optimizer = Adam(learningRate: options.learningRate)
        var last = 0.0, step = 0
        for epoch in 1 ... options.epochs {
            var total = 0.0
            for b in (0 ..< batches.count).shuffled(using: &generator) {
                let batch = batches[b]
                let goal = Tensor.withoutTape {
                    target.encode(features: Tensor(batch.features), cells: batch.cells, graph: batch.message).spmm(batch.message.meanOperator).detached()
                }
                let view = Tensor(batch.features).dropout(options.maskRate, using: &generator)
                let embeddings = model.encode(features: view, cells: batch.cells, graph: batch.message)
                let predicted = predictor(embeddings)
                let alignment = 1 - (predicted.rowNormalized() * goal.rowNormalized()).sumRows().mean()
                let sphere = embeddings.rowNormalized()
                let centre = sphere.meanColumns().detached()
                let scattering = -(sphere - centre).squared().sumRows().mean()
                let loss = alignment + scattering * options.scatterWeight
                total += Double(loss.value[0, 0])
                try loss.backward(step: step)
                step += 1
                _ = clipGradientNorm(trained, maxNorm: 5)
                optimizer.step(trained)
                for (o, t) in zip(online, shadow) {
                    t.tensor.value = options.decay * t.tensor.value + (1 - options.decay) * o.tensor.value
                }
            }
            last = total / Double(max(batches.count, 1))
            progress(epoch, last)
        }
        return last
    }
}
