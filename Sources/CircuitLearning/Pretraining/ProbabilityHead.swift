import EDA
import Foundation
import GNN
import GraphCore

/// Signal-probability regression (DeepGate, Li et al. 2022): a two-layer MLP reads a variable's
/// embedding and predicts the probability that it is 1 under uniformly random inputs, trained
/// against simulation with binary cross-entropy on soft targets (minimal exactly at the true
/// probability).
///
/// With a ``Prior`` the head also reads each variable's analytic probability `p` (the model's
/// ``ProbabilityEstimate``: the cut estimate, or the independence estimate of older checkpoints):
/// ``Prior/residual`` predicts a correction to its logit, `logit(p) + MLP([z, p])`, so an
/// untrained head already predicts the estimate; ``Prior/input`` only feeds it,
/// `MLP([z, p, logit(p) / 8])`, and the MLP decides how far to trust it.
///
/// **Shapes:** embeddings `N × W` → logits `N × 1`.
public struct ProbabilityHead: Layer {
    /// `W → H`.
    public let hidden: Linear
    /// `H → 1`.
    public let output: Linear
    /// How the head uses the analytic prior.
    public enum Prior: String, Sendable, CaseIterable {
        /// Embeddings only.
        case none
        /// `logit(p) + MLP([z, p])`; `hidden` is `W + 1` wide.
        case residual
        /// `MLP([z, p, logit(p) / 8])`; `hidden` is `W + 2` wide.
        case input

        /// Extra input columns of the MLP. - Complexity: O(1)
        public var columns: Int { self == .none ? 0 : self == .residual ? 1 : 2 }
    }

    /// The head's use of the prior.
    public let prior: Prior

    /// Whether the head reads the analytic prior. - Complexity: O(1)
    public var usesPrior: Bool { prior != .none }

    /// A head over existing layers. - Complexity: O(1)
    public init(hidden: Linear, output: Linear, prior: Prior = .none) {
        self.hidden = hidden
        self.output = output
        self.prior = prior
    }

    /// Logits without the prior (apply `sigmoid()` for probabilities). - Complexity: O(N × W × H)
    public func callAsFunction(_ z: Tensor) -> Tensor {
        precondition(!usesPrior, "this head needs the prior: call logits(_:prior:)")
        return output(hidden(z).relu())
    }

    /// Logits of the rows of `z`, given each row's analytic probability when ``usesPrior``.
    /// - Complexity: O(N × W × H)
    public func logits(_ z: Tensor, prior: [Float]) -> Tensor {
        precondition(!usesPrior || prior.count == z.rows,
                     "the probability head needs one prior per row: prepare the circuit with the model's probability estimate")
        let n = prior.count
        let column = Tensor(try! Matrix(rows: n, columns: 1, values: prior), name: "prior")
        switch self.prior {
        case .none:
            return self(z)
        case .residual:
            let base = try! Matrix(rows: n, columns: 1, values: prior.map(Self.logit))
            return output(hidden(Tensor.concatColumns([z, column])).relu()) + Tensor(base, name: "priorLogit")
        case .input:
            let scaled = Tensor(try! Matrix(rows: n, columns: 1, values: prior.map { Self.logit($0) / 8 }), name: "priorLogit")
            return output(hidden(Tensor.concatColumns([z, column, scaled])).relu())
        }
    }

    /// The loss on `rows` of `z` against `targets` (one probability per row); `prior` has one
    /// entry per row of `z`. - Complexity: O(rows × W × H)
    public func loss(_ z: Tensor, rows: [Int32], targets: [Float], prior: [Float]) -> Tensor {
        precondition(!usesPrior || prior.count == z.rows,
                     "the probability head needs one prior per row: prepare the circuit with the model's probability estimate")
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
    public init(width: Int, hidden: Int, prior: Prior = .none, generator: inout SeededGenerator) {
        self.init(hidden: Linear(inputSize: width + prior.columns, outputSize: hidden, generator: &generator),
                  output: Linear(inputSize: hidden, outputSize: 1, generator: &generator), prior: prior)
    }
}

extension ProbabilityHead {
    /// `log(p / (1 − p))` with `p` clamped to [1e-4, 1 − 1e-4], the prior on the logit scale.
    /// - Complexity: O(1)
    public static func logit(_ p: Float) -> Float {
        let q = min(max(p, 1e-4), 1 - 1e-4)
        return log(q / (1 - q))
    }
}
