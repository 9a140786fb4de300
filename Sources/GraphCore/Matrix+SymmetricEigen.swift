import CBLAS

extension Matrix {
    /// The eigendecomposition `A = U diag(λ) Uᵀ` of the symmetric part `(A + Aᵀ)/2` of this
    /// square matrix, by LAPACK `dsyev` in double precision.
    ///
    /// Eigenvalues come in **descending** order, eigenvector `k` is column `k` of `vectors`, and
    /// each eigenvector's sign is fixed so that its entry of largest magnitude (the first one on
    /// ties) is positive — a convention that is locally constant, so the vectors are a smooth
    /// function of `A` wherever the eigenvalues are distinct.
    ///
    /// **Shapes:** `n × n` → `values` `n`, `vectors` `n × n`.
    /// - Precondition: the matrix is square and its entries are finite.
    /// - Complexity: O(n³).
    public func symmetricEigendecomposition() -> (values: [Double], vectors: [Double]) {
        precondition(rows == columns, "an eigendecomposition needs a square matrix, not \(rows)×\(columns)")
        precondition(values.allSatisfy(\.isFinite), "the eigendecomposition of a matrix with NaN or infinite entries is undefined")
        let n = rows
        if n == 0 { return ([], []) }
        // Column-major symmetric part (symmetric, so row- and column-major agree).
        var a = [Double](repeating: 0, count: n * n)
        for i in 0 ..< n {
            for j in 0 ..< n { a[i * n + j] = 0.5 * (Double(self[i, j]) + Double(self[j, i])) }
        }
        var ascending = [Double](repeating: 0, count: n)
        var size = blasint(n), info: blasint = 0
        var query = [Double](repeating: 0, count: 1), lwork: blasint = -1
        dsyev_("V", "U", &size, &a, &size, &ascending, &query, &lwork, &info)
        lwork = blasint(query[0])
        var work = [Double](repeating: 0, count: Int(lwork))
        dsyev_("V", "U", &size, &a, &size, &ascending, &work, &lwork, &info)
        precondition(info == 0, "LAPACK dsyev failed to converge (info \(info)) on a finite symmetric matrix")

        // LAPACK's column k (ascending) becomes our column n-1-k, stored row-major.
        var values = [Double](repeating: 0, count: n)
        var vectors = [Double](repeating: 0, count: n * n)
        for k in 0 ..< n {
            let column = (n - 1 - k) * n
            values[k] = ascending[n - 1 - k]
            var largest = 0
            for i in 1 ..< n where abs(a[column + i]) > abs(a[column + largest]) { largest = i }
            let sign: Double = a[column + largest] < 0 ? -1 : 1
            for i in 0 ..< n { vectors[i * n + k] = sign * a[column + i] }
        }
        return (values, vectors)
    }
}
