import GraphCore

extension MessageGraph {
    /// One message graph per edge type `0 ..< relations` (the edges of `graph.edgeTypes` equal
    /// to it, over all nodes, with their weights), for relational layers (``RGCNConv``,
    /// ``HeteroConv``). A graph without edge types is relation 0 whole. Build it once per graph:
    /// each part caches its own operators.
    /// - Precondition: every edge type is below `relations`.
    /// - Complexity: O(relations × (V + E))
    public func splitByEdgeType(relations: Int) -> [MessageGraph] {
        precondition(relations >= 1, "relations must be positive, got \(relations)")
        let g = graph
        guard let types = g.edgeTypes else {
            return [self] + (1 ..< relations).map { _ in MessageGraph(g.keepingEdges { _, _ in false }, threads: threads) }
        }
        for e in 0 ..< g.edgeCount { precondition(types[e] < relations, "edge \(e) has type \(types[e]) ≥ \(relations) relations") }
        return (0 ..< relations).map { r in MessageGraph(g.keepingEdges { types[$1] == r }, threads: threads) }
    }
}

extension Graph {
    /// The graph with only the edges `keep(source, edge index)` accepts, their weights and types
    /// kept. - Complexity: O(V + E)
    func keepingEdges(_ keep: (_ source: Int, _ edge: Int) -> Bool) -> Graph {
        var offsets = [0], targets: [Int32] = [], weights: [Float] = [], types: [Int32] = []
        offsets.reserveCapacity(nodeCount + 1)
        for u in 0 ..< nodeCount {
            for e in edgeRange(of: u) where keep(u, e) {
                targets.append(self.targets[e])
                if let w = edgeWeights { weights.append(w[e]) }
                if let t = edgeTypes { types.append(Int32(truncatingIfNeeded: t[e])) }
            }
            offsets.append(targets.count)
        }
        // The arrays come from a valid graph, filtered: the checks cannot fail.
        return try! Graph(nodeCount: nodeCount, offsets: PackedIntegers(offsets, width: self.offsets.width),
                          targets: targets, isDirected: isDirected, nodeTypes: nodeTypes,
                          edgeTypes: edgeTypes == nil ? nil : PackedIntegers(types),
                          edgeWeights: edgeWeights == nil ? nil : weights)
    }
}
