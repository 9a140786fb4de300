import GraphCore

/// The two-layer GCN encoder of the graph autoencoders (Kipf & Welling 2016, "Variational Graph
/// Auto-Encoders", arXiv:1611.07308):
///
///     H = ReLU(Â X W₀),   μ = Â H W_μ,   log σ = Â H W_σ   (the last only when variational)
///
/// with `Â = D^-1/2 (A + I) D^-1/2`. The first product uses the features' cheapest form
/// (`NodeFeatures`). With a ``Style`` it takes MaskGAE's form instead (Li et al. 2023,
/// arXiv:2205.10053): `H = f(BN(Â X W₀))`, `μ = f(BN(Â H W_μ))` with batch normalisation after
/// each convolution and the activation `f` (ELU there) on the output too.
///
/// **Shapes:** features `V × in`; hidden `V × hidden`; `μ` and `log σ` `V × latent`.
public struct GCNEncoder {
    /// The layer form around the two convolutions.
    public struct Style: Sendable {
        /// The nonlinearity after each activated layer.
        public var activation: Activation.Kind
        /// Batch normalisation after each convolution (train/eval statistics).
        public var batchNorm: Bool
        /// Whether `μ` passes through batch norm (when on) and the activation too.
        public var activatesOutput: Bool

        /// A style; the defaults are the GAE paper's (ReLU on the hidden layer only).
        public init(activation: Activation.Kind = .relu, batchNorm: Bool = false, activatesOutput: Bool = false) {
            self.activation = activation
            self.batchNorm = batchNorm
            self.activatesOutput = activatesOutput
        }

        /// MaskGAE's encoder: ELU, batch norm, both layers activated.
        public static let maskGAE = Style(activation: .elu, batchNorm: true, activatesOutput: true)
    }

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
    /// The layer form.
    public let style: Style
    /// Batch normalisation of the hidden layer and of `μ` (with ``Style/batchNorm``).
    public let norms: (hidden: BatchNorm, output: BatchNorm)?

    /// Glorot-initialised layers. - Complexity: O(in × hidden + hidden × latent)
    public init(inputSize: Int, hiddenSize: Int, latentSize: Int, variational: Bool, dropout: Float = 0,
                inputDropout: Float = 0, style: Style = Style(), generator: inout SeededGenerator) {
        let first = Linear(inputSize: inputSize, outputSize: hiddenSize, bias: true, generator: &generator)
        inputWeight = first.weight
        inputBias = first.bias!  // asked for above
        mean = GCNConv(inputSize: hiddenSize, outputSize: latentSize, generator: &generator)
        logStd = variational ? GCNConv(inputSize: hiddenSize, outputSize: latentSize, generator: &generator) : nil
        self.dropout = dropout
        self.inputDropout = inputDropout
        self.style = style
        norms = style.batchNorm ? (BatchNorm(features: hiddenSize), BatchNorm(features: latentSize)) : nil
    }

    /// `(μ, log σ)`; `log σ` is `nil` for the plain autoencoder. Dropout applies only in training;
    /// batch norm uses the batch statistics in training, the running ones otherwise.
    /// - Complexity: O(cost of X·W₀ + E × (hidden + latent) + V × hidden × latent)
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph, training: Bool,
                               generator: inout SeededGenerator) -> (mean: Tensor, logStd: Tensor?) {
        let input = training ? features.droppingEntries(probability: inputDropout, using: &generator) : features
        var hidden = input.project(inputWeight).spmm(graph.gcnOperator) + inputBias
        if let norms { hidden = norms.hidden(hidden, training: training) }
        hidden = style.activation.apply(hidden)
        if dropout > 0 && training { hidden = hidden.dropout(dropout, using: &generator) }
        let graphInput = GraphInput(hidden, graph)
        var z = mean(graphInput)
        if style.activatesOutput {
            if let norms { z = norms.output(z, training: training) }
            z = style.activation.apply(z)
        }
        return (z, logStd.map { $0(graphInput) })
    }

    /// `conv1.weight`, `conv1.bias`, `conv_mu.*`, `conv_logstd.*`, and `bn1.*`, `bn_mu.*` with
    /// batch norm.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("conv1.weight", inputWeight), NamedParameter("conv1.bias", inputBias)]
            + mean.namedParameters.prefixed("conv_mu")
            + (logStd?.namedParameters.prefixed("conv_logstd") ?? [])
            + (norms.map { $0.hidden.namedParameters.prefixed("bn1") + $0.output.namedParameters.prefixed("bn_mu") } ?? [])
    }
}
