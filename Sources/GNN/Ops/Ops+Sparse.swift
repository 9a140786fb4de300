import GraphCore

extension Tensor {
    /// The sparse-dense product `A · X` with a fixed operator (GraphCore's parallel CSR SpMM).
    /// Backward: `dX = Aᵀ · G`, over the transpose the operator cached.
    ///
    /// **Shapes:** `x` is `V × C`; the result is `V × C`.
    /// - Complexity: O(E × C) forward and backward.
    public func spmm(_ operator: SparseOperator) -> Tensor {
        Tensor.record("spmm", value: `operator`.apply(value), parents: [self]) { g, _ in
            [`operator`.applyTransposed(g)]
        }
    }

    /// `A · X` where the entries of `A` are themselves a tensor: `H` values per stored edge of
    /// `structure` (in its CSR edge order), features split into `H` column blocks, block `h`
    /// weighted by column `h` — the aggregation step of multi-head attention (GAT). The
    /// operator's own edge values are ignored.
    ///
    /// Backward: `dX = Aᵀ · G` per head (over the cached transpose, edge values permuted) and
    /// `dw[e, h] = ⟨G[i, block h], X[j, block h]⟩` for edge `e = i → j`.
    ///
    /// **Shapes:** `self` (X) is `V × (H·C)`; `edgeValues` is `E × H`; the result is `V × (H·C)`.
    /// - Complexity: O(E × H × C) forward and backward.
    public func spmm(_ structure: SparseOperator, edgeValues: Tensor, heads: Int = 1) -> Tensor {
        let x = value, w = edgeValues.value
        let out = HeadSpMM.product(structure.graph, weights: w, heads: heads, x, threads: structure.threads)
        return Tensor.record("spmmEdgeValues", value: out, parents: [self, edgeValues]) { g, needs in
            var dx: Matrix?, dw: Matrix?
            if needs[0] {
                let permuted = w.gatherRows(structure.permutation)
                dx = HeadSpMM.product(structure.transpose, weights: permuted, heads: heads, g,
                                      threads: structure.threads)
            }
            if needs[1] {
                dw = HeadSpMM.edgeGradient(structure.graph, heads: heads, g, x, threads: structure.threads)
            }
            return [dx, dw]
        }
    }
}
