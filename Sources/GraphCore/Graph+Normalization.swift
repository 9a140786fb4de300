extension Graph {
    /// The GCN propagation operator `D^-1/2 (A + I) D^-1/2` (Kipf & Welling 2017) as a weighted
    /// graph: self-loops added where missing, degrees counted with them (and with existing
    /// weights). Edge `i → j` gets weight `w_ij / sqrt(d_i d_j)`.
    /// - Complexity: O(V + E)
    public func gcnNormalized() -> Graph {
        let looped = withSelfLoops()
        let degrees = looped.weightedInDegrees()
        let scale = degrees.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
        var weights = [Float](repeating: 0, count: looped.edgeCount)
        for i in 0 ..< nodeCount {
            for e in looped.edgeRange(of: i) {
                weights[e] = looped.weight(ofEdge: e) * scale[i] * scale[Int(looped.targets[e])]
            }
        }
        return looped.replacingWeights(weights)
    }

    /// Row normalisation `D^-1 A`: each node's out-edge weights divided by their sum, so
    /// `spmm` averages neighbours (as SAGE's mean aggregation). Rows summing to 0 stay 0.
    /// - Complexity: O(V + E)
    public func rowNormalized() -> Graph {
        var weights = [Float](repeating: 0, count: edgeCount)
        for i in 0 ..< nodeCount {
            let range = edgeRange(of: i)
            let total = range.reduce(Float(0)) { $0 + weight(ofEdge: $1) }
            for e in range { weights[e] = total != 0 ? weight(ofEdge: e) / total : 0 }
        }
        return replacingWeights(weights)
    }

    /// The same graph with a self-loop (weight 1, type 0) on every node that lacks one.
    /// - Complexity: O(V + E)
    public func withSelfLoops() -> Graph {
        // A valid graph's own edges cannot fail to build.
        let looped = try! GraphBuilder.build(
            nodeCount: nodeCount, sources: edgeSources(), targets: targets,
            weights: edgeWeights, packedEdgeTypes: edgeTypes,
            options: .init(directed: true, dropDuplicates: false, addSelfLoops: true))
        return Graph(unchecked: nodeCount, offsets: looped.offsets, targets: looped.targets,
                     isDirected: isDirected, nodeTypes: nodeTypes,
                     edgeTypes: looped.edgeTypes, edgeWeights: looped.edgeWeights)
    }

    /// Sum of the weights of each node's in-edges. - Complexity: O(V + E)
    public func weightedInDegrees() -> [Float] {
        var degrees = [Float](repeating: 0, count: nodeCount)
        for e in 0 ..< edgeCount { degrees[Int(targets[e])] += weight(ofEdge: e) }
        return degrees
    }

    /// The same structure with new edge weights. - Complexity: O(1) plus the copy-on-write.
    public func replacingWeights(_ weights: [Float]?) -> Graph {
        precondition(weights == nil || weights!.count == edgeCount, "need \(edgeCount) weights")
        return Graph(unchecked: nodeCount, offsets: offsets, targets: targets, isDirected: isDirected,
                     nodeTypes: nodeTypes, edgeTypes: edgeTypes, edgeWeights: weights)
    }

    /// The source node of every stored edge (COO row indices). - Complexity: O(V + E)
    public func edgeSources() -> [Int32] {
        var sources = [Int32](repeating: 0, count: edgeCount)
        for i in 0 ..< nodeCount {
            for e in edgeRange(of: i) { sources[e] = Int32(i) }
        }
        return sources
    }
}
