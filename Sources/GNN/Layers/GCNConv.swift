import GraphCore

/// Graph convolution of Kipf & Welling, "Semi-Supervised Classification with Graph Convolutional
/// Networks" (ICLR 2017, arXiv:1609.02907):
///
///     X' = D^-1/2 (A + I) D^-1/2 X W + b
///
/// where `A` holds the incoming edges (`A[i, j] = w_ji` for an edge `j → i`) and `D` its degrees
/// counted with the self-loops, as PyG's `GCNConv` with default options. Fused sparse path: one
/// dense product, then one SpMM with the graph's cached normalised operator.
///
/// **Shapes:** input `V × in`; `weight` `in × out`; `bias` `1 × out`; output `V × out`.
public struct GCNConv: Layer {
    /// `in × out`.
    public let weight: Tensor
    /// `1 × out`, or `nil`.
    public let bias: Tensor?

    /// A layer over existing parameter tensors. - Complexity: O(1)
    public init(weight: Tensor, bias: Tensor?) {
        self.weight = weight
        self.bias = bias
    }

    /// `Â (X W) + b`. - Complexity: O(V × in × out + E × out), plus O(V + E) once per graph.
    public func callAsFunction(_ input: GraphInput) -> Tensor {
        propagate(input.features.matmul(weight), input.graph)
    }

    /// The same layer on constant input features (sparse ones cost O(nnz × out) for `X W`).
    /// - Complexity: that of `features.project` plus O(E × out).
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph) -> Tensor {
        precondition(features.nodeCount == graph.nodeCount, "features have \(features.nodeCount) rows but the graph has \(graph.nodeCount) nodes")
        return propagate(features.project(weight), graph)
    }

    /// `Â (X W) + b` from `X W`.
    private func propagate(_ transformed: Tensor, _ graph: MessageGraph) -> Tensor {
        let propagated = transformed.spmm(graph.gcnOperator)
        return bias.map { propagated + $0 } ?? propagated
    }

    /// `weight` and, when present, `bias`.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("weight", weight)] + (bias.map { [NamedParameter("bias", $0)] } ?? [])
    }
}

extension GCNConv {
    /// A Glorot-initialised weight and a zero bias. - Complexity: O(in × out)
    public init(inputSize: Int, outputSize: Int, bias: Bool = true, generator: inout SeededGenerator) {
        let linear = Linear(inputSize: inputSize, outputSize: outputSize, bias: bias, generator: &generator)
        self.init(weight: linear.weight, bias: linear.bias)
    }
}
