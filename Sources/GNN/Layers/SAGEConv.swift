import GraphCore

/// GraphSAGE convolution with mean aggregation, Hamilton et al., "Inductive Representation
/// Learning on Large Graphs" (NeurIPS 2017, arXiv:1706.02216):
///
///     x'ᵢ = W₁ xᵢ + W₂ · mean_{j → i} xⱼ + b
///
/// as PyG's `SAGEConv(aggr="mean")` (`lin_r` = `rootWeight`, `lin_l` = `neighborWeight`).
/// Fused sparse path: the mean is one SpMM with the cached row-normalised operator, applied on
/// whichever side of `W₂` is narrower (they commute).
///
/// **Shapes:** input `V × in`; `rootWeight`, `neighborWeight` `in × out`; `bias` `1 × out`;
/// output `V × out`.
public struct SAGEConv: Layer {
    /// `W₁`, applied to the node itself, `in × out`.
    public let rootWeight: Tensor
    /// `W₂`, applied to the neighbour mean, `in × out`.
    public let neighborWeight: Tensor
    /// `1 × out`, or `nil`.
    public let bias: Tensor?

    /// A layer over existing parameter tensors. - Complexity: O(1)
    public init(rootWeight: Tensor, neighborWeight: Tensor, bias: Tensor?) {
        self.rootWeight = rootWeight
        self.neighborWeight = neighborWeight
        self.bias = bias
    }

    /// `X W₁ + mean(X) W₂ + b`. - Complexity: O(V × in × out + E × min(in, out)).
    public func callAsFunction(_ input: GraphInput) -> Tensor {
        let x = input.features, mean = input.graph.meanOperator
        let neighbors = x.columns <= neighborWeight.columns
            ? x.spmm(mean).matmul(neighborWeight)
            : x.matmul(neighborWeight).spmm(mean)
        let out = x.matmul(rootWeight) + neighbors
        return bias.map { out + $0 } ?? out
    }

    /// The same layer on constant input features: `X W₁ + mean(X W₂) + b`, both products taken
    /// from `features` (sparse ones cost O(nnz × out)). - Complexity: O(product costs + E × out).
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph) -> Tensor {
        precondition(features.nodeCount == graph.nodeCount, "features have \(features.nodeCount) rows but the graph has \(graph.nodeCount) nodes")
        let out = features.project(rootWeight) + features.project(neighborWeight).spmm(graph.meanOperator)
        return bias.map { out + $0 } ?? out
    }

    /// `rootWeight`, `neighborWeight` and, when present, `bias`.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("rootWeight", rootWeight), NamedParameter("neighborWeight", neighborWeight)]
            + (bias.map { [NamedParameter("bias", $0)] } ?? [])
    }
}

extension SAGEConv {
    /// Glorot-initialised weights and a zero bias. - Complexity: O(in × out)
    public init(inputSize: Int, outputSize: Int, bias: Bool = true, generator: inout SeededGenerator) {
        self.init(rootWeight: .parameter(Initializers.glorotUniform(inputSize, outputSize, using: &generator), name: "rootWeight"),
                  neighborWeight: .parameter(Initializers.glorotUniform(inputSize, outputSize, using: &generator), name: "neighborWeight"),
                  bias: bias ? .parameter(Matrix(rows: 1, columns: outputSize), name: "bias") : nil)
    }
}
