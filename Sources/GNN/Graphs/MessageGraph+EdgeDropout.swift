import GraphCore

extension MessageGraph {
    /// The graph with each edge dropped with probability `p` (DropEdge, Rong et al., ICLR 2020;
    /// PyG's `dropout_edge`), for one training step; weights and edge types go with the edges
    /// kept. In an undirected graph both directions of an edge are kept or dropped together
    /// (PyG's `force_undirected=True`), so the result stays undirected. Returns `self` when `p`
    /// is 0. The new graph's operators are built on first use, O(V + E) each.
    ///
    /// One 64-bit draw from `generator` keys the step; each edge's fate is a hash of the key and
    /// its (unordered, when undirected) end points, so it takes O(1) memory beyond the result.
    /// - Precondition: `0 ≤ p < 1`.
    /// - Complexity: O(V + E)
    public func droppingEdges(probability p: Float, using generator: inout SeededGenerator) -> MessageGraph {
        precondition(p >= 0 && p < 1, "edge dropout probability \(p) must be in [0, 1)")
        guard p > 0 else { return self }
        let key = generator.next()
        let threshold = UInt64(Double(p) * 0x1p64.nextDown)
        let g = graph
        var offsets = [0], targets: [Int32] = [], weights: [Float] = [], types: [Int32] = []
        offsets.reserveCapacity(g.nodeCount + 1)
        targets.reserveCapacity(g.edgeCount)
        for u in 0 ..< g.nodeCount {
            for e in g.edgeRange(of: u) {
                let v = Int(g.targets[e])
                let (a, b) = g.isDirected ? (u, v) : (min(u, v), max(u, v))
                guard MessageGraph.mix(key ^ (UInt64(a) << 32 | UInt64(b))) >= threshold else { continue }
                targets.append(Int32(v))
                if let w = g.edgeWeights { weights.append(w[e]) }
                if let t = g.edgeTypes { types.append(Int32(truncatingIfNeeded: t[e])) }
            }
            offsets.append(targets.count)
        }
        // The arrays come from a valid graph, filtered: the checks cannot fail.
        let kept = try! Graph(nodeCount: g.nodeCount, offsets: PackedIntegers(offsets, width: g.offsets.width),
                              targets: targets, isDirected: g.isDirected, nodeTypes: g.nodeTypes,
                              edgeTypes: g.edgeTypes == nil ? nil : PackedIntegers(types),
                              edgeWeights: g.edgeWeights == nil ? nil : weights)
        return MessageGraph(kept, threads: threads)
    }

    /// SplitMix64's finaliser: a 64-bit hash with full avalanche. - Complexity: O(1)
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
