import GNN
import GraphCore

/// Signal-probability regression (DeepGate, Li et al. 2022): a two-layer MLP reads a variable's
/// embedding and predicts the probability that it is 1 under uniformly random inputs, trained
/// against simulation with binary cross-entropy on soft targets (minimal exactly at the true
/// probability).
///
/// **Shapes:** embeddings `N × W` → logits `N × 1`.
public struct ProbabilityHead: Layer {
    /// `W → H`.
    public let hidden: Linear
    /// `H → 1`.
    public let output: Linear

    /// A head over existing layers. - Complexity: O(1)
    public init(hidden: Linear, output: Linear) {
        self.hidden = hidden
        self.output = output
    }

    /// Logits (apply `sigmoid()` for probabilities). - Complexity: O(N × W × H)
    public func callAsFunction(_ z: Tensor) -> Tensor { output(hidden(z).relu()) }

    /// The loss on `rows` of `z` against `targets` (one probability per row).
    /// - Complexity: O(rows × W × H)
    public func loss(_ z: Tensor, rows: [Int32], targets: [Float]) -> Tensor {
        let logits = self(z.gatherRows(rows))
        return Losses.binaryCrossEntropyWithLogits(logits, targets: try! Matrix(rows: rows.count, columns: 1, values: targets))
    }

    /// `hidden.*`, `output.*`.
    public var namedParameters: [NamedParameter] {
        hidden.namedParameters.prefixed("hidden") + output.namedParameters.prefixed("output")
    }
}

extension ProbabilityHead {
    /// A fresh head for `width`-wide embeddings. - Complexity: O(width × hidden)
    public init(width: Int, hidden: Int, generator: inout SeededGenerator) {
        self.init(hidden: Linear(inputSize: width, outputSize: hidden, generator: &generator),
                  output: Linear(inputSize: hidden, outputSize: 1, generator: &generator))
    }
}
