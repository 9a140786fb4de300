import Foundation
import GraphCore

extension ArchitectureSearch {
    /// Bayesian optimisation settings: a surrogate with a Bayesian last layer (DNGO, Snoek et al.
    /// 2015, as arch2vec searches) whose features are random Fourier features of the latent point
    /// (Rahimi & Recht 2007; the Bayesian linear model on them approximates a GP with an RBF
    /// kernel, its length scale the median distance between pool points), expected improvement
    /// (Jones et al. 1998) over every unvisited circuit, the best `batch` taken per refit.
    struct BayesianSettings {
        static let initialRandom = 20
        static let batch = 20
        static let features = 64
        /// Prior precision of the weights and precision of the noise, on standardised rewards.
        static let weightPrecision = 1.0
        static let noisePrecision = 25.0
        static let exploration = 0.01
    }

    static func bayesianOptimisation(_ state: inout RunState, _ oracle: RewardOracle, _ generator: inout SeededGenerator) throws {
        typealias S = BayesianSettings
        let pool = state.pool, n = pool.count, D = S.features
        let phi = try randomFeatures(pool, count: D, generator: &generator)
        for _ in 0 ..< min(S.initialRandom, state.budget) {
            var index = generator.nextIndex(below: n)
            while state.visited[index] { index = generator.nextIndex(below: n) }
            _ = try state.evaluate(index, oracle)
        }
        while !state.isDone {
            let rewards = state.rewards
            let mean = rewards.reduce(0, +) / Double(rewards.count)
            let std = max((rewards.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(rewards.count)).squareRoot(), 1e-6)
            let y = rewards.map { ($0 - mean) / std }
            // A = αI + β ΦᵀΦ over the observed circuits, m = β A⁻¹ Φᵀ y.
            let observed = phi.gatherRows(state.indices.map(Int32.init))
            var a = Matrix.product(observed, transposed: true, observed)
            a.withUnsafeMutableValues { values in
                for i in values.indices { values[i] *= Float(S.noisePrecision) }
                for k in 0 ..< D { values[k * D + k] += Float(S.weightPrecision) }
            }
            let inverse = symmetricInverse(a)
            let projected = try Matrix(rows: 1, columns: y.count, values: y.map(Float.init)).matmul(observed)  // yᵀΦ
            let weights = Matrix.product(inverse, transposed: false, projected, transposed: true)  // D × 1, times β below
            let means = phi.matmul(weights)
            let spread = phi.matmul(inverse)
            let best = y.max()!
            var scored: [(ei: Double, index: Int)] = []
            scored.reserveCapacity(n)
            for i in 0 ..< n where !state.visited[i] {
                var variance = 1 / S.noisePrecision
                for k in 0 ..< D { variance += Double(spread[i, k] * phi[i, k]) }
                let mu = S.noisePrecision * Double(means[i, 0]), sigma = max(variance, 1e-12).squareRoot()
                scored.append((expectedImprovement(mean: mu, deviation: sigma, best: best + S.exploration), i))
            }
            scored.sort { ($0.ei, $1.index) > ($1.ei, $0.index) }
            for (_, index) in scored.prefix(min(S.batch, state.budget - state.rewards.count)) {
                _ = try state.evaluate(index, oracle)
            }
            if scored.isEmpty { return }
        }
    }

    /// `E[max(f − best, 0)]` for `f ~ N(mean, deviation²)`. - Complexity: O(1)
    static func expectedImprovement(mean: Double, deviation: Double, best: Double) -> Double {
        let gain = mean - best, z = gain / deviation
        let cdf = 0.5 * erfc(-z / Double(2).squareRoot())
        let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
        return gain * cdf + deviation * density
    }

    /// `√(2/D) cos(x W + b)` of every pool point, `W ~ N(0, ℓ⁻²)`, `b ~ U[0, 2π)`.
    /// - Complexity: O(pool × d × D)
    static func randomFeatures(_ pool: SearchPool, count D: Int, generator: inout SeededGenerator) throws -> Matrix {
        let n = pool.count, d = pool.dimension
        var distances: [Float] = []
        for _ in 0 ..< 256 {
            let i = generator.nextIndex(below: n), j = generator.nextIndex(below: n)
            distances.append(zip(pool.point(i), pool.point(j)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot())
        }
        let lengthScale = max(distances.sorted()[distances.count / 2], 1e-3)
        var w = Matrix(rows: d, columns: D)
        w.withUnsafeMutableValues { values in for k in values.indices { values[k] = generator.nextGaussian() / lengthScale } }
        let shifts = (0 ..< D).map { _ in 2 * Float.pi * generator.nextUnitFloat() }
        var features = (try Matrix(rows: n, columns: d, values: pool.embeddings)).matmul(w)
        let scale = (2 / Float(D)).squareRoot()
        features.withUnsafeMutableValues { values in
            for i in 0 ..< n { for k in 0 ..< D { values[i * D + k] = scale * cos(values[i * D + k] + shifts[k]) } }
        }
        return features
    }

    /// The inverse of a symmetric positive-definite matrix through its eigendecomposition.
    /// - Complexity: O(D³)
    static func symmetricInverse(_ a: Matrix) -> Matrix {
        let (values, vectors) = a.symmetricEigendecomposition()
        let n = a.rows
        var inverse = Matrix(rows: n, columns: n)
        for i in 0 ..< n {
            for j in 0 ..< n {
                var sum = 0.0
                for k in 0 ..< n { sum += vectors[i * n + k] * vectors[j * n + k] / values[k] }
                inverse[i, j] = Float(sum)
            }
        }
        return inverse
    }
}
