import Foundation
import GraphCore

/// The signal probability of every variable under the independence assumption: inputs and
/// latches are fair coins and each AND's fanins are treated as independent, so
/// `p(a ∧ b) = p(a) · p(b)` with `p(¬a) = 1 − p(a)`. Exact on trees, wrong where fanin cones
/// reconverge; ``ProbabilityHead`` with a prior learns the correction on top of its logit.
public enum IndependencePrior {
    /// One probability per variable (0 for the constant and unused variables).
    /// - Complexity: O(M), one pass in variable (topological) order.
    public static func probabilities(_ aig: AIG) -> [Float] {
        var p = [Float](repeating: 0, count: aig.variableCount)
        func literal(_ l: UInt32) -> Float {
            let q = p[Int(l >> 1)]
            return l & 1 == 1 ? 1 - q : q
        }
        for v in 0 ..< aig.variableCount {
            switch aig.kinds[v] {
            case .input, .latch: p[v] = 0.5
            case .and: p[v] = literal(aig.fanin0[v]) * literal(aig.fanin1[v])
            case .constant, .unused: p[v] = 0
            }
        }
        return p
    }

    /// `log(p / (1 − p))` with `p` clamped to [1e-4, 1 − 1e-4]. - Complexity: O(1)
    public static func logit(_ p: Float) -> Float {
        let q = min(max(p, 1e-4), 1 - 1e-4)
        return log(q / (1 - q))
    }
}
