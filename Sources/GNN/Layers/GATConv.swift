import GraphCore

/// Graph attention convolution, Veličković et al., "Graph Attention Networks" (ICLR 2018,
/// arXiv:1710.10903), with `H` heads of width `C`, as PyG's `GATConv` (self-loops added):
///
///     x̃ = x W                                             (split into H blocks of width C)
///     e_ij^h = LeakyReLU_0.2(⟨a_src^h, x̃_j^h⟩ + ⟨a_dst^h, x̃_i^h⟩ [+ ⟨a_edge^h, (f_ji W_e)^h⟩])   for each edge j → i
///     α_ij^h = softmax over the edges into i of e_ij^h
///     x'_i = ‖_h Σ_j α_ij^h x̃_j^h + b     (concatenated), or the mean over h + b
///
/// Composed from primitives: per-head scores are `(x̃ ⊙ a) · B` with a constant `H·C × H` block
/// indicator `B`, edge scores are gathered rows, the softmax is a segment softmax over receivers
/// and the aggregation is one multi-head SpMM whose edge values are the attention tensor.
///
/// With edge features `f_ji` (PyG's `edge_dim`), each edge's projected features enter its score
/// through `a_edge`; an added self-loop takes the mean of its node's incoming edge features
/// (PyG's `fill_value="mean"`), an existing one keeps its own.
///
/// **Shapes:** input `V × in`; `weight` `in × H·C`; `attentionSource`, `attentionTarget`
/// `1 × H·C`; `bias` `1 × H·C` (concat) or `1 × C` (mean); output `V × H·C` or `V × C`. Edge
/// features `E × d`, row `e` for the message `graph.senders[e] → graph.receivers[e]`;
/// `edgeWeight` `d × H·C`; `attentionEdge` `1 × H·C`.
public struct GATConv: Layer {
    /// `in × H·C`.
    public let weight: Tensor
    /// `a_src` for all heads, `1 × H·C`.
    public let attentionSource: Tensor
    /// `a_dst` for all heads, `1 × H·C`.
    public let attentionTarget: Tensor
    /// `1 × H·C` or `1 × C`, or `nil`.
    public let bias: Tensor?
    /// `W_e`, `d × H·C`, projecting edge features; `nil` for a layer without them.
    public let edgeWeight: Tensor?
    /// `a_edge` for all heads, `1 × H·C`, with `edgeWeight`.
    public let attentionEdge: Tensor?
    /// Number of heads `H`.
    public let heads: Int
    /// Concatenate the heads (`true`) or average them.
    public let concatenate: Bool
    /// Slope of the LeakyReLU on edge scores (0.2 in the paper).
    public let negativeSlope: Float
    /// Constant `H·C × H` indicator summing each head's block (not a parameter).
    let headSum: Tensor
    /// Constant `H·C × C` averaging the heads (not a parameter).
    let headMean: Tensor

    /// A layer over existing parameter tensors. - Complexity: O(H² C)
    public init(weight: Tensor, attentionSource: Tensor, attentionTarget: Tensor, bias: Tensor?,
                heads: Int, concatenate: Bool = true, negativeSlope: Float = 0.2,
                edgeWeight: Tensor? = nil, attentionEdge: Tensor? = nil) {
        let total = weight.columns
        precondition(heads > 0 && total % heads == 0, "weight has \(total) columns, not a multiple of \(heads) heads")
        precondition(attentionSource.columns == total && attentionTarget.columns == total,
                     "attention vectors must be 1×\(total)")
        precondition((edgeWeight == nil) == (attentionEdge == nil), "edgeWeight and attentionEdge come together")
        precondition(edgeWeight.map { $0.columns == total && attentionEdge!.columns == total } ?? true,
                     "edgeWeight must be d×\(total) and attentionEdge 1×\(total)")
        self.edgeWeight = edgeWeight
        self.attentionEdge = attentionEdge
        let width = total / heads
        self.weight = weight
        self.attentionSource = attentionSource
        self.attentionTarget = attentionTarget
        self.bias = bias
        self.heads = heads
        self.concatenate = concatenate
        self.negativeSlope = negativeSlope
        var sum = Matrix(rows: total, columns: heads), mean = Matrix(rows: total, columns: width)
        for k in 0 ..< total {
            sum[k, k / width] = 1
            mean[k, k % width] = 1 / Float(heads)
        }
        headSum = Tensor(sum, name: "headSum")
        headMean = Tensor(mean, name: "headMean")
    }

    /// Attention over incoming edges plus self-loops. - Complexity: O(V × in × H·C + E × H·C),
    /// plus O(V + E) once per graph.
    public func callAsFunction(_ input: GraphInput) -> Tensor {
        attend(input.features.matmul(weight), input.graph, edgeFeatures: nil, messageDropout: 0,
               attentionDropout: 0) { tensor, _ in tensor }
    }

    /// Attention with edge features in the scores (the layer needs ``edgeWeight``).
    /// - Complexity: that of ``callAsFunction(_:)-(GraphInput)`` plus O(E × d × H·C).
    public func callAsFunction(_ input: GraphInput, edgeFeatures: Tensor) -> Tensor {
        attend(input.features.matmul(weight), input.graph, edgeFeatures: edgeFeatures, messageDropout: 0,
               attentionDropout: 0) { tensor, _ in tensor }
    }

    /// Training form, as in the paper: each attention coefficient is dropped with probability
    /// `attentionDropout` (the survivors scaled by `1/(1 − p)`), and each entry of the messages
    /// `x̃_j` with probability `messageDropout` after the scores are computed (the dropout on
    /// `seq_fts` in Veličković et al.'s code; PyG's `GATConv` has none), drawing from `generator`.
    /// - Complexity: that of ``callAsFunction(_:)-(GraphInput)`` plus O(E × H + V × H·C).
    public func callAsFunction(_ input: GraphInput, edgeFeatures: Tensor? = nil, attentionDropout: Float,
                               messageDropout: Float = 0, using generator: inout SeededGenerator) -> Tensor {
        attend(input.features.matmul(weight), input.graph, edgeFeatures: edgeFeatures, messageDropout: messageDropout,
               attentionDropout: attentionDropout) { $0.dropout($1, using: &generator) }
    }

    /// The layer on constant input features (sparse ones cost O(nnz × H·C) for `X W`), with
    /// attention and message dropout as in ``callAsFunction(_:attentionDropout:messageDropout:using:)``
    /// when above 0. - Complexity: O(`X W` + E × H·C).
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph, edgeFeatures: Tensor? = nil,
                               attentionDropout: Float = 0, messageDropout: Float = 0,
                               using generator: inout SeededGenerator) -> Tensor {
        precondition(features.nodeCount == graph.nodeCount, "features have \(features.nodeCount) rows but the graph has \(graph.nodeCount) nodes")
        return attend(features.project(weight), graph, edgeFeatures: edgeFeatures, messageDropout: messageDropout,
                      attentionDropout: attentionDropout) { $0.dropout($1, using: &generator) }
    }

    /// Attention and aggregation from `X W`; `drop(t, p)` applies dropout `p` to `X W` after the
    /// scores (`messageDropout`) and to the `E × H` coefficients (`attentionDropout`).
    private func attend(_ transformed: Tensor, _ graph: MessageGraph, edgeFeatures: Tensor?, messageDropout: Float,
                        attentionDropout: Float, drop: (Tensor, Float) -> Tensor) -> Tensor {
        let (structure, receivers, senders) = graph.attentionStructure
        let sourceScore = (transformed * attentionSource).matmul(headSum)
        let targetScore = (transformed * attentionTarget).matmul(headSum)
        var scores = sourceScore.gatherRows(senders) + targetScore.gatherRows(receivers)
        if let edgeFeatures {
            scores = scores + edgeScores(edgeFeatures, graph)
        } else {
            precondition(edgeWeight == nil, "the layer was built for edge features; pass edgeFeatures")
        }
        let attention = scores
            .leakyRelu(negativeSlope: negativeSlope)
            .segmentSoftmax(receivers, count: graph.nodeCount)
        let messages = drop(transformed, messageDropout)
        let aggregated = messages.spmm(structure, edgeValues: drop(attention, attentionDropout), heads: heads)
        let out = concatenate ? aggregated : aggregated.matmul(headMean)
        return bias.map { out + $0 } ?? out
    }

    /// `⟨a_edge^h, (f W_e)^h⟩` for every edge of the attention structure, `E' × H`, added loops
    /// taking the mean of their node's incoming edge features.
    private func edgeScores(_ edgeFeatures: Tensor, _ graph: MessageGraph) -> Tensor {
        guard let edgeWeight, let attentionEdge else {
            preconditionFailure("edge features need a layer with edgeWeight (GATConv(…, edgeSize:))")
        }
        precondition(edgeFeatures.rows == graph.senders.count,
                     "\(edgeFeatures.rows) edge feature rows for \(graph.senders.count) messages")
        let loops = edgeFeatures.segmentMean(graph.receivers, count: graph.nodeCount)
        let origins = graph.attentionEdgeOrigins
        let looped = Tensor.gatherRows(from: [edgeFeatures, loops], block: origins.block, rows: origins.rows)
        return (looped.matmul(edgeWeight) * attentionEdge).matmul(headSum)
    }

    /// `weight`, `attentionSource`, `attentionTarget` and, when present, `bias`, `edgeWeight`
    /// and `attentionEdge`.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("weight", weight), NamedParameter("attentionSource", attentionSource),
         NamedParameter("attentionTarget", attentionTarget)]
            + (bias.map { [NamedParameter("bias", $0)] } ?? [])
            + (edgeWeight.map { [NamedParameter("edgeWeight", $0), NamedParameter("attentionEdge", attentionEdge!)] } ?? [])
    }
}

extension GATConv {
    /// Glorot-initialised weight and attention vectors (and edge projection, with `edgeSize`
    /// features per edge), zero bias. - Complexity: O((in + edgeSize) × H·C)
    public init(inputSize: Int, outputSize: Int, heads: Int = 1, concatenate: Bool = true,
                negativeSlope: Float = 0.2, bias: Bool = true, edgeSize: Int? = nil, generator: inout SeededGenerator) {
        let total = heads * outputSize
        let weight = Tensor.parameter(Initializers.glorotUniform(inputSize, total, using: &generator), name: "weight")
        let source = Tensor.parameter(Initializers.glorotUniform(1, total, using: &generator), name: "attentionSource")
        let target = Tensor.parameter(Initializers.glorotUniform(1, total, using: &generator), name: "attentionTarget")
        let edgeWeight = edgeSize.map { Tensor.parameter(Initializers.glorotUniform($0, total, using: &generator), name: "edgeWeight") }
        let attentionEdge = edgeSize.map { _ in Tensor.parameter(Initializers.glorotUniform(1, total, using: &generator), name: "attentionEdge") }
        self.init(weight: weight, attentionSource: source, attentionTarget: target,
                  bias: bias ? .parameter(Matrix(rows: 1, columns: concatenate ? total : outputSize), name: "bias") : nil,
                  heads: heads, concatenate: concatenate, negativeSlope: negativeSlope,
                  edgeWeight: edgeWeight, attentionEdge: attentionEdge)
    }
}
