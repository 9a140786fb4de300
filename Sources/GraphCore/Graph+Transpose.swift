extension Graph {
    /// The graph with every edge reversed (CSC of `self`, as CSR); node types are kept, edge types
    /// and weights follow their edges. An undirected graph is its own transpose.
    /// - Complexity: O(1) when undirected, else O(V + E).
    public func transposed() -> Graph {
        isDirected ? transposedWithPermutation().graph : self
    }

    /// The transpose plus, for each of its edges, the index of the same edge in `self`.
    /// - Complexity: O(V + E)
    public func transposedWithPermutation() -> (graph: Graph, permutation: [Int]) {
        var reverseOffsets = PackedIntegers(repeating: 0, count: nodeCount + 1, width: offsets.width)
        reverseOffsets.withUnsafeMutableBuffer { counts in
            for t in targets { counts[Int(t) + 1] += 1 }
            for i in 0 ..< nodeCount { counts[i + 1] += counts[i] }
        }
        var cursor = reverseOffsets
        var reverseTargets = [Int32](repeating: 0, count: edgeCount)
        var permutation = [Int](repeating: 0, count: edgeCount)
        // Visiting sources in increasing order leaves every reversed row sorted.
        cursor.withUnsafeMutableBuffer { cursor in
            offsets.withUnsafeBuffer { offsets in
                for source in 0 ..< nodeCount {
                    for e in offsets[source] ..< offsets[source + 1] {
                        let t = Int(targets[e])
                        let slot = cursor[t]
                        cursor[t] = slot + 1
                        reverseTargets[slot] = Int32(source)
                        permutation[slot] = e
                    }
                }
            }
        }
        let graph = Graph(unchecked: nodeCount, offsets: reverseOffsets, targets: reverseTargets,
                          isDirected: isDirected, nodeTypes: nodeTypes,
                          edgeTypes: edgeTypes.map { PackedIntegers(gathering: permutation, from: $0) },
                          edgeWeights: edgeWeights.map { w in permutation.map { w[$0] } })
        return (graph, permutation)
    }
}
