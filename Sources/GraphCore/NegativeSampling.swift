import Foundation

/// Uniform negative sampling for link prediction: node pairs that are not edges.
public enum NegativeSampling {
    /// Draws `count` uniform node pairs `(u, v)`, `u ≠ v`, that are not edges of `graph` (for an
    /// undirected graph, in neither direction). With `distinct`, no pair is drawn twice (as
    /// evaluation sets need) and undirected pairs are reported with `u < v`. Otherwise draws are
    /// independent (as per-epoch training negatives), sorted by source, and drawn in parallel:
    /// the count is cut into a fixed number of blocks, each with its own generator split from
    /// `rng`, so the result depends on the seed only, not on the thread count. Rejection
    /// sampling with edge look-ups in the CSR rows.
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
        // Stored edges bound the edges between distinct nodes, so the exact count (a look-up per
        // node for self-loops) is needed only when the bound leaves the answer open.
        let available = pairs > graph.edgeCount && !distinct ? pairs - graph.edgeCount : nonEdgeCount(graph)
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

    /// The number of node pairs `u ≠ v` (unordered when undirected) that are not edges.
    /// - Complexity: O(V log d)
    static func nonEdgeCount(_ graph: Graph) -> Int {
        let n = graph.nodeCount
        let selfLoops = (0 ..< n).reduce(0) { $0 + (graph.hasEdge(from: $1, to: $1) ? 1 : 0) }
        return graph.isDirected ? n * (n - 1) - (graph.edgeCount - selfLoops)
                                : n * (n - 1) / 2 - (graph.edgeCount - selfLoops) / 2
    }

    /// Number of blocks independent draws are cut into (fixed, so results do not depend on threads).
    static let blockCount = 64

    /// `count` independent non-edge draws in `blockCount` blocks sampled in parallel. Block `b`
    /// draws its share of the pairs with sources in the `b`-th slice of the nodes (a stratified
    /// uniform sample), generated already sorted by source through exponential spacings, so
    /// the products that later read the sources' rows walk memory in order. A rejected pair
    /// (a self-pair or an edge) redraws its target.
    private static func independentPairs(count: Int, avoiding graph: Graph, threads: Int,
                                         using rng: inout SeededGenerator) -> EdgeList {
        let n = graph.nodeCount
        let generators = (0 ..< blockCount).map { _ in rng.split() }
        var sources = [Int32](repeating: 0, count: count), targets = [Int32](repeating: 0, count: count)
        sources.withUnsafeMutableBufferPointer { src in
            targets.withUnsafeMutableBufferPointer { dst in
                Parallel.forEachChunk(count: blockCount, threads: threads) { blocks in
                    var spacings: [Double] = []
                    for block in blocks {
                        var generator = generators[block]
                        let first = count * block / blockCount, end = count * (block + 1) / blockCount
                        let low = n * block / blockCount, width = n * (block + 1) / blockCount - low
                        guard end > first, width > 0 else { continue }
                        // Sorted uniform draws: cumulative sums of Exp(1) spacings, normalised.
                        spacings.removeAll(keepingCapacity: true)
                        var total = 0.0
                        for _ in first ... end {
                            total -= log(max(Double(generator.next() >> 11) * 0x1p-53, .leastNormalMagnitude))
                            spacings.append(total)
                        }
                        for slot in first ..< end {
                            let u = low + min(Int(Double(width) * spacings[slot - first] / total), width - 1)
                            var v = generator.nextIndex(below: n)
                            while v == u || graph.hasEdge(from: u, to: v) { v = generator.nextIndex(below: n) }
                            src[slot] = Int32(u)
                            dst[slot] = Int32(v)
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
