import Foundation
import GraphCore

extension Losses {
    /// Balanced MSE in its batch-based Monte Carlo form (BMC; Ren et al., "Balanced MSE for
    /// Imbalanced Visual Regression", CVPR 2022, arXiv:2203.16427): the likelihood of each
    /// prediction's own target against the other targets of the batch, which stand in for the
    /// training label distribution, so frequent label values stop dominating:
    ///
    ///     L = −mean_i log softmax_j(−(pᵢ − yⱼ)² / 2σ²)[i] · 2σ²
    ///
    /// with σ² = exp(2 · `logNoise`) learnable and the factor 2σ² held constant (detached), as
    /// the paper's implementation does.
    ///
    /// **Shapes:** `predictions` `B × 1`; `targets.count == B`; `logNoise` `1 × 1`.
    /// - Complexity: O(B²)
    public static func balancedMSE(_ predictions: Tensor, targets: [Float], logNoise: Tensor) -> Tensor {
        let b = targets.count
        precondition(predictions.rows == b && predictions.columns == 1, "predictions \(predictions.value.shape) for \(b) targets")
        let row = Tensor(try! Matrix(rows: 1, columns: b, values: targets), name: "targets")
        let variance = (logNoise * 2).exp()
        let logits = -(predictions - row).squared() / (variance * 2)
        let scale = variance.value[0, 0] * 2
        return crossEntropy(logProbabilities: logits.logSoftmax(), labels: Array(0 ..< b)) * scale
    }

    /// Balanced softmax cross-entropy (Ren et al., "Balanced Meta-Softmax for Long-Tailed Visual
    /// Recognition", NeurIPS 2020, arXiv:2007.10740): the cross-entropy of `logits + log πᶜ`,
    /// with πᶜ the training frequency of class c, so the rare classes are not drowned out;
    /// at prediction the plain `logits` are used.
    ///
    /// **Shapes:** `logits` `N × C`; `classPrior.count == C` (positive, any scale); `labels.count == N`.
    /// - Complexity: O(N × C)
    public static func balancedSoftmaxCrossEntropy(_ logits: Tensor, labels: [Int], classPrior: [Float]) -> Tensor {
        precondition(classPrior.count == logits.columns && classPrior.allSatisfy { $0 > 0 }, "the class prior needs \(logits.columns) positive entries")
        let total = classPrior.reduce(0, +)
        let logPrior = try! Matrix(rows: 1, columns: classPrior.count, values: classPrior.map { Foundation.log($0 / total) })
        return crossEntropy(logProbabilities: (logits + Tensor(logPrior, name: "logPrior")).logSoftmax(), labels: labels)
    }
}
