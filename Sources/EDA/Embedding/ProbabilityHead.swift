import GNN
import GraphCore

/// Signal-probability regression (DeepGate, Li et al. 2022): a two-layer MLP reads a variable's
/// embedding and predicts the probability that it is 1 under uniformly random inputs, trained
/// against simulation with binary cross-entropy on soft targets (minimal exactly at the true
/// probability).
///
/// With ``usesPrior`` the head also reads each variable's ``IndependencePrior`` probability and
/// predicts a correction to its logit: `logit = logit(prior) + MLP([z, prior])`, so an untrained
/// head already predicts the independence estimate and training learns where reconvergence
/// breaks it.
///
/// **Shapes:** embeddings `N × W` → logits `N × 1`.
public struct ProbabilityHead: Layer {
    /// `W → H`.
    public let hidden: Linear
    /// `H → 1`.
    public let output: Linear
    /// Whether the head reads the independence prior (then `hidden` is `W + 1` wide).
    public let usesPrior: Bool

    /// A head over existing layers. - Complexity: O(1)
    public init(hidden: Linear, output: Linear, usesPrior: Bool = false) {
        self.hidden = hidden
        self.output = output
        self.usesPrior = usesPrior
    }

    /// Logits without the prior (apply `sigmoid()` for probabilities). - Complexity: O(N × W × H)
    public func callAsFunction(_ z: Tensor) -> Tensor {
        precondition(!usesPrior, "this head needs the prior: call logits(_:prior:)")
        return output(hidden(z).relu())
    }

    /// Logits of the rows of `z`, given each row's independence probability when ``usesPrior``.
    /// - Complexity: O(N × W × H)
    public func logits(_ z: Tensor, prior: [Float]) -> Tensor {
        guard usesPrior else { return self(z) }
        let column = try! Matrix(rows: prior.count, columns: 1, values: prior)
        let base = try! Matrix(rows: prior.count, columns: 1, values: prior.map(IndependencePrior.logit))
        return output(hidden(Tensor.concatColumns([z, Tensor(column, name: "prior")])).relu()) + Tensor(base, name: "priorLogit")
    }

    /// The loss on `rows` of `z` against `targets` (one probability per row); `prior` has one
    /// entry per row of `z`. - Complexity: O(rows × W × H)
    public func loss(_ z: Tensor, rows: [Int32], targets: [Float], prior: [Float]) -> Tensor {
        let logits = self.logits(z.gatherRows(rows), prior: usesPrior ? rows.map { prior[Int($0)] } : [])
        return Losses.binaryCrossEntropyWithLogits(logits, targets: try! Matrix(rows: rows.count, columns: 1, values: targets))
    }

    /// `hidden.*`, `output.*`.
    public var namedParameters: [NamedParameter] {
        hidden.namedParameters.prefixed("hidden") + output.namedParameters.prefixed("output")
    }
}

extension ProbabilityHead {
    /// A fresh head for `width`-wide embeddings. - Complexity: O(width × hidden)
    public init(width: Int, hidden: Int, usesPrior: Bool = false, generator: inout SeededGenerator) {
        self.init(hidden: Linear(inputSize: width + (usesPrior ? 1 : 0), outputSize: hidden, generator: &generator),
                  output: Linear(inputSize: hidden, outputSize: 1, generator: &generator), usesPrior: usesPrior)
    }
}
