import GNN
import GraphCore

/// Global pre-training of the `.preRoutGNN` predictor (as PreRoutGNN's graph autoencoder): the
/// predictor's `GraphAutoencoder` (GNN's GAE or VGAE) learns node embeddings of the designs'
/// structure — the timing graph taken as undirected, over the netlist features — by telling its
/// edges from sampled non-edges, one design per Adam step. No timing label is read. Afterwards
/// the autoencoder stays frozen and its embeddings join each node's features.
public enum TimingPretraining {
    /// How the autoencoder is trained.
    public struct Options: Sendable {
        public var epochs = 5
        public var learningRate: Float = 0.01
        public var seed: UInt64 = 1
        public var threads = Parallel.coreCount

        public init() {}
    }

    /// Trains `autoencoder` in place on `samples`; reports each epoch's mean loss.
    /// - Throws: `TrainingError` when a loss or gradient is not finite; sampling errors.
    /// - Complexity: `epochs` × Σ over the designs of one autoencoder step, O(V × hidden × in + E × latent).
    public static func train(_ autoencoder: GraphAutoencoder, on samples: [TimingSample], options: Options,
                             progress: (_ epoch: Int, _ loss: Double) -> Void = { _, _ in }) throws {
        var generator = SeededGenerator(seed: options.seed)
        let designs = try samples.map { try data($0, threads: options.threads) }
        let parameters = autoencoder.namedParameters
        var optimizer = Adam(learningRate: options.learningRate)
        var step = 0
        for epoch in 1 ... max(options.epochs, 1) {
            var total = 0.0
            for d in designs.indices.shuffled(using: &generator) {
                let loss = try autoencoder.trainingLoss(designs[d], generator: &generator)
                total += Double(loss.value[0, 0])
                try loss.backward(step: step)
                step += 1
                _ = clipGradientNorm(parameters, maxNorm: 5)
                optimizer.step(parameters)
            }
            progress(epoch, total / Double(max(designs.count, 1)))
        }
    }

    /// The autoencoder's node embeddings of `sample` (`μ`), with the tape off.
    /// **Shapes:** `V × latent`. - Complexity: one encoder pass.
    public static func embeddings(_ autoencoder: GraphAutoencoder, _ sample: TimingSample, threads: Int) -> Matrix {
        // A sample's edges are valid node indices (checked when it is read or built): `data` cannot throw here.
        let design = try! data(sample, threads: threads)
        return Tensor.withoutTape { autoencoder.embeddings(design) }
    }

    /// A design as link-prediction data: every edge of its timing graph, undirected, is a
    /// training edge. - Complexity: O(V + E log d)
    static func data(_ sample: TimingSample, threads: Int) throws -> LinkPredictionData {
        let graph = try GraphBuilder.build(nodeCount: sample.nodeCount, sources: sample.edgeSources, targets: sample.edgeTargets,
                                           options: .init(directed: false))
        var unused = SeededGenerator(seed: 0)
        let split = try LinkSplit(graph: graph, validationFraction: 0, testFraction: 0, using: &unused)
        return LinkPredictionData(features: .dense(sample.features), split: split, threads: threads)
    }
}
