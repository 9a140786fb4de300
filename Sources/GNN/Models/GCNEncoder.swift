import GraphCore

/// The two-layer GCN encoder of the graph autoencoders (Kipf & Welling 2016, "Variational Graph
/// Auto-Encoders", arXiv:1611.07308):
///
///     H = ReLU(Â X W₀),   μ = Â H W_μ,   log σ = Â H W_σ   (the last only when variational)
///
/// with `Â = D^-1/2 (A + I) D^-1/2`. The first product uses the features' cheapest form
/// (`NodeFeatures`).
///
/// **Shapes:** features `V × in`; hidden `V × hidden`; `μ` and `log σ` `V × latent`.
public struct GCNEncoder {
    /// `in × hidden` and `1 × hidden`.
    public let inputWeight: Tensor, inputBias: Tensor
    /// The `μ` layer, `hidden → latent`.
    public let mean: GCNConv
    /// The `log σ` layer, `hidden → latent`, for the variational model.
    public let logStd: GCNConv?
    /// Dropout on the hidden layer while training (0 for none).
    public let dropout: Float
    /// Dropout on the input features while training (0 for none).
    public let inputDropout: Float

    /// Glorot-initialised layers. - Complexity: O(in × hidden + hidden × latent)
    public init(inputSize: Int, hiddenSize: Int, latentSize: Int, variational: Bool, dropout: Float = 0,
                inputDropout: Float = 0, generator: inout SeededGenerator) {
        let first = Linear(inputSize: inputSize, outputSize: hiddenSize, bias: true, generator: &generator)
        inputWeight = first.weight
        inputBias = first.bias!  // asked for above
        mean = GCNConv(inputSize: hiddenSize, outputSize: latentSize, generator: &generator)
        logStd = variational ? GCNConv(inputSize: hiddenSize, outputSize: latentSize, generator: &generator) : nil
        self.dropout = dropout
        self.inputDropout = inputDropout
    }

    /// `(μ, log σ)`; `log σ` is `nil` for the plain autoencoder. Dropout applies only in training.
    /// - Complexity: O(cost of X·W₀ + E × (hidden + latent) + V × hidden × latent)
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph, training: Bool,
                               generator: inout SeededGenerator) -> (mean: Tensor, logStd: Tensor?) {
        let input = training ? features.droppingEntries(probability: inputDropout, using: &generator) : features
        var hidden = (input.project(inputWeight).spmm(graph.gcnOperator) + inputBias).relu()
        if dropout > 0 && training { hidden = hidden.dropout(dropout, using: &generator) }
        let graphInput = GraphInput(hidden, graph)
        return (mean(graphInput), logStd.map { $0(graphInput) })
    }

    /// `conv1.weight`, `conv1.bias`, `conv_mu.*`, `conv_logstd.*`.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("conv1.weight", inputWeight), NamedParameter("conv1.bias", inputBias)]
            + mean.namedParameters.prefixed("conv_mu")
            + (logStd?.namedParameters.prefixed("conv_logstd") ?? [])
    }
}
