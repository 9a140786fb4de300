import GraphCore

/// A masked graph autoencoder for link prediction, after MaskGAE (Li et al. 2023, "What's
/// Behind the Mask: Understanding Masked Graph Modeling for Graph Autoencoders",
/// arXiv:2205.10053): each step hides a share of the training edges from the encoder and
/// trains it, with an MLP edge decoder, to recover exactly the hidden edges against as many
/// sampled non-edges. Masking removes the shortcut of scoring edges the encoder has just
/// propagated over, so the embeddings must generalise to unseen links.
///
/// Evaluation runs the encoder on the whole training graph.
public struct MaskedGraphAutoencoder: LinkPredictionModel {
    public let encoder: GCNEncoder
    public let decoder: MLPEdgeDecoder
    /// Share of the training edges hidden from the encoder at each step.
    public let maskRatio: Double

    /// A freshly initialised model. - Complexity: O(in × hidden)
    public init(inputSize: Int, hiddenSize: Int = 128, latentSize: Int = 64, decoderSize: Int = 64,
                maskRatio: Double = 0.7, encoderDropout: Float = 0.8, inputDropout: Float = 0.5,
                decoderDropout: Float = 0.2, generator: inout SeededGenerator) {
        encoder = GCNEncoder(inputSize: inputSize, hiddenSize: hiddenSize, latentSize: latentSize,
                             variational: false, dropout: encoderDropout, inputDropout: inputDropout,
                             generator: &generator)
        decoder = MLPEdgeDecoder(latentSize: latentSize, hiddenSize: decoderSize, dropout: decoderDropout,
                                 generator: &generator)
        self.maskRatio = maskRatio
    }

    public func trainingLoss(_ data: LinkPredictionData, generator: inout SeededGenerator) throws -> Tensor {
        // Masks a share of this process's loss edges; the encoder sees every other training edge.
        let edges = data.split.trainPositives
        var order = Array(data.lossRange)
        order.shuffle(using: &generator)
        let maskedCount = Int(Double(order.count) * maskRatio)
        func edgeList<Picks: Collection<Int>>(_ picks: Picks) -> EdgeList {
            EdgeList(sources: picks.map { edges.sources[$0] }, targets: picks.map { edges.targets[$0] },
                     nodeCount: edges.nodeCount)
        }
        let outside = Array(0 ..< data.lossRange.lowerBound) + Array(data.lossRange.upperBound ..< edges.count)
        let masked = edgeList(order[..<maskedCount]), visible = edgeList(outside + order[maskedCount...])
        let visibleGraph = MessageGraph(
            try visible.graph(options: .init(directed: data.split.trainGraph.isDirected)),
            threads: data.trainGraph.threads)
        let z = encoder(data.features, visibleGraph, training: true, generator: &generator).mean
        let negatives = try NegativeSampling.sample(count: masked.count, avoiding: data.split.trainGraph,
                                                    using: &generator)
        return edgeReconstructionLoss(
            positiveLogits: decoder.logits(z, masked, training: true, generator: &generator),
            negativeLogits: decoder.logits(z, negatives, training: true, generator: &generator))
    }

    public func embeddings(_ data: LinkPredictionData) -> Matrix {
        var unused = SeededGenerator(seed: 0)
        return encoder(data.features, data.trainGraph, training: false, generator: &unused).mean.value
    }

    public func scores(_ embeddings: Matrix, _ edges: EdgeList) -> [Float] {
        var unused = SeededGenerator(seed: 0)
        return decoder.logits(Tensor(embeddings), edges, training: false, generator: &unused).value.values
    }

    public var namedParameters: [NamedParameter] {
        encoder.namedParameters.prefixed("encoder") + decoder.namedParameters.prefixed("decoder")
    }

    public var configuration: [String: String] {
        ["model": "masked", "input": "\(encoder.inputWeight.rows)", "hidden": "\(encoder.inputWeight.columns)",
         "latent": "\(encoder.mean.weight.columns)", "decoder": "\(decoder.hidden.weight.columns)",
         "mask_ratio": "\(maskRatio)"]
    }
}
