import GraphCore

/// A readout: one row per graph of a ``GraphBatch`` from the rows of its nodes, through segment
/// operations over `graphOfNode` (jraph's `segment_*`, PyG's global pooling):
///
/// - `sum`, `mean`, `max`: `global_add_pool`, `global_mean_pool`, `global_max_pool`
///   (an empty graph gives a zero row);
/// - `attention(gate)`: `α = softmax over each graph's nodes of gate(x)`, `out_g = Σ α_v x_v`,
///   the gated global attention of Li et al., "Gated Graph Sequence Neural Networks" (ICLR 2016;
///   PyG's `AttentionalAggregation` with no feature network), `gate` a `C × 1` linear layer.
///
/// **Shapes:** node rows `N × C`, `graphOfNode.count == N`; output `graphs × C`.
public enum GraphReadout {
    case sum
    case mean
    case max
    case attention(gate: Linear)

    /// The readout of `x` over graphs `0 ..< graphs`. - Complexity: O(N × C + graphs × C)
    public func callAsFunction(_ x: Tensor, graphOfNode: [Int32], graphs: Int) -> Tensor {
        precondition(graphOfNode.count == x.rows, "\(graphOfNode.count) graph ids for \(x.rows) rows")
        switch self {
        case .sum: return x.segmentSum(graphOfNode, count: graphs)
        case .mean: return x.segmentMean(graphOfNode, count: graphs)
        case .max: return x.segmentMax(graphOfNode, count: graphs)
        case .attention(let gate):
            precondition(gate.weight.columns == 1, "the attention gate must map each row to one score")
            let weights = gate(x).segmentSoftmax(graphOfNode, count: graphs)
            return (x * weights).segmentSum(graphOfNode, count: graphs)
        }
    }

    /// The readout of node rows `x` of `batch`. - Complexity: O(N × C + graphs × C)
    public func callAsFunction(_ x: Tensor, batch: GraphBatch) -> Tensor {
        self(x, graphOfNode: batch.graphOfNode, graphs: batch.count)
    }

    /// The gate's parameters under `gate.` for `attention`, none otherwise.
    public var namedParameters: [NamedParameter] {
        if case .attention(let gate) = self { return gate.namedParameters.prefixed("gate") }
        return []
    }
}
