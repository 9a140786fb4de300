import GraphCore

extension MessageGraph {
    /// The graph with each edge dropped with probability `p` (DropEdge, Rong et al., ICLR 2020;
    /// PyG's `dropout_edge`), for one training step; weights and edge types go with the edges
    /// kept. In an undirected graph both directions of an edge are kept or dropped together
    /// (PyG's `force_undirected=True`), so the result stays undirected. Returns `self` when `p`
    /// is 0. The new graph's operators are built on first use, O(V + E) each.
    ///
    /// One 64-bit draw from `generator` keys the step; each edge's fate is a hash of the key and
    /// its (unordered, when undirected) end points, so both directions agree without pairing them.
    /// - Precondition: `0 ≤ p < 1`.
    /// - Complexity: O(V + E)
    public func droppingEdges(probability p: Float, using generator: inout SeededGenerator) -> MessageGraph {
        precondition(p >= 0 && p < 1, "edge dropout probability \(p) must be in [0, 1)")
        guard p > 0 else { return self }
        let key = generator.next()
        let threshold = UInt64(Double(p) * 0x1p64.nextDown)
        let g = graph
        let kept = g.keepingEdges { u, e in
            let v = Int(g.targets[e])
            let (a, b) = g.isDirected ? (u, v) : (min(u, v), max(u, v))
            return MessageGraph.mix(key ^ (UInt64(a) << 32 | UInt64(b))) >= threshold
        }
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
