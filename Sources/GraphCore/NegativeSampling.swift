/// Uniform negative sampling for link prediction: node pairs that are not edges.
public enum NegativeSampling {
    /// Draws `count` uniform node pairs `(u, v)`, `u ≠ v`, that are not edges of `graph` (for an
    /// undirected graph, neither direction; pairs are then reported with `u < v`). With
    /// `distinct`, no pair is drawn twice (as evaluation sets need); otherwise draws are
    /// independent (as per-epoch training negatives) and are drawn in parallel: the count is cut
    /// into a fixed number of blocks, each with its own generator split from `rng`, so the result
    /// depends on the seed only, not on the thread count. Rejection sampling with edge look-ups
    /// in the CSR rows.
    ///
    /// - Throws: `GraphError.invalidArgument` when fewer than `count` non-edges exist
    ///   (`distinct`) or none exist at all.
    /// - Complexity: O(count × log d) expected for sparse graphs (d the largest degree).
    public static func sample(
        count: Int, avoiding graph: Graph, distinct: Bool = false, threads: Int = Parallel.coreCount,
        using rng: inout SeededGenerator
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
        if !distinct { return independentPairs(count: count, avoiding: graph, threads: threads, using: &rng) }
        var seen = Set<UInt64>(minimumCapacity: count)
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(count)
        targets.reserveCapacity(count)
        while sources.count < count {
            var u = rng.nextIndex(below: n), v = rng.nextIndex(below: n)
            if u == v || graph.hasEdge(from: u, to: v) { continue }
            if !graph.isDirected && u > v { swap(&u, &v) }
            if !seen.insert(pairKey(u, v)).inserted { continue }
            sources.append(Int32(u))
            targets.append(Int32(v))
        }
        return EdgeList(sources: sources, targets: targets, nodeCount: n)
    }

    /// Number of blocks independent draws are cut into (fixed, so results do not depend on threads).
    static let blockCount = 64

    /// `count` independent non-edge draws, in `blockCount` blocks sampled in parallel.
    private static func independentPairs(count: Int, avoiding graph: Graph, threads: Int,
                                         using rng: inout SeededGenerator) -> EdgeList {
        let n = graph.nodeCount
        var generators = (0 ..< blockCount).map { _ in rng.split() }
        var sources = [Int32](repeating: 0, count: count), targets = [Int32](repeating: 0, count: count)
        sources.withUnsafeMutableBufferPointer { src in
            targets.withUnsafeMutableBufferPointer { dst in
                generators.withUnsafeMutableBufferPointer { gens in
                    Parallel.forEachChunk(count: blockCount, threads: threads) { blocks in
                        for block in blocks {
                            var generator = gens[block]
                            for slot in count * block / blockCount ..< count * (block + 1) / blockCount {
                                while true {
                                    var u = generator.nextIndex(below: n), v = generator.nextIndex(below: n)
                                    if u == v || graph.hasEdge(from: u, to: v) { continue }
                                    if !graph.isDirected && u > v { swap(&u, &v) }
                                    src[slot] = Int32(u)
                                    dst[slot] = Int32(v)
                                    break
                                }
                            }
                        }
                    }
                }
            }
        }
        return EdgeList(sources: sources, targets: targets, nodeCount: n)
    }

    /// A 64-bit key for the pair `(u, v)`, for sets of pairs.
    @inlinable public static func pairKey(_ u: Int, _ v: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: u)) << 32 | UInt64(UInt32(truncatingIfNeeded: v))
    }
}
