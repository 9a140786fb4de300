import GraphCore

/// A masked graph autoencoder for link prediction, after MaskGAE (Li et al. 2023, "What's
/// Behind the Mask: Understanding Masked Graph Modeling for Graph Autoencoders",
/// arXiv:2205.10053): each step hides some training edges from the encoder (``EdgeMasking``:
/// a random share, or random-walk paths) and trains it, with an MLP edge decoder, to recover
/// exactly the hidden edges against as many sampled non-edges; optionally a degree decoder
/// regresses each node's number of hidden edges from its embedding (weight `degreeWeight`, the
/// paper's α). Masking removes the shortcut of scoring edges the encoder has just propagated
/// over, so the embeddings must generalise to unseen links.
///
/// Evaluation runs the encoder on the whole training graph.
public struct MaskedGraphAutoencoder: LinkPredictionModel {
    public let encoder: GCNEncoder
    public let decoder: MLPEdgeDecoder
    /// Which training edges each step hides from the encoder.
    public let masking: EdgeMasking
    /// Predicts each node's count of hidden edges from `z` (present when `degreeWeight > 0`).
    public let degreeDecoder: Sequential?
    /// Weight of the degree decoder's mean squared error in the loss.
    public let degreeWeight: Float

    /// A freshly initialised model; the defaults are `graphtool linkpred --model masked`'s (chosen
    /// on Cora's validation split with Adam at 0.01 and gradients clipped to norm 1):
    /// MaskGAE's path masking (walks of 3 from 70% of the nodes), its batch-norm/ELU encoder
    /// and degree decoder (α = 0.003). - Complexity: O(in × hidden)
    public init(inputSize: Int, hiddenSize: Int = 128, latentSize: Int = 64, decoderSize: Int = 64,
                masking: EdgeMasking = .paths(startRatio: 0.7, length: 3), encoderDropout: Float = 0.8,
                inputDropout: Float = 0.5, decoderDropout: Float = 0.2, encoderStyle: GCNEncoder.Style = .maskGAE,
                degreeWeight: Float = 0.003, generator: inout SeededGenerator) {
        encoder = GCNEncoder(inputSize: inputSize, hiddenSize: hiddenSize, latentSize: latentSize,
                             variational: false, dropout: encoderDropout, inputDropout: inputDropout,
                             style: encoderStyle, generator: &generator)
        decoder = MLPEdgeDecoder(latentSize: latentSize, hiddenSize: decoderSize, dropout: decoderDropout,
                                 generator: &generator)
        degreeDecoder = degreeWeight > 0
            ? Sequential(Linear(inputSize: latentSize, outputSize: decoderSize, generator: &generator), Activation.relu,
                         Linear(inputSize: decoderSize, outputSize: 1, generator: &generator))
            : nil
        self.masking = masking
        self.degreeWeight = degreeWeight
    }

    public func trainingLoss(_ data: LinkPredictionData, generator: inout SeededGenerator) throws -> Tensor {
        // Masks some of this process's loss edges; the encoder sees every other training edge.
        let edges = data.split.trainPositives
        let hidden = masking.hidden(edges, candidates: data.lossRange, using: &generator)
        var isHidden = [Bool](repeating: false, count: edges.count)
        for e in hidden { isHidden[e] = true }
        func edgeList<Picks: Collection<Int>>(_ picks: Picks) -> EdgeList {
            EdgeList(sources: picks.map { edges.sources[$0] }, targets: picks.map { edges.targets[$0] },
                     nodeCount: edges.nodeCount)
        }
        let masked = edgeList(hidden), visible = edgeList((0 ..< edges.count).filter { !isHidden[$0] })
        let visibleGraph = MessageGraph(
            try visible.graph(options: .init(directed: data.split.trainGraph.isDirected)),
            threads: data.trainGraph.threads)
        let z = encoder(data.features, visibleGraph, training: true, generator: &generator).mean
        let negatives = try NegativeSampling.sample(count: masked.count, avoiding: data.split.trainGraph,
                                                    using: &generator)
        let loss = edgeReconstructionLoss(
            positiveLogits: decoder.logits(z, masked, training: true, generator: &generator),
            negativeLogits: decoder.logits(z, negatives, training: true, generator: &generator))
        guard let degreeDecoder else { return loss }
        var degrees = Matrix(rows: edges.nodeCount, columns: 1)
        for (u, v) in zip(masked.sources, masked.targets) {
            degrees[Int(u), 0] += 1
            if u != v { degrees[Int(v), 0] += 1 }
        }
        return loss + degreeWeight * Losses.meanSquaredError(degreeDecoder(z), targets: degrees)
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
            + (degreeDecoder?.namedParameters.prefixed("degree") ?? [])
    }

    public var configuration: [String: String] {
        var values = ["model": "masked", "input": "\(encoder.inputWeight.rows)", "hidden": "\(encoder.inputWeight.columns)",
                      "latent": "\(encoder.mean.weight.columns)", "decoder": "\(decoder.hidden.weight.columns)",
                      "activation": encoder.style.activation.rawValue, "batch_norm": "\(encoder.style.batchNorm)",
                      "degree_weight": "\(degreeWeight)"]
        switch masking {
        case .edges(let ratio):
            values["mask_ratio"] = "\(ratio)"
        case .paths(let startRatio, let length):
            values["mask"] = "paths"
            values["mask_ratio"] = "\(startRatio)"
            values["walk_length"] = "\(length)"
        }
        return values
    }
}
