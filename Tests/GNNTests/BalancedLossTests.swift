import Foundation
import GraphCore
import Testing
@testable import GNN

/// Balanced MSE and balanced softmax cross-entropy against hand-computed cases.
struct BalancedLossTests {
    /// Predictions (0, 1), targets (0, 2), σ = 1: row 0's logits are (0, −2), row 1's
    /// (−½, −½), so the loss is 2σ² · ½ (log(1 + e⁻²) + log 2) = 0.126928 + 0.693147.
    @Test func balancedMSEHandComputed() throws {
        let predictions = Tensor(Matrix([[0], [1]]))
        let loss = Losses.balancedMSE(predictions, targets: [0, 2], logNoise: Tensor(Matrix([[0]])))
        #expect(abs(Double(loss.value[0, 0]) - (log(1 + exp(-2)) + log(2))) < 1e-5)
    }

    /// A perfect batch with well-separated targets costs almost nothing; the same predictions
    /// shuffled cost more: the loss ranks by fit, as MSE does.
    @Test func balancedMSEPrefersTheFit() {
        let noise = Tensor(Matrix([[-1]]))
        let targets: [Float] = [-2, 0, 2, 4]
        let fit = Losses.balancedMSE(Tensor(Matrix(targets.map { [$0] })), targets: targets, logNoise: noise).value[0, 0]
        let shuffled = Losses.balancedMSE(Tensor(Matrix([[0], [-2], [4], [2]])), targets: targets, logNoise: noise).value[0, 0]
        #expect(fit < 1e-3 && shuffled > 1)
    }

    /// Equal logits and a 3 : 1 prior: the adjusted log-probabilities are log ¾ and log ¼, so
    /// the rare label costs −log ¼ and the common one −log ¾.
    @Test func balancedSoftmaxHandComputed() {
        let logits = Tensor(Matrix([[0, 0], [0, 0]]))
        let loss = Losses.balancedSoftmaxCrossEntropy(logits, labels: [1, 0], classPrior: [3, 1])
        #expect(abs(Double(loss.value[0, 0]) - (-log(0.25) - log(0.75)) / 2) < 1e-5)
    }
}
