import GNN
import GraphCore
import Testing

/// Batch normalisation against hand-worked values (PyTorch `BatchNorm1d` semantics).
struct BatchNormTests {
    /// Column [1, 3]: batch mean 2, biased variance 1, so y = ±1/√(1 + ε); the running mean
    /// moves to 0.1 · 2 and the running variance to 0.9 · 1 + 0.1 · 2 (unbiased variance 2).
    @Test func trainingStepAndRunningStatistics() {
        let norm = BatchNorm(features: 1, epsilon: 0)
        let y = norm(Tensor(Matrix([[1], [3]])), training: true)
        #expect(y.value == Matrix([[-1], [1]]))
        #expect(norm.running.mean == Matrix([[0.2]]))
        #expect(abs(norm.running.variance[0, 0] - 1.1) < 1e-6)
        let inference = norm(Tensor(Matrix([[0.2], [1.3]])), training: false)
        #expect(abs(inference.value[0, 0]) < 1e-6)
        #expect(abs(inference.value[1, 0] - 1.1 / Float(1.1).squareRoot()) < 1e-5)
    }

    @Test func scaleAndShiftApply() {
        // Column 0 normalises to ∓1 (then ·2 + 0.5); the constant column 1 to 0 (then −1).
        let norm = BatchNorm(scale: .parameter(Matrix([[2, 1]])), shift: .parameter(Matrix([[0.5, -1]])))
        let y = norm(Tensor(Matrix([[0, 10], [2, 10]])), training: true).value
        let expected: [Float] = [-1.5, -1, 2.5, -1]
        #expect(zip(y.values, expected).allSatisfy { abs($0 - $1) < 1e-4 })
    }
}
