import EDA
import GNN
import GraphCore

/// The aggregation of one circuit-encoder step: each read edge (a fanin in the forward pass, a
/// fanout in the reverse pass) turns its sender's state and its inversion bit into a message,
/// attention weighs the messages of each receiver (DeepGate's attention aggregator, Li et al.
/// 2022; the scores are GAT-style, Veličković et al. 2018), and both the attention-weighted sum
/// and the plain sum are returned (the plain sum keeps "how many", which a weighted mean loses).
///
///     mₑ = tanh([sₑ, iₑ·sₑ, iₑ] W + b)        (iₑ = 1 for an inverted edge)
///     αₑ = softmax over the receiver's edges of (mₑ · a)
///     out_v = [Σ αₑ mₑ, Σ mₑ]
///
/// The `iₑ·sₑ` block gives inverted edges their own linear map, so an inverter can flip a
/// probability-like code (p ↦ 1 − p) rather than just shift it.
///
/// **Shapes:** senders `E × H`; `inverted` `E × 1`; `message` maps `2H + 1 → D`; `attention`
/// `D × 1`; result `count × 2D`.
public struct EdgeAttention: Layer {
    /// `2H + 1 → D`.
    public let message: Linear
    /// `D × 1` attention vector.
    public let attention: Tensor

    /// An aggregator over existing parameters. - Complexity: O(1)
    public init(message: Linear, attention: Tensor) {
        precondition(attention.rows == message.weight.columns && attention.columns == 1, "attention must be D×1")
        self.message = message
        self.attention = attention
    }

    /// The message width `D`. - Complexity: O(1)
    public var width: Int { message.weight.columns }

    /// Aggregates the messages of `input.senders` into `input.count` receivers.
    /// - Complexity: O(E × (2H + 1) × D + count × D)
    public func callAsFunction(_ input: (senders: Tensor, inverted: Matrix, segments: [Int32], count: Int)) -> Tensor {
        let d = width
        guard input.senders.rows > 0 else {
            return Tensor(Matrix(rows: input.count, columns: 2 * d), name: "no edges")
        }
        let inv = Tensor(input.inverted, name: "inverted")
        let m = message(Tensor.concatColumns([input.senders, input.senders * inv, inv])).tanh()
        let alpha = m.matmul(attention).segmentSoftmax(input.segments, count: input.count)
        return Tensor.concatColumns([(m * alpha).segmentSum(input.segments, count: input.count),
                                     m.segmentSum(input.segments, count: input.count)])
    }

    /// `message.*` and `attention`.
    public var namedParameters: [NamedParameter] {
        message.namedParameters.prefixed("message") + [NamedParameter("attention", attention)]
    }
}

extension EdgeAttention {
    /// Glorot-initialised parameters for `hidden`-wide states and `width`-wide messages.
    /// - Complexity: O(hidden × width)
    public init(hidden: Int, width: Int, generator: inout SeededGenerator) {
        self.init(message: Linear(inputSize: 2 * hidden + 1, outputSize: width, generator: &generator),
                  attention: .parameter(Initializers.glorotUniform(width, 1, using: &generator), name: "attention"))
    }
}
