import Foundation

extension NegativeSampling {
    /// `count` independent uniform draws of ordered non-edges, sliced by source and drawn in
    /// parallel. Slice `s` (the `s`-th of `sliceCount` equal ranges of nodes, holding
    /// `sliceWeights[s]` ordered non-edges) receives its share of the draws by systematic
    /// sampling with one random offset, so every draw falls in slice `s` with probability
    /// `sliceWeights[s] / total`. Inside a slice, sources are drawn in sorted order through
    /// exponential spacings over the slice's non-edges (a source with `k` non-neighbours is `k`
    /// times as likely), so the products that later read the sources' rows walk memory in order;
    /// each target is a uniform non-neighbour of its source.
    static func independentPairs(count: Int, avoiding graph: Graph, sliceWeights: [Int], threads: Int,
                                 using rng: inout SeededGenerator) -> EdgeList {
        let n = graph.nodeCount, slices = sliceWeights.count, total = sliceWeights.reduce(0, +)
        // Slice s draws cut(W_{s+1}) − cut(W_s) pairs, W the prefix sums of the weights and
        // cut(w) = ⌊count × w / total + offset⌋ (exact integer part, then the fraction).
        let offset = Double(rng.next() >> 11) * 0x1p-53
        func cut(_ weight: Int) -> Int {
            let (quotient, remainder) = total.dividingFullWidth(count.multipliedFullWidth(by: weight))
            return quotient + (Double(remainder) / Double(total) + offset >= 1 ? 1 : 0)
        }
        var firstSlot = [0], prefix = 0
        for weight in sliceWeights {
            prefix += weight
            firstSlot.append(cut(prefix))
        }
        let generators = (0 ..< slices).map { _ in rng.split() }
        var sources = [Int32](repeating: 0, count: count), targets = [Int32](repeating: 0, count: count)
        sources.withUnsafeMutableBufferPointer { src in
            targets.withUnsafeMutableBufferPointer { dst in
                Parallel.forEachChunk(count: slices, threads: threads) { chunk in
                    var spacings: [Double] = []
                    for slice in chunk {
                        let first = firstSlot[slice], end = firstSlot[slice + 1], weight = sliceWeights[slice]
                        guard end > first else { continue }
                        var generator = generators[slice]
                        // Sorted uniform positions in [0, weight): cumulative sums of Exp(1) spacings, normalised.
                        spacings.removeAll(keepingCapacity: true)
                        var sum = 0.0
                        for _ in first ... end {
                            sum -= log(max(Double(generator.next() >> 11) * 0x1p-53, .leastNormalMagnitude))
                            spacings.append(sum)
                        }
                        // Walk the slice's nodes; node u owns the positions [before, before + k_u).
                        var u = n * slice / slices, before = 0, owned = graph.nonNeighbourCount(of: u)
                        for slot in first ..< end {
                            let position = min(Int(Double(weight) * spacings[slot - first] / sum), weight - 1)
                            while position >= before + owned {
                                before += owned
                                u += 1
                                owned = graph.nonNeighbourCount(of: u)
                            }
                            src[slot] = Int32(u)
                            dst[slot] = Int32(uniformNonNeighbour(of: u, among: owned, in: graph, using: &generator))
                        }
                    }
                }
            }
        }
        return EdgeList(sources: sources, targets: targets, nodeCount: n)
    }

    /// Draws to try before walking the row: enough that a node adjacent to under half the
    /// others almost never walks it.
    static let rejectionTries = 8

    /// A uniform node among the `nonNeighbours > 0` nodes `v ≠ u` with no edge `u → v`: a few
    /// uniform draws over all nodes (accepted when not excluded), then, if all were rejected,
    /// a uniform rank among the non-neighbours found by one walk of `u`'s row. Either way the
    /// result is uniform. - Complexity: O(log d) per try, O(d) for the walk.
    static func uniformNonNeighbour(of u: Int, among nonNeighbours: Int, in graph: Graph,
                                    using generator: inout SeededGenerator) -> Int {
        for _ in 0 ..< rejectionTries {
            let v = generator.nextIndex(below: graph.nodeCount)
            if v != u && !graph.hasEdge(from: u, to: v) { return v }
        }
        return graph.nonNeighbour(generator.nextIndex(below: nonNeighbours), of: u)
    }

    /// `count ≤ available` distinct non-edges in random order (undirected pairs with `u < v`).
    /// Rejection sampling over all pairs while at least an eighth of the pairs are non-edges and
    /// fewer than half of them are asked for (so a try succeeds with probability ≥ 1/16);
    /// otherwise every non-edge is listed and a random subset is taken.
    static func distinctPairs(count: Int, avoiding graph: Graph, available: Int,
                              using rng: inout SeededGenerator) -> EdgeList {
        let n = graph.nodeCount, pairs = graph.isDirected ? n * (n - 1) : n * (n - 1) / 2
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(count)
        targets.reserveCapacity(count)
        if 2 * count <= available && 8 * available >= pairs {
            var seen = Set<UInt64>(minimumCapacity: count)
            while sources.count < count {
                var u = rng.nextIndex(below: n), v = rng.nextIndex(below: n)
                if u == v || graph.hasEdge(from: u, to: v) { continue }
                if !graph.isDirected && u > v { swap(&u, &v) }
                if !seen.insert(pairKey(u, v)).inserted { continue }
                sources.append(Int32(u))
                targets.append(Int32(v))
            }
        } else {
            var all: [UInt64] = []
            all.reserveCapacity(available)
            for u in 0 ..< n {
                let row = graph.neighbors(of: u)
                var index = row.startIndex
                for v in (graph.isDirected ? 0 : u + 1) ..< n where v != u {
                    while index < row.endIndex && Int(row[index]) < v { index += 1 }
                    if index < row.endIndex && Int(row[index]) == v { continue }
                    all.append(pairKey(u, v))
                }
            }
            for slot in 0 ..< count {
                all.swapAt(slot, slot + rng.nextIndex(below: all.count - slot))
                sources.append(Int32(truncatingIfNeeded: all[slot] >> 32))
                targets.append(Int32(truncatingIfNeeded: all[slot] & 0xFFFF_FFFF))
            }
        }
        return EdgeList(sources: sources, targets: targets, nodeCount: n)
    }
}
