import GraphCore

/// GIN with edge features, Hu et al., "Strategies for Pre-training Graph Neural Networks"
/// (ICLR 2020, arXiv:1905.12265), as PyG's `GINEConv`:
///
///     x'ᵢ = MLP((1 + ε) xᵢ + Σ_{j → i} ReLU(xⱼ + e_ji W_e + b_e))
///
/// where `e_ji` is the feature row of the message `j → i`; without `edgeLinear` the edge features
/// must already have the nodes' width and enter as they are. Messages are gathered per edge and
/// summed per receiver (segment sum), so the cost is O(E × in).
///
/// **Shapes:** input `V × in`; edge features `E × d`, row `e` for the message
/// `graph.senders[e] → graph.receivers[e]` (``MessageGraph/incomingEdgeIndices`` maps the source
/// graph's edge order to this one); `edgeLinear` `d → in`; output that of `mlp`.
public struct GINEConv: Parameterized {
    /// The network applied after aggregation.
    public let mlp: Sequential
    /// `ε`, `1 × 1`: a parameter when trained, else a constant.
    public let epsilon: Tensor
    /// Projects edge features to the nodes' width (PyG's `edge_dim`), or `nil`.
    public let edgeLinear: Linear?

    /// A layer over its parts. - Complexity: O(1)
    public init(mlp: Sequential, epsilon: Tensor, edgeLinear: Linear?) {
        precondition(epsilon.rows == 1 && epsilon.columns == 1, "epsilon must be 1×1")
        self.mlp = mlp
        self.epsilon = epsilon
        self.edgeLinear = edgeLinear
    }

    /// `MLP((1 + ε) x + Σ ReLU(x_j + edge term))`.
    /// - Complexity: O(E × (in + d × in)) plus the MLP.
    public func callAsFunction(_ x: Tensor, _ graph: MessageGraph, edgeFeatures: Tensor) -> Tensor {
        let senders = graph.senders
        precondition(edgeFeatures.rows == senders.count,
                     "\(edgeFeatures.rows) edge feature rows for \(senders.count) messages")
        let edgeTerm = edgeLinear.map { $0(edgeFeatures) } ?? edgeFeatures
        precondition(edgeTerm.columns == x.columns,
                     "edge features are \(edgeTerm.columns) wide, the nodes \(x.columns); give an edgeLinear")
        let messages = (x.gatherRows(senders) + edgeTerm).relu().segmentSum(graph.receivers, count: graph.nodeCount)
        return mlp(x + x * epsilon + messages)
    }

    /// The MLP's parameters under `mlp.`, the edge projection's under `edge.`, and `epsilon`
    /// when trained.
    public var namedParameters: [NamedParameter] {
        mlp.namedParameters.prefixed("mlp") + (edgeLinear?.namedParameters.prefixed("edge") ?? [])
            + (epsilon.requiresGradient ? [NamedParameter("epsilon", epsilon)] : [])
    }
}

extension GINEConv {
    /// A GINE layer with the given MLP, an edge projection from `edgeSize` to `inputSize` when
    /// they differ (Glorot weight, zero bias), and `ε` (trained when `trainEpsilon`).
    /// - Complexity: O(edgeSize × inputSize)
    public init(mlp: Sequential, inputSize: Int, edgeSize: Int, epsilon: Float = 0, trainEpsilon: Bool = false,
                generator: inout SeededGenerator) {
        let value = Matrix(rows: 1, columns: 1, repeating: epsilon)
        self.init(mlp: mlp, epsilon: trainEpsilon ? .parameter(value, name: "epsilon") : Tensor(value, name: "epsilon"),
                  edgeLinear: edgeSize == inputSize ? nil : Linear(inputSize: edgeSize, outputSize: inputSize, generator: &generator))
    }
}
