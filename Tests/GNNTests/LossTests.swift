import Foundation
import GNN
import GraphCore
import Testing

@Suite("Losses against hand-computed values")
struct LossTests {
    static func softplus(_ x: Double) -> Double { Foundation.log(1 + Foundation.exp(x)) }

    @Test func binaryCrossEntropyWithLogits() {
        let loss = Losses.binaryCrossEntropyWithLogits(Tensor(Matrix([[0, 2, -3]])), targets: Matrix([[1, 0, 1]]))
        let expected = (Foundation.log(2.0) + Self.softplus(2) + Self.softplus(-3) + 3) / 3
        #expect(abs(Double(loss.value[0, 0]) - expected) < 1e-6)
    }

    @Test func binaryCrossEntropyIsStableForLargeLogits() throws {
        let logits = Tensor.parameter(Matrix([[100, -100]]))
        let loss = Losses.binaryCrossEntropyWithLogits(logits, targets: Matrix([[0, 1]]))
        #expect(abs(loss.value[0, 0] - 100) < 1e-4)
        try loss.backward()
        #expect(logits.gradient!.maxAbsDifference(Matrix([[0.5, -0.5]])) < 1e-6)
    }

    @Test func meanSquaredError() {
        let loss = Losses.meanSquaredError(Tensor(Matrix([[1, 2, 3]])), targets: Matrix([[1, 0, 0]]))
        #expect(abs(loss.value[0, 0] - 13.0 / 3) < 1e-6)
    }

    @Test func crossEntropyPicksTheLabel() {
        let logp = Tensor(Matrix([[1, 2, 3], [1, 1, 1]])).logSoftmax()
        let loss = Losses.crossEntropy(logProbabilities: logp, labels: [2, 0])
        let row0 = 3 - Foundation.log(exp(1.0) + exp(2.0) + exp(3.0)), row1 = -Foundation.log(3.0)
        #expect(abs(Double(loss.value[0, 0]) + (row0 + row1) / 2) < 1e-6)
    }

    @Test func klDivergenceOfDiagonalGaussian() {
        // Row terms: (1 + 0 − 1 − 1) + (1 + 2 ln 2 − 0 − 4).
        let loss = Losses.klDivergence(mu: Tensor(Matrix([[1, 0]])), logstd: Tensor(Matrix([[0, Float(Foundation.log(2.0))]])))
        #expect(abs(Double(loss.value[0, 0]) - (-0.5 * (-1 + (-3 + 2 * Foundation.log(2.0))))) < 1e-5)
    }

    @Test func klDivergenceClampsLogstd() throws {
        #expect(Losses.MAX_LOGSTD == 10)
        let logstd = Tensor.parameter(Matrix([[50, 0.5]]))
        let loss = Losses.klDivergence(mu: Tensor(Matrix([[0, 0]])), logstd: logstd)
        let clampedTerm = 1 + 2 * 10 - exp(10.0) * exp(10.0)
        let freeTerm = 1 + 2 * 0.5 - exp(1.0)
        #expect(abs(Double(loss.value[0, 0]) / (-0.5 * (clampedTerm + freeTerm)) - 1) < 1e-5)
        try loss.backward()
        #expect(logstd.gradient![0, 0] == 0)
        #expect(abs(logstd.gradient![0, 1] - Float(-0.5 * (2 - 2 * exp(1.0)))) < 1e-5)
    }
}
