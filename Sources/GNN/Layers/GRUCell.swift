import GraphCore

/// A gated recurrent unit cell, Cho et al., "Learning Phrase Representations using RNN
/// Encoder–Decoder for Statistical Machine Translation" (EMNLP 2014, arXiv:1406.1078), as
/// PyTorch's `GRUCell`:
///
///     r = σ(x W_r + b_ir + h U_r + b_hr)
///     z = σ(x W_z + b_iz + h U_z + b_hz)
///     n = tanh(x W_n + b_in + r ⊙ (h U_n + b_hn))
///     h' = (1 − z) ⊙ n + z ⊙ h
///
/// The three gates share one product per operand (`input` maps to `3H` columns: r, z, n).
///
/// **Shapes:** `x` is `N × in`; `h` is `N × H` or a `1 × H` row shared by all rows; result `N × H`.
public struct GRUCell: Layer {
    /// `in → 3H`, columns ordered r, z, n.
    public let input: Linear
    /// `H → 3H`, columns ordered r, z, n.
    public let recurrent: Linear

    /// A cell over existing layers. - Complexity: O(1)
    public init(input: Linear, recurrent: Linear) {
        precondition(input.weight.columns == recurrent.weight.columns && recurrent.weight.columns == 3 * recurrent.weight.rows,
                     "GRUCell needs input in×3H and recurrent H×3H weights")
        self.input = input
        self.recurrent = recurrent
    }

    /// The hidden size `H`. - Complexity: O(1)
    public var hiddenSize: Int { recurrent.weight.rows }

    /// The new state from input `x` and state `h`. - Complexity: O(N × (in + H) × 3H)
    public func callAsFunction(_ input: (x: Tensor, h: Tensor)) -> Tensor {
        let size = hiddenSize
        let gx = self.input(input.x), gh = recurrent(input.h)
        let r = (gx.sliceColumns(0 ..< size) + gh.sliceColumns(0 ..< size)).sigmoid()
        let z = (gx.sliceColumns(size ..< 2 * size) + gh.sliceColumns(size ..< 2 * size)).sigmoid()
        let n = (gx.sliceColumns(2 * size ..< 3 * size) + r * gh.sliceColumns(2 * size ..< 3 * size)).tanh()
        return (1 - z) * n + z * input.h
    }

    /// `input.*` and `recurrent.*`.
    public var namedParameters: [NamedParameter] {
        input.namedParameters.prefixed("input") + recurrent.namedParameters.prefixed("recurrent")
    }
}

extension GRUCell {
    /// A Glorot-initialised cell with zero biases. - Complexity: O((in + H) × 3H)
    public init(inputSize: Int, hiddenSize: Int, generator: inout SeededGenerator) {
        self.init(input: Linear(inputSize: inputSize, outputSize: 3 * hiddenSize, generator: &generator),
                  recurrent: Linear(inputSize: hiddenSize, outputSize: 3 * hiddenSize, generator: &generator))
    }
}
