import GraphCore

/// The input features of a graph's nodes, in the form that makes the first layer cheapest.
public enum NodeFeatures: Sendable {
    /// No features: each node is its own one-hot row (`X = I`), as in the featureless runs of
    /// the GAE paper; `X · W` is `W` itself.
    case identity(nodeCount: Int)
    /// Dense features, `V × C`.
    case dense(Matrix)
    /// Sparse features (e.g. bag-of-words), `V × C`.
    case sparse(SparseFeatures)

    /// Number of nodes. - Complexity: O(1)
    public var nodeCount: Int {
        switch self {
        case .identity(let count): return count
        case .dense(let m): return m.rows
        case .sparse(let s): return s.rows
        }
    }

    /// Features per node (`C`). - Complexity: O(1)
    public var width: Int {
        switch self {
        case .identity(let count): return count
        case .dense(let m): return m.columns
        case .sparse(let s): return s.columns
        }
    }

    /// The features as a dense matrix, `V × C` (the identity for `.identity`).
    /// - Complexity: O(V × C)
    public var denseMatrix: Matrix {
        switch self {
        case .identity(let count):
            var m = Matrix(rows: count, columns: count)
            for i in 0 ..< count { m[i, i] = 1 }
            return m
        case .dense(let m): return m
        case .sparse(let s): return s.matrix.dense()
        }
    }

    /// The features as a sparse matrix, `V × C` (the identity's one 1 per row for `.identity`):
    /// a reconstruction target. - Complexity: O(V × C) dense, O(1) sparse, O(V) identity.
    public var sparseMatrix: SparseMatrix {
        switch self {
        case .identity(let count): return SparseMatrix(hotColumns: (0 ..< count).map { Int32($0) }, columns: count)
        case .dense(let m): return SparseMatrix(dense: m)
        case .sparse(let s): return s.matrix
        }
    }

    /// `X · W` on the tape.
    ///
    /// **Shapes:** `weight` is `C × out`; the result is `V × out`.
    /// - Complexity: O(V × C × out) dense, O(nnz × out) sparse, O(1) identity.
    public func project(_ weight: Tensor) -> Tensor {
        switch self {
        case .identity: return weight
        case .dense(let m): return Tensor(m, name: "features").matmul(weight)
        case .sparse(let s): return s.matmul(weight)
        }
    }

    /// The features with dropout applied to their entries (kept with probability `1 − p`,
    /// scaled by `1 / (1 − p)`); one-hot identity features are left as they are.
    /// - Complexity: O(nnz) sparse, O(V × C) dense, O(1) identity.
    public func droppingEntries(probability p: Float, using generator: inout SeededGenerator) -> NodeFeatures {
        guard p > 0 else { return self }
        switch self {
        case .identity: return self
        case .sparse(let s):
            return .sparse(SparseFeatures(s.matrix.droppingEntries(probability: p, using: &generator), threads: s.threads))
        case .dense(let m):
            let scale = 1 / (1 - p)
            return .dense(m.map { generator.nextUnitFloat() < p ? 0 : $0 * scale })
        }
    }

    /// The features of `nodes`, in that order (a sampled mini-batch's rows); identity features
    /// become their one-hot rows. - Complexity: O(|nodes| × C) dense, O(|nodes| + their entries)
    /// sparse and identity.
    public func gatheringRows(_ nodes: [Int32]) -> NodeFeatures {
        switch self {
        case .identity(let count):
            return .sparse(SparseFeatures(SparseMatrix(hotColumns: nodes, columns: count), threads: 1))
        case .dense(let m): return .dense(m.gatherRows(nodes))
        case .sparse(let s): return .sparse(SparseFeatures(s.matrix.gatheringRows(nodes), threads: s.threads))
        }
    }

    /// Features for a dataset: sparse when at most a quarter of the entries are non-zero,
    /// rows divided by their sums first when `normalizeRows` (PyG's `NormalizeFeatures`);
    /// the identity when there are none. - Complexity: O(V × C)
    public static func from(_ matrix: Matrix?, nodeCount: Int, normalizeRows: Bool = true,
                            threads: Int = Parallel.coreCount) -> NodeFeatures {
        guard let matrix else { return .identity(nodeCount: nodeCount) }
        let sparse = SparseMatrix(dense: matrix)
        if sparse.nonzeroCount * 4 <= matrix.rows * matrix.columns {
            return .sparse(SparseFeatures(normalizeRows ? sparse.rowSumNormalized() : sparse, threads: threads))
        }
        return .dense(normalizeRows ? matrix.rowSumNormalized() : matrix)
    }
}
