import GraphCore

extension Tensor {
    /// Eigenvector gaps below this (relative to the largest eigenvalue magnitude, at least 1)
    /// are softened in the eigenvector backward: `1/(λₖ − λᵢ)` becomes `d/(d² + ε²)`, so
    /// (near-)repeated eigenvalues give a bounded gradient instead of an infinite one.
    public static let eigenGapEpsilon: Double = 1e-6

    /// The eigendecomposition of the symmetric part of this square matrix (LAPACK `dsyev`, see
    /// `Matrix.symmetricEigendecomposition()`): eigenvalues in descending order and their unit
    /// eigenvectors as columns, each sign fixed by its largest entry.
    ///
    /// Two primitives share one decomposition `A = U diag(λ) Uᵀ`; their backward rules (computed
    /// in double precision, then symmetrised because the forward reads `(A + Aᵀ)/2`) are
    ///
    ///     eigenvalues:   Ā = U diag(λ̄) Uᵀ
    ///     eigenvectors:  Ā = U (F ∘ (Uᵀ Ū)) Uᵀ,   F_ik = 1/(λ_k − λ_i) for i ≠ k, F_kk = 0
    ///
    /// (Magnus 1985, "On differentiating eigenvalues and eigenvectors"; Ionescu et al. 2015,
    /// "Matrix backpropagation for deep networks with structured layers"). The eigenvector
    /// gradient is exact where eigenvalues are distinct; near ties it is softened by
    /// ``eigenGapEpsilon``.
    ///
    /// **Shapes:** `n × n` → `values` `1 × n`, `vectors` `n × n`.
    /// - Complexity: O(n³) forward and backward.
    public func symmetricEigen() -> (values: Tensor, vectors: Tensor) {
        let n = rows
        let (lambda, u) = value.symmetricEigendecomposition()
        let values = try! Matrix(rows: 1, columns: n, values: lambda.map { Float($0) })
        let vectors = try! Matrix(rows: n, columns: n, values: u.map { Float($0) })
        let valueTensor = Tensor.record("eigenvalues", value: values, parents: [self]) { g, _ in
            // U diag(λ̄) Uᵀ is symmetric already.
            [EigenBackward.sandwich(u, n) { i, k in i == k ? Double(g.values[k]) : 0 }]
        }
        let scale = Swift.max(1, lambda.map(abs).max() ?? 0)
        let epsilon = Tensor.eigenGapEpsilon * scale
        let vectorTensor = Tensor.record("eigenvectors", value: vectors, parents: [self]) { g, _ in
            // Uᵀ Ū, then F ∘ (Uᵀ Ū), then U (·) Uᵀ symmetrised.
            var projected = [Double](repeating: 0, count: n * n)
            for i in 0 ..< n {
                for k in 0 ..< n {
                    var total = 0.0
                    for r in 0 ..< n { total += u[r * n + i] * Double(g.values[r * n + k]) }
                    projected[i * n + k] = total
                }
            }
            return [EigenBackward.sandwich(u, n) { i, k in
                guard i != k else { return 0 }
                let gap = lambda[k] - lambda[i]
                return projected[i * n + k] * gap / (gap * gap + epsilon * epsilon)
            }]
        }
        return (valueTensor, vectorTensor)
    }
}

/// The shared last step of the eigen backward rules.
enum EigenBackward {
    /// `sym(U M Uᵀ)` for an `n × n` `M` given entry by entry, in double precision, as a `Matrix`.
    /// - Complexity: O(n³)
    static func sandwich(_ u: [Double], _ n: Int, _ m: (Int, Int) -> Double) -> Matrix {
        var inner = [Double](repeating: 0, count: n * n)
        for i in 0 ..< n { for k in 0 ..< n { inner[i * n + k] = m(i, k) } }
        var left = [Double](repeating: 0, count: n * n)  // U M
        for r in 0 ..< n {
            for k in 0 ..< n {
                var total = 0.0
                for i in 0 ..< n { total += u[r * n + i] * inner[i * n + k] }
                left[r * n + k] = total
            }
        }
        var full = [Double](repeating: 0, count: n * n)  // (U M) Uᵀ
        for r in 0 ..< n {
            for c in 0 ..< n {
                var total = 0.0
                for k in 0 ..< n { total += left[r * n + k] * u[c * n + k] }
                full[r * n + c] = total
            }
        }
        var result = Matrix(rows: n, columns: n)
        for r in 0 ..< n {
            for c in 0 ..< n { result[r, c] = Float(0.5 * (full[r * n + c] + full[c * n + r])) }
        }
        return result
    }
}
