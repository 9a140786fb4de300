import GraphCore

/// Level-ordered message passing with residual local attention over a DAG (after PreRoutGNN:
/// Zhong et al., "PreRoutGNN for Timing Prediction with Order Preserving Partition: Global
/// Circuit Pre-training, Local Delay Learning and Attentional Cell Modeling", AAAI 2024).
/// Each node attends over its fan-in edges only, and the levels are processed in order, so a
/// node reads its fan-ins' *propagated* states (`Tensor.propagated(along:weights:)`):
///
///     α_e = softmax over the fan-in of v of ⟨q_v, k_u⟩ / √d,   e = u → v
///     h_v = W_v x_v + b_v + Σ_e α_e h_u                        (the residual is the node's own value)
///
/// with `q = x W_q`, `k = x W_k`. The attention scores are computed from the layer's input, not
/// from the propagated states, which keeps the level sweep linear (one pass forward, one back).
///
/// **Shapes:** input `V × in`; `W_q`, `W_k` `in × d`; `W_v` `in × out`; output `V × out`.
public struct DAGAttention: Layer {
    public let query: Linear, key: Linear, value: Linear

    /// A layer over existing linear maps. - Complexity: O(1)
    public init(query: Linear, key: Linear, value: Linear) {
        precondition(query.weight.columns == key.weight.columns, "query and key widths differ")
        (self.query, self.key, self.value) = (query, key, value)
    }

    /// The input and the schedule of the DAG it flows through.
    public struct Input {
        public var features: Tensor
        public var dag: DAGSchedule

        public init(_ features: Tensor, _ dag: DAGSchedule) { (self.features, self.dag) = (features, dag) }
    }

    /// The attention weight of every edge (softmax over each target's fan-in).
    /// **Shapes:** `E × 1`. - Complexity: O(E × d + V × in × d)
    public func attention(_ input: Input) -> Tensor {
        let dag = input.dag, scale = 1 / Float(query.weight.columns).squareRoot()
        let q = query(input.features).gatherRows(dag.targets), k = key(input.features).gatherRows(dag.sources)
        return ((q * k).sumRows() * scale).segmentSoftmax(dag.targets, count: dag.nodeCount)
    }

    /// - Complexity: O(E × (d + out) + V × in × (d + out))
    public func callAsFunction(_ input: Input) -> Tensor {
        value(input.features).propagated(along: input.dag, weights: attention(input))
    }

    /// `query.*`, `key.*`, `value.*`.
    public var namedParameters: [NamedParameter] {
        query.namedParameters.prefixed("query") + key.namedParameters.prefixed("key") + value.namedParameters.prefixed("value")
    }
}

extension DAGAttention {
    /// Glorot-initialised maps with `attentionSize` query and key columns. - Complexity: O(in × (d + out))
    public init(inputSize: Int, outputSize: Int, attentionSize: Int, generator: inout SeededGenerator) {
        self.init(query: Linear(inputSize: inputSize, outputSize: attentionSize, bias: false, generator: &generator),
                  key: Linear(inputSize: inputSize, outputSize: attentionSize, bias: false, generator: &generator),
                  value: Linear(inputSize: inputSize, outputSize: outputSize, generator: &generator))
    }
}
