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

    @Test func meanAbsoluteError() {
        let loss = Losses.meanAbsoluteError(Tensor(Matrix([[1, 2, 3]])), targets: Matrix([[1, 0, 4]]))
        #expect(abs(loss.value[0, 0] - 1) < 1e-6)
    }

    @Test("Cosines of row pairs: parallel, 3-4-5 triangles, a zero row")
    func pairCosines() {
        let x = Tensor(Matrix([[3, 4], [4, 3], [0, 2], [0, 0], [-6, -8]]))
        let cosines = x.pairCosines([0, 0, 1, 0, 0], [1, 2, 1, 3, 4]).value.values
        for (got, expected) in zip(cosines, [Float(24) / 25, 0.8, 1, 0, -1]) {
            #expect(abs(got - expected) < 1e-6, "\(cosines)")
        }
    }

    @Test("InfoNCE: a positive and a memory bank; two pairs in one batch; nothing to contrast")
    func infoNCE() {
        // cos(q, k) = 1, cos(q, n₁) = 0, cos(q, n₂) = −1; τ = 0.5 gives logits 2, 0, −2.
        let bank = Losses.infoNCE(queries: Tensor(Matrix([[1, 0]])), keys: Tensor(Matrix([[2, 0]])),
                                  negatives: Matrix([[0, 3], [-1, 0]]), temperature: 0.5)
        #expect(abs(Double(bank.value[0, 0]) - Foundation.log(1 + exp(-2.0) + exp(-4.0))) < 1e-6)
        // Query 0 meets keys at cosines 1 and 1/√2, query 1 at 0 and 1/√2 (its positive).
        let batch = Losses.infoNCE(queries: Tensor(Matrix([[1, 0], [0, 1]])), keys: Tensor(Matrix([[1, 0], [1, 1]])),
                                   negatives: Matrix(rows: 0, columns: 2), temperature: 1)
        let r = 1 / 2.0.squareRoot()
        let expected = ((-1 + Foundation.log(exp(1) + exp(r))) + (-r + Foundation.log(1 + exp(r)))) / 2
        #expect(abs(Double(batch.value[0, 0]) - expected) < 1e-6)
        let alone = Losses.infoNCE(queries: Tensor(Matrix([[1, 2]])), keys: Tensor(Matrix([[3, -1]])),
                                   negatives: Matrix(rows: 0, columns: 2), temperature: 0.1)
        #expect(abs(alone.value[0, 0]) < 1e-6)
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
