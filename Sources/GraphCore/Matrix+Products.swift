import CBLAS

extension Matrix {
    /// The product `op(a) · op(b)` where `op` transposes when asked, computed by BLAS `sgemm`.
    ///
    /// - Precondition: inner dimensions agree.
    /// - Complexity: O(m × n × k) for an `m × k` by `k × n` product.
    public static func product(_ a: Matrix, transposed transposeA: Bool = false,
                               _ b: Matrix, transposed transposeB: Bool = false) -> Matrix {
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows
        let n = transposeB ? b.rows : b.columns
        precondition(k == kb, "cannot multiply \(transposeA ? "(\(a.rows)×\(a.columns))ᵀ" : "\(a.rows)×\(a.columns)") by \(transposeB ? "(\(b.rows)×\(b.columns))ᵀ" : "\(b.rows)×\(b.columns)")")
        var c = Matrix(rows: m, columns: n)
        if m == 0 || n == 0 || k == 0 { return c }
        a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableValues { pc in
                    cblas_sgemm(CblasRowMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                blasInt(m), blasInt(n), blasInt(k), 1,
                                pa.baseAddress, blasInt(max(a.columns, 1)),
                                pb.baseAddress, blasInt(max(b.columns, 1)),
                                0, pc.baseAddress, blasInt(max(n, 1)))
                }
            }
        }
        return c
    }

    /// `self · other`. - Complexity: O(m × n × k)
    public func matmul(_ other: Matrix) -> Matrix { Matrix.product(self, other) }
}

/// Converts a dimension to the BLAS integer type, trapping if it does not fit.
@inline(__always)
private func blasInt(_ value: Int) -> blasint { blasint(value) }
