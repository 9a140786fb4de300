import GNN

extension GCNConv {
    /// The layer on this rank's partition: `X W` on the owned rows, the halo rows of `X W`
    /// exchanged, then the owned rows of `Â (X W) + b`. Collective (one exchange each way).
    ///
    /// **Shapes:** `owned × in` → `owned × out`.
    /// - Complexity: O(owned × in × out + (local + edges) × out) plus the exchange.
    public func callAsFunction(_ x: Tensor, _ graph: PartitionedGraph) -> Tensor {
        let propagated = x.matmul(weight).exchangingRows(graph.exchange).spmm(graph.gcnOperator)
            .gatherRows(graph.ownedRows)
        return bias.map { propagated + $0 } ?? propagated
    }
}

extension SAGEConv {
    /// The layer on this rank's partition: `X W₁ + mean(X) W₂ + b` on the owned rows, the mean
    /// over incoming neighbours including halo rows (exchanged on the narrower side of `W₂`).
    /// Collective (one exchange each way).
    ///
    /// **Shapes:** `owned × in` → `owned × out`.
    /// - Complexity: O(owned × in × out + (local + edges) × min(in, out)) plus the exchange.
    public func callAsFunction(_ x: Tensor, _ graph: PartitionedGraph) -> Tensor {
        let neighbors = x.columns <= neighborWeight.columns
            ? x.exchangingRows(graph.exchange).spmm(graph.meanOperator).gatherRows(graph.ownedRows).matmul(neighborWeight)
            : x.matmul(neighborWeight).exchangingRows(graph.exchange).spmm(graph.meanOperator).gatherRows(graph.ownedRows)
        let out = x.matmul(rootWeight) + neighbors
        return bias.map { out + $0 } ?? out
    }
}
