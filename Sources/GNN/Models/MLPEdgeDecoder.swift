import GraphCore

/// An edge decoder that scores `(u, v)` with a two-layer perceptron of `z_u ⊙ z_v`, as in
/// MaskGAE (Li et al. 2023, "What's Behind the Mask", arXiv:2205.10053):
///
///     logit(u, v) = W₂ ReLU(W₁ (z_u ⊙ z_v) + b₁) + b₂
///
/// **Shapes:** `z` is `V × latent`; the result is `E × 1`.
public struct MLPEdgeDecoder {
    public let hidden: Linear
    public let output: Linear
    /// Dropout on the hidden layer while training.
    public let dropout: Float

    /// Glorot-initialised layers. - Complexity: O(latent × hiddenSize)
    public init(latentSize: Int, hiddenSize: Int, dropout: Float = 0, generator: inout SeededGenerator) {
        hidden = Linear(inputSize: latentSize, outputSize: hiddenSize, generator: &generator)
        output = Linear(inputSize: hiddenSize, outputSize: 1, generator: &generator)
        self.dropout = dropout
    }

    /// The logit of each edge. - Complexity: O(E × latent × hiddenSize)
    public func logits(_ z: Tensor, _ edges: EdgeList, training: Bool, generator: inout SeededGenerator) -> Tensor {
        var h = hidden(z.gatherRows(edges.sources) * z.gatherRows(edges.targets)).relu()
        if training && dropout > 0 { h = h.dropout(dropout, using: &generator) }
        return output(h)
    }

    /// `hidden.*` and `output.*`.
    public var namedParameters: [NamedParameter] {
        hidden.namedParameters.prefixed("hidden") + output.namedParameters.prefixed("output")
    }
}
