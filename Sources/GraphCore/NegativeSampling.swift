/// Uniform negative sampling for link prediction: node pairs that are not edges.
public enum NegativeSampling {
    /// Draws `count` uniform node pairs `(u, v)`, `u ≠ v`, that are not edges of `graph` (for an
    /// undirected graph, neither direction; pairs are then reported with `u < v`). With
    /// `distinct`, no pair is drawn twice (as evaluation sets need); otherwise draws are
    /// independent (as per-epoch training negatives). Rejection sampling with edge look-ups in
    /// the CSR rows.
    ///
    /// - Throws: `GraphError.invalidArgument` when fewer than `count` non-edges exist
    ///   (`distinct`) or none exist at all.
    /// - Complexity: O(count × log d) expected for sparse graphs (d the largest degree).
    public static func sample(
        count: Int, avoiding graph: Graph, distinct: Bool = false, using rng: inout SeededGenerator
    ) throws -> EdgeList {
        let n = graph.nodeCount
        let pairs = graph.isDirected ? n * (n - 1) : n * (n - 1) / 2
        let selfLoops = (0 ..< n).reduce(0) { $0 + (graph.hasEdge(from: $1, to: $1) ? 1 : 0) }
        let edges = graph.isDirected ? graph.edgeCount - selfLoops : (graph.edgeCount - selfLoops) / 2
        let available = pairs - edges
        guard count == 0 || available > 0, !distinct || count <= available else {
            throw GraphError.invalidArgument(
                "asked for \(count) negative pairs but the graph has only \(max(available, 0)) non-edges")
        }
        var seen = distinct ? Set<UInt64>(minimumCapacity: count) : []
        var result = EdgeList()
        result.sources.reserveCapacity(count)
        result.targets.reserveCapacity(count)
        while result.count < count {
            var u = rng.nextIndex(below: n), v = rng.nextIndex(below: n)
            if u == v || graph.hasEdge(from: u, to: v) { continue }
            if !graph.isDirected && u > v { swap(&u, &v) }
            if distinct && !seen.insert(pairKey(u, v)).inserted { continue }
            result.append(Int32(u), Int32(v))
        }
        return result
    }

    /// A 64-bit key for the pair `(u, v)`, for sets of pairs.
    @inlinable public static func pairKey(_ u: Int, _ v: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: u)) << 32 | UInt64(UInt32(truncatingIfNeeded: v))
    }
}
