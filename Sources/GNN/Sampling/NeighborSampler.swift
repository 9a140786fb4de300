import GraphCore

/// GraphSAGE-style neighbour sampling (Hamilton et al., "Inductive Representation Learning on
/// Large Graphs", NeurIPS 2017), as PyG's `NeighborLoader`: from a batch of seed nodes, hop by
/// hop, each newly reached node draws at most `fanouts[hop]` of its in-neighbours (the senders
/// of its messages) uniformly without replacement; the batch is the subgraph of every reached
/// node with the sampled edges. A two-layer network on it computes the seeds' outputs from
/// exactly the sampled computation graph, at a cost bounded by the fan-outs instead of the
/// graph's size.
///
/// Draws are made per node from a generator seeded by `(seed, hop, node)`, so a batch depends on
/// the seed only, not on the thread count; the nodes of a hop are sampled in parallel.
public struct NeighborSampler: Sendable {
    /// Row `i` lists the senders of `i`'s messages (``MessageGraph/incoming``).
    public let incoming: Graph
    /// Neighbours drawn per node at each hop (the first entry for the seeds' own neighbours).
    public let fanouts: [Int]
    /// Threads used to sample a hop.
    public let threads: Int

    /// A sampler over the message graph's incoming edges.
    /// - Precondition: at least one hop, every fan-out positive.
    /// - Complexity: O(1) (O(V + E) once if the graph's incoming edges are not built yet).
    public init(_ graph: MessageGraph, fanouts: [Int], threads: Int = Parallel.coreCount) {
        self.init(incoming: graph.incoming, fanouts: fanouts, threads: threads)
    }

    /// A sampler over `incoming`, whose row `i` lists the senders of `i`'s messages — for graphs
    /// built by receiver directly, without a ``MessageGraph`` and its transposition.
    /// - Precondition: at least one hop, every fan-out positive.
    /// - Complexity: O(1)
    public init(incoming: Graph, fanouts: [Int], threads: Int = Parallel.coreCount) {
        precondition(!fanouts.isEmpty && fanouts.allSatisfy { $0 > 0 }, "fan-outs must be positive, got \(fanouts)")
        self.incoming = incoming
        self.fanouts = fanouts
        self.threads = max(1, threads)
    }

    /// The subgraph sampled around `seeds` with the generator stream `seed`.
    /// - Precondition: the seeds are distinct nodes of the graph.
    /// - Complexity: O(B × Π fan-outs) draws and edges for B seeds, O(1) per draw.
    public func sample(seeds: [Int32], seed: UInt64) -> SampledSubgraph {
        var local = [Int32: Int32](minimumCapacity: seeds.count * 4)
        var nodes: [Int32] = []
        nodes.reserveCapacity(seeds.count * 4)
        for node in seeds {
            precondition(node >= 0 && Int(node) < incoming.nodeCount, "seed \(node) is not a node of the graph")
            precondition(local.updateValue(Int32(nodes.count), forKey: node) == nil, "seed \(node) is listed twice")
            nodes.append(node)
        }
        var senders: [Int32] = [], receivers: [Int32] = []
        var frontier = 0 ..< nodes.count
        for (hop, fanout) in fanouts.enumerated() {
            let picks = draw(nodes[frontier], fanout: fanout, hop: hop, seed: seed)
            for (k, receiver) in frontier.enumerated() {
                for sender in picks.sampled[picks.offsets[k] ..< picks.offsets[k + 1]] {
                    let index: Int32
                    if let known = local[sender] {
                        index = known
                    } else {
                        index = Int32(nodes.count)
                        local[sender] = index
                        nodes.append(sender)
                    }
                    senders.append(index)
                    receivers.append(Int32(receiver))
                }
            }
            frontier = frontier.upperBound ..< nodes.count
        }
        let edges = EdgeList(sources: senders, targets: receivers, nodeCount: nodes.count)
        let graph = try! edges.graph(options: .init(directed: true))  // indices are in range by construction
        return SampledSubgraph(nodes: nodes, seedCount: seeds.count, graph: graph)
    }

    /// At most `fanout` distinct in-neighbours of each of `receivers`, concatenated with offsets.
    /// - Complexity: O(Σ min(degree, fanout)) draws, split across threads.
    private func draw(_ receivers: ArraySlice<Int32>, fanout: Int, hop: Int, seed: UInt64) -> (offsets: [Int], sampled: [Int32]) {
        let receivers = Array(receivers)
        var offsets = [Int](repeating: 0, count: receivers.count + 1)
        for (k, node) in receivers.enumerated() { offsets[k + 1] = offsets[k] + min(incoming.degree(of: Int(node)), fanout) }
        var sampled = [Int32](repeating: 0, count: offsets[receivers.count])
        sampled.withUnsafeMutableBufferPointer { out in
            let out = out  // one buffer, disjoint ranges per node
            Parallel.forEachChunk(count: receivers.count, threads: threads, prefixCost: offsets) { range in
                var chosen = [Int](repeating: 0, count: fanout)
                for k in range {
                    let node = Int(receivers[k])
                    let neighbours = incoming.edgeRange(of: node), degree = neighbours.count
                    if degree <= fanout {
                        for (j, e) in neighbours.enumerated() { out[offsets[k] + j] = incoming.targets[e] }
                        continue
                    }
                    // Floyd's algorithm: `fanout` distinct positions in 0 ..< degree, O(fanout²).
                    var generator = SeededGenerator(seed: Self.mix(seed, UInt64(hop), UInt64(node)))
                    for (c, j) in (degree - fanout ..< degree).enumerated() {
                        let t = generator.nextIndex(below: j + 1)
                        chosen[c] = chosen[..<c].contains(t) ? j : t
                        out[offsets[k] + c] = incoming.targets[neighbours.lowerBound + chosen[c]]
                    }
                }
            }
        }
        return (offsets, sampled)
    }

    /// A well-spread 64-bit seed from three numbers (SplitMix64's finaliser on a combination).
    /// - Complexity: O(1)
    static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        var z = a &+ 0x9E37_79B9_7F4A_7C15 &* (b &+ 1) &+ 0xBF58_476D_1CE4_E5B9 &* (c &+ 1)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
