import GraphCore

/// Constant sparse node features `X` (e.g. bag-of-words), with the transpose cached for the
/// backward pass, so the first layer's `X · W` costs O(nnz × out) instead of O(V × in × out).
public struct SparseFeatures: Sendable {
    /// `X`, `V × in`.
    public let matrix: SparseMatrix
    /// `Xᵀ`, built once.
    let transpose: SparseMatrix
    /// Threads used by the products.
    public let threads: Int

    /// Wraps `matrix`, transposing it once. - Complexity: O(V + in + nnz)
    public init(_ matrix: SparseMatrix, threads: Int = Parallel.coreCount) {
        self.matrix = matrix
        transpose = matrix.transposed()
        self.threads = max(1, threads)
    }

    /// Number of rows (nodes). - Complexity: O(1)
    public var rows: Int { matrix.rows }
    /// Number of columns (features per node). - Complexity: O(1)
    public var columns: Int { matrix.columns }

    /// The product `X · W`, a primitive: backward `dW = Xᵀ · G` (X is constant).
    ///
    /// **Shapes:** `weight` is `in × out`; the result is `V × out`.
    /// - Complexity: O(nnz × out) forward and backward.
    public func matmul(_ weight: Tensor) -> Tensor {
        Tensor.record("sparseMatmul", value: matrix.multiply(weight.value, threads: threads), parents: [weight]) { g, _ in
            [transpose.multiply(g, threads: threads)]
        }
    }
}
