import GraphCore

/// Graph isomorphism network convolution, Xu et al., "How Powerful are Graph Neural Networks?"
/// (ICLR 2019, arXiv:1810.00826):
///
///     x'ᵢ = MLP((1 + ε) xᵢ + Σ_{j → i} xⱼ)
///
/// as PyG's `GINConv`; `ε` is a fixed number or a trained `1 × 1` parameter. Fused sparse path:
/// the neighbour sum is one SpMM with the graph's cached sum operator.
///
/// **Shapes:** input `V × in`; `mlp` maps `V × in` to `V × out`; `epsilon` `1 × 1`; output `V × out`.
public struct GINConv: Layer {
    /// The network applied after aggregation.
    public let mlp: Sequential
    /// `ε`, `1 × 1`: a parameter when trained, else a constant.
    public let epsilon: Tensor

    /// A layer over an MLP and an `ε` tensor (a parameter to train it). - Complexity: O(1)
    public init(mlp: Sequential, epsilon: Tensor) {
        precondition(epsilon.rows == 1 && epsilon.columns == 1, "epsilon must be 1×1")
        self.mlp = mlp
        self.epsilon = epsilon
    }

    /// `MLP(x + ε x + Σ x_j)`. - Complexity: O(E × in) plus the MLP.
    public func callAsFunction(_ input: GraphInput) -> Tensor {
        let x = input.features
        return mlp(x + x * epsilon + x.spmm(input.graph.sumOperator))
    }

    /// The MLP's parameters under `mlp.`, and `epsilon` when trained.
    public var namedParameters: [NamedParameter] {
        mlp.namedParameters.prefixed("mlp") + (epsilon.requiresGradient ? [NamedParameter("epsilon", epsilon)] : [])
    }
}

extension GINConv {
    /// A GIN layer with the given MLP and `ε` (trained when `trainEpsilon`, from `epsilon`).
    /// - Complexity: O(1)
    public init(mlp: Sequential, epsilon: Float = 0, trainEpsilon: Bool = false) {
        let value = Matrix(rows: 1, columns: 1, repeating: epsilon)
        self.init(mlp: mlp, epsilon: trainEpsilon ? .parameter(value, name: "epsilon") : Tensor(value, name: "epsilon"))
    }
}
