import GraphCore

extension QuantumObservable {
    /// The smallest eigenvalue, by Lanczos iteration from a seeded random start with full
    /// reorthogonalisation (Lanczos 1950; Golub & Van Loan §10.1), run until the Krylov space is
    /// invariant or spans the whole space, and the tridiagonal matrix's lowest eigenvalue by
    /// Sturm-sequence bisection (Golub & Van Loan §8.4) — exact up to rounding on the small
    /// spaces of architecture search.
    /// - Complexity: O(k × (apply + k × 2ⁿ)) for k ≤ 2ⁿ Lanczos steps.
    public func groundEnergy(seed: UInt64 = 1) -> Double {
        let dimension = 1 << qubitCount
        var generator = SeededGenerator(seed: seed)
        var start = Statevector(amplitudes: (0 ..< dimension).map { _ in
            Complex(Double(generator.nextGaussian()), Double(generator.nextGaussian()))
        })
        start.scale(by: 1 / start.normSquared.squareRoot())
        var basis = [start], alphas: [Double] = [], betas: [Double] = []
        while true {
            let q = basis[basis.count - 1]
            var w = apply(to: q)
            alphas.append(q.innerProduct(w).re)
            for _ in 0 ..< 2 {  // twice is enough (Giraud et al. 2005)
                for v in basis { w.subtract(v.innerProduct(w), times: v) }
            }
            let beta = w.normSquared.squareRoot()
            if basis.count == dimension || beta < 1e-10 { break }
            betas.append(beta)
            w.scale(by: 1 / beta)
            basis.append(w)
        }
        return Self.lowestEigenvalue(diagonal: alphas, offDiagonal: betas)
    }

    /// The lowest eigenvalue of a symmetric tridiagonal matrix, by bisection on the count of
    /// negative pivots of `T − σI` (Sturm). - Complexity: O(n × 200)
    static func lowestEigenvalue(diagonal a: [Double], offDiagonal b: [Double]) -> Double {
        var radius = 0.0  // Gershgorin: every eigenvalue lies within max |aᵢ| + |bᵢ₋₁| + |bᵢ|
        for i in a.indices {
            radius = max(radius, abs(a[i]) + (i > 0 ? abs(b[i - 1]) : 0) + (i < b.count ? abs(b[i]) : 0))
        }
        var low = -radius - 1, high = radius + 1
        func eigenvaluesBelow(_ sigma: Double) -> Int {
            var count = 0, pivot = 1.0
            for i in a.indices {
                let coupling = i > 0 ? b[i - 1] * b[i - 1] : 0
                pivot = a[i] - sigma - (i > 0 ? coupling / (pivot == 0 ? .leastNonzeroMagnitude : pivot) : 0)
                if pivot < 0 { count += 1 }
            }
            return count
        }
        for _ in 0 ..< 200 where high - low > 1e-14 * max(1, abs(low)) {
            let middle = (low + high) / 2
            if eigenvaluesBelow(middle) >= 1 { high = middle } else { low = middle }
        }
        return (low + high) / 2
    }
}

extension Statevector {
    /// `self *= factor`. - Complexity: O(2ⁿ)
    mutating func scale(by factor: Double) {
        storage.withUnsafeMutableBufferPointer { s in for i in s.indices { s[i] *= factor } }
    }

    /// `self −= c · other`. - Complexity: O(2ⁿ)
    mutating func subtract(_ c: Complex, times other: Statevector) {
        let n = dimension
        storage.withUnsafeMutableBufferPointer { s in
            other.storage.withUnsafeBufferPointer { o in
                for k in 0 ..< n {
                    s[2 * k] -= c.re * o[2 * k] - c.im * o[2 * k + 1]
                    s[2 * k + 1] -= c.re * o[2 * k + 1] + c.im * o[2 * k]
                }
            }
        }
    }
}
