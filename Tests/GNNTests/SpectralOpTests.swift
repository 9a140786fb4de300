import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

private func n(_ r: Int, _ c: Int, _ seed: UInt64) -> Matrix { Inputs.normal(r, c, seed: seed) }

/// The spectral primitives and the ops composed from them, against finite differences.
let spectralCases: [OpCase] = [
    OpCase(name: "eigenvalues (non-symmetric input, symmetric part used)", inputs: { [n(4, 4, 201)] }) {
        $0[0].symmetricEigen().values
    },
    OpCase(name: "eigenvectors", inputs: { [n(4, 4, 202)] }) { $0[0].symmetricEigen().vectors },
    OpCase(name: "eigenvectors of a Gram matrix", inputs: { [n(5, 3, 203)] }) {
        $0[0].matmul($0[0], transposeSelf: true).symmetricEigen().vectors
    },
    OpCase(name: "leftSingularVectors rank 2", inputs: { [n(4, 4, 204)] }) { $0[0].leftSingularVectors(rank: 2) },
    OpCase(name: "leftSingularVectors W Zᵀ refinement", inputs: { [n(4, 4, 205), n(2, 2, 206)] }) {
        let z = $0[0].leftSingularVectors(rank: 2)
        return z.matmul($0[1]).matmul(z, transposeOther: true)
    },
    OpCase(name: "nuclearNorm square", inputs: { [n(3, 3, 207)] }) { $0[0].nuclearNorm() },
    OpCase(name: "nuclearNorm wide", inputs: { [n(2, 4, 208)] }) { $0[0].nuclearNorm() },
    OpCase(name: "nuclearNorm tall", inputs: { [n(4, 2, 209)] }) { $0[0].nuclearNorm() },
    OpCase(name: "binaryConcrete τ = 0.5", inputs: { [n(3, 4, 210)] }) {
        var rng = SeededGenerator(seed: 211)
        let noise = Matrix(rows: 3, columns: 4).map { _ in 0.05 + 0.9 * rng.nextUnitFloat() }
        return $0[0].binaryConcrete(noise: noise, temperature: 0.5)
    },
]

@Suite("Spectral ops: eigendecomposition, nuclear norm, singular vectors, binary concrete")
struct SpectralOpTests {
    @Test(arguments: spectralCases)
    func gradientMatchesFiniteDifferences(_ op: OpCase) {
        let mismatches = GradientCheck().mismatches(op.inputs(), seed: 99, op.apply)
        #expect(mismatches.isEmpty, "\(op.name) (seed 99): \(mismatches.prefix(4))")
    }

    @Test func eigendecompositionReconstructsTheSymmetricPart() {
        let a = Matrix([[2, 1, 0], [3, -1, 4], [0, 2, 5]])
        let (values, vectors) = Tensor(a).symmetricEigen()
        #expect(values.value.values == values.value.values.sorted(by: >))
        for i in 0 ..< 3 {
            for j in 0 ..< 3 {
                var total: Float = 0
                for k in 0 ..< 3 { total += vectors.value[i, k] * values.value[0, k] * vectors.value[j, k] }
                #expect(abs(total - 0.5 * (a[i, j] + a[j, i])) < 1e-5, "entry (\(i), \(j))")
            }
        }
    }

    @Test func eigenvectorSignsFollowTheLargestEntry() {
        let (_, vectors) = Tensor(Matrix([[0, 0, 0], [0, 3, 0], [0, 0, -2]])).symmetricEigen()
        // Eigenvalues 3, 0, −2 with eigenvectors e₁, e₀, e₂, each with a +1.
        #expect(vectors.value == Matrix([[0, 1, 0], [1, 0, 0], [0, 0, 1]]))
    }

    @Test func nuclearNormOfHandWorkedMatrices() {
        // [[3, 0], [4, 0]] has singular values 5 and 0.
        #expect(abs(Tensor(Matrix([[3, 0], [4, 0]])).nuclearNorm().value[0, 0] - 5) < 1e-3)
        // For a 2×2 matrix, (σ₁ + σ₂)² = ‖A‖²_F + 2|det A| = 30 + 4.
        #expect(abs(Tensor(Matrix([[1, 2], [3, 4]])).nuclearNorm().value[0, 0] - Float(34).squareRoot()) < 1e-4)
    }

    @Test func binaryConcreteMeanApproachesTheBernoulliProbability() {
        let logits = Matrix([[-1.5, 0, 2]])
        var rng = SeededGenerator(seed: 5)
        var mean = [Double](repeating: 0, count: 3)
        let draws = 4000
        for _ in 0 ..< draws {
            let noise = logits.map { _ in max(rng.nextUnitFloat(), 1e-7) }
            let sample = Tensor(logits).binaryConcrete(noise: noise, temperature: 0.01).value
            for j in 0 ..< 3 { mean[j] += Double(sample[0, j]) / Double(draws) }
        }
        for j in 0 ..< 3 {
            let p = 1 / (1 + Foundation.exp(-Double(logits[0, j])))
            #expect(abs(mean[j] - p) < 4 * (p * (1 - p) / Double(draws)).squareRoot() + 1e-3, "logit \(logits[0, j])")
        }
    }
}
