extension Graph {
    /// The subgraph induced by `nodes`: node `k` of the result is `nodes[k]` of `self`; edges
    /// between chosen nodes are kept with their types and weights.
    ///
    /// - Throws: `GraphError.invalidArgument` for a node outside the graph or listed twice.
    /// - Complexity: O(V + Σ degree of the chosen nodes).
    public func subgraph(nodes: [Int32]) throws -> Graph {
        var newIndex = [Int32](repeating: -1, count: nodeCount)
        for (k, node) in nodes.enumerated() {
            guard node >= 0, Int(node) < nodeCount else {
                throw GraphError.invalidArgument("subgraph node \(node) is not in 0..<\(nodeCount)")
            }
            guard newIndex[Int(node)] < 0 else {
                throw GraphError.invalidArgument("subgraph node \(node) is listed twice")
            }
            newIndex[Int(node)] = Int32(k)
        }
        var newOffsets = PackedIntegers(repeating: 0, count: nodes.count + 1, width: offsets.width)
        var newTargets: [Int32] = [], keptEdges: [Int] = []
        for (k, node) in nodes.enumerated() {
            var row: [(Int32, Int)] = []
            for e in edgeRange(of: Int(node)) where newIndex[Int(targets[e])] >= 0 {
                row.append((newIndex[Int(targets[e])], e))
            }
            row.sort { $0.0 < $1.0 }
            for (t, e) in row {
                newTargets.append(t)
                keptEdges.append(e)
            }
            newOffsets[k + 1] = newTargets.count
        }
        return Graph(unchecked: nodes.count, offsets: newOffsets, targets: newTargets,
                     isDirected: isDirected,
                     nodeTypes: nodeTypes.map { PackedIntegers(gathering: nodes.lazy.map(Int.init), from: $0) },
                     edgeTypes: edgeTypes.map { PackedIntegers(gathering: keptEdges, from: $0) },
                     edgeWeights: edgeWeights.map { w in keptEdges.map { w[$0] } })
    }
}
