import GraphCore

extension Tensor {
    /// The matrix product `op(self) · op(other)`, `op` transposing when asked, computed by BLAS
    /// `sgemm`. Backward: for `C = A·B`, `dA = dC·Bᵀ` and `dB = Aᵀ·dC` (transposed variants
    /// follow), each one more `sgemm` with transpose flags — no transposed copies are made.
    ///
    /// **Shapes:** `op(self)` is `m × k`, `op(other)` is `k × n`; the result is `m × n`.
    /// - Complexity: O(m × n × k) forward, twice that backward.
    public func matmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) -> Tensor {
        let a = value, b = other.value
        let tA = transposeSelf, tB = transposeOther
        return Tensor.record("matmul", value: Matrix.product(a, transposed: tA, b, transposed: tB),
                             parents: [self, other]) { g, needs in
            var da: Matrix?, db: Matrix?
            switch (tA, tB) {
            case (false, false):
                if needs[0] { da = Matrix.product(g, transposed: false, b, transposed: true) }
                if needs[1] { db = Matrix.product(a, transposed: true, g, transposed: false) }
            case (false, true):
                if needs[0] { da = Matrix.product(g, transposed: false, b, transposed: false) }
                if needs[1] { db = Matrix.product(g, transposed: true, a, transposed: false) }
            case (true, false):
                if needs[0] { da = Matrix.product(b, transposed: false, g, transposed: true) }
                if needs[1] { db = Matrix.product(a, transposed: false, g, transposed: false) }
            case (true, true):
                if needs[0] { da = Matrix.product(b, transposed: true, g, transposed: true) }
                if needs[1] { db = Matrix.product(g, transposed: true, a, transposed: true) }
            }
            return [da, db]
        }
    }
}
