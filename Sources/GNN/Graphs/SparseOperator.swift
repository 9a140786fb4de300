import GraphCore

/// A fixed sparse matrix `A` for `A · X` products on the tape, with its transpose built once.
///
/// Row `i` of `A · X` is `Σₑ w(e) · X[targets[e]]` over row `i`'s stored edges (GraphCore's CSR
/// `spmm`). The backward pass needs `Aᵀ · G`; building the transposed CSR and the edge
/// permutation costs O(V + E), so it happens here, once per operator, not once per step.
///
/// Build one per graph and normalisation (``MessageGraph`` caches them) and reuse it every epoch.
public struct SparseOperator: Sendable {
    /// The CSR structure of `A`.
    public let graph: Graph
    /// The entry of each stored edge; `nil` means every entry is 1.
    public let edgeValues: [Float]?
    /// The CSR structure of `Aᵀ`.
    let transpose: Graph
    /// `transposeValues[k] = edgeValues[permutation[k]]`.
    let transposeValues: [Float]?
    /// For each edge of `transpose`, the index of the same edge in `graph` (gather indices).
    let permutation: [Int32]
    /// Threads used by the products.
    public let threads: Int

    /// An operator over `graph` whose entries are `edgeValues`, else the graph's weights, else 1.
    /// - Complexity: O(V + E)
    public init(_ graph: Graph, edgeValues: [Float]? = nil, threads: Int = Parallel.coreCount) {
        let values = edgeValues ?? graph.edgeWeights
        precondition(values == nil || values!.count == graph.edgeCount,
                     "\(values?.count ?? 0) edge values for \(graph.edgeCount) edges")
        self.graph = graph.replacingWeights(nil)
        self.edgeValues = values
        let (reverse, permutation) = self.graph.transposedWithPermutation()
        transpose = reverse
        self.permutation = permutation.map { Int32($0) }
        transposeValues = values.map { v in permutation.map { v[$0] } }
        self.threads = max(1, threads)
    }

    /// Number of rows and columns of `A`. - Complexity: O(1)
    public var nodeCount: Int { graph.nodeCount }
    /// Number of stored entries. - Complexity: O(1)
    public var edgeCount: Int { graph.edgeCount }

    /// `A · x`. - Complexity: O(E × C)
    public func apply(_ x: Matrix) -> Matrix { graph.spmm(x, edgeValues: edgeValues, threads: threads) }

    /// `Aᵀ · x`, over the cached transpose. - Complexity: O(E × C)
    public func applyTransposed(_ x: Matrix) -> Matrix {
        transpose.spmm(x, edgeValues: transposeValues, threads: threads)
    }
}
