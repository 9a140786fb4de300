import Foundation

/// Uniform negative sampling for link prediction: node pairs that are not edges.
public enum NegativeSampling {
    /// Draws `count` node pairs `(u, v)`, `u ≠ v`, uniformly among the pairs that are not edges
    /// of `graph` (for an undirected graph, in neither direction).
    ///
    /// With `distinct`, the pairs are a uniform random subset of the non-edges in random order
    /// (as evaluation sets need), undirected pairs reported with `u < v`. Otherwise each pair is a
    /// uniform draw among the ordered non-edges, independent of the others (as per-epoch training
    /// negatives), sorted by source, and drawn in parallel: the nodes are cut into a fixed number
    /// of slices, each with its own generator split from `rng`, so the result depends on the seed
    /// only, not on the thread count.
    ///
    /// - Throws: `GraphError.invalidArgument` when `count > 0` and the graph has no non-edge
    ///   (every two nodes are adjacent), or, with `distinct`, fewer than `count` non-edges.
    /// - Complexity: O(V + E) to count each node's non-neighbours, plus O(count × log d) expected
    ///   for the draws (d the largest degree); a draw whose source is adjacent to most nodes
    ///   walks its row once, O(d). A `distinct` request for more than half the non-edges, or on
    ///   a graph with fewer non-edges than an eighth of all pairs, lists them all: O(V²).
    public static func sample(
        count: Int, avoiding graph: Graph, distinct: Bool = false, threads: Int = Parallel.coreCount,
        using rng: inout SeededGenerator
    ) throws -> EdgeList {
        precondition(count >= 0, "a sample count must not be negative")
        let n = graph.nodeCount
        if count == 0 { return EdgeList(sources: [], targets: [], nodeCount: n) }
        let sliceWeights = nonNeighbourCounts(graph, slices: sliceCount, threads: threads)
        let orderedNonEdges = sliceWeights.reduce(0, +)
        let available = graph.isDirected ? orderedNonEdges : orderedNonEdges / 2
        guard available > 0 else {
            throw GraphError.invalidArgument(
                "asked for \(count) negative pairs but the graph (\(n) nodes) has no non-edges: every two distinct nodes are adjacent")
        }
        guard !distinct || count <= available else {
            throw GraphError.invalidArgument(
                "asked for \(count) distinct negative pairs but the graph has only \(available) non-edges")
        }
        if distinct { return distinctPairs(count: count, avoiding: graph, available: available, using: &rng) }
        return independentPairs(count: count, avoiding: graph, sliceWeights: sliceWeights, threads: threads,
                                using: &rng)
    }

    /// Number of node slices independent draws are cut into (fixed, so results do not depend on threads).
    static let sliceCount = 64

    /// The ordered non-edges whose source lies in each of `slices` equal slices of the nodes.
    /// - Complexity: O(V + E)
    static func nonNeighbourCounts(_ graph: Graph, slices: Int, threads: Int) -> [Int] {
        let n = graph.nodeCount
        var weights = [Int](repeating: 0, count: slices)
        weights.withUnsafeMutableBufferPointer { weights in
            Parallel.forEachChunk(count: slices, threads: threads) { chunk in
                for slice in chunk {
                    weights[slice] = (n * slice / slices ..< n * (slice + 1) / slices).reduce(0) {
                        $0 + graph.nonNeighbourCount(of: $1)
                    }
                }
            }
        }
        return weights
    }

    /// A 64-bit key for the pair `(u, v)`, for sets of pairs.
    @inlinable public static func pairKey(_ u: Int, _ v: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: u)) << 32 | UInt64(UInt32(truncatingIfNeeded: v))
    }
}
