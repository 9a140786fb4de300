import GraphCore

/// The graph autoencoder and its variational form (Kipf & Welling 2016, "Variational Graph
/// Auto-Encoders", arXiv:1611.07308): a two-layer GCN encoder and the inner-product decoder,
/// trained to tell the training edges from as many uniformly sampled non-edges each step.
///
/// The variational model samples `z = μ + ε ⊙ σ` while training and adds the KL divergence
/// to a standard normal, weighted `1 / V` (as PyG's example); evaluation uses `z = μ`.
public struct GraphAutoencoder: LinkPredictionModel {
    /// GAE or VGAE.
    public enum Kind: String, Sendable, CaseIterable {
        case gae, vgae
    }

    public let kind: Kind
    public let encoder: GCNEncoder
    /// Sampled non-edges per training edge at each step (PyG's example uses 1).
    public let negativesPerEdge: Int

    /// A freshly initialised model (hidden 32, latent 16 as in the paper).
    /// - Complexity: O(in × hidden)
    public init(kind: Kind, inputSize: Int, hiddenSize: Int = 32, latentSize: Int = 16,
                negativesPerEdge: Int = 1, generator: inout SeededGenerator) {
        precondition(negativesPerEdge >= 1, "negativesPerEdge must be at least 1")
        self.kind = kind
        self.negativesPerEdge = negativesPerEdge
        encoder = GCNEncoder(inputSize: inputSize, hiddenSize: hiddenSize, latentSize: latentSize,
                             variational: kind == .vgae, generator: &generator)
    }

    /// `(z, μ, log σ)`: in training the variational model samples `z`; otherwise `z = μ`.
    /// - Complexity: that of the encoder.
    public func encode(_ features: NodeFeatures, _ graph: MessageGraph, training: Bool,
                       generator: inout SeededGenerator) -> (z: Tensor, mean: Tensor, logStd: Tensor?) {
        let (mean, logStd) = encoder(features, graph, training: training, generator: &generator)
        guard training, let logStd else { return (mean, mean, logStd) }
        var noise = Matrix(rows: mean.rows, columns: mean.columns)
        noise.withUnsafeMutableValues { values in
            for i in values.indices { values[i] = generator.nextGaussian() }
        }
        let z = mean + Tensor(noise, name: "noise") * logStd.clamped(max: Losses.MAX_LOGSTD).exp()
        return (z, mean, logStd)
    }

    /// Reconstruction loss of `positives` against `negatives`, plus `klWeight` times the KL
    /// term for the variational model. - Complexity: O((P + N) × latent)
    public func loss(z: Tensor, mean: Tensor, logStd: Tensor?, positives: EdgeList, negatives: EdgeList,
                     klWeight: Float) -> Tensor {
        let reconstruction = edgeReconstructionLoss(
            positiveLogits: InnerProductDecoder.logits(z, positives),
            negativeLogits: InnerProductDecoder.logits(z, negatives))
        guard let logStd else { return reconstruction }
        return reconstruction + klWeight * Losses.klDivergence(mu: mean, logstd: logStd)
    }

    public func trainingLoss(_ data: LinkPredictionData, generator: inout SeededGenerator) throws -> Tensor {
        let (z, mean, logStd) = encode(data.features, data.trainGraph, training: true, generator: &generator)
        let positives = data.lossPositives
        let negatives = try NegativeSampling.sample(count: positives.count * negativesPerEdge, avoiding: data.split.trainGraph,
                                                    using: &generator)
        return loss(z: z, mean: mean, logStd: logStd, positives: positives, negatives: negatives,
                    klWeight: 1 / Float(data.features.nodeCount))
    }

    public func embeddings(_ data: LinkPredictionData) -> Matrix {
        var unused = SeededGenerator(seed: 0)
        return encode(data.features, data.trainGraph, training: false, generator: &unused).z.value
    }

    public func scores(_ embeddings: Matrix, _ edges: EdgeList) -> [Float] {
        InnerProductDecoder.scores(embeddings, edges)
    }

    public var namedParameters: [NamedParameter] { encoder.namedParameters.prefixed("encoder") }

    public var configuration: [String: String] {
        ["model": kind.rawValue, "input": "\(encoder.inputWeight.rows)",
         "hidden": "\(encoder.inputWeight.columns)", "latent": "\(encoder.mean.weight.columns)", "negatives_per_edge": "\(negativesPerEdge)"]
    }
}
