import GraphCore

extension LocalPartition {
    /// Every rank's share of `graph` under `membership` (the part of each node, e.g. from
    /// ``METIS/partition(_:parts:seed:)``), for message passing along the edges `j → i` (the flow
    /// of GNN's `MessageGraph`: a node's halo is the senders of its incoming edges).
    ///
    /// - Throws: ``PartitionError/invalid(reason:)`` when `membership` has the wrong length or a
    ///   part outside `0 ..< parts`.
    /// - Complexity: O(V + E + Σ halo log halo) time, O(V + E) memory.
    public static func split(_ graph: Graph, membership: [Int32], parts: Int) throws -> [LocalPartition] {
        let n = graph.nodeCount
        guard membership.count == n else {
            throw PartitionError.invalid(reason: "\(membership.count) part numbers for \(n) nodes; pass one per node")
        }
        if let bad = membership.firstIndex(where: { $0 < 0 || Int($0) >= parts }) {
            throw PartitionError.invalid(reason: "node \(bad) is in part \(membership[bad]), outside 0..<\(parts)")
        }
        let incoming = graph.transposed()
        let degrees = graph.withSelfLoops().weightedInDegrees()
        var owned = [[Int32]](repeating: [], count: parts)
        var position = [Int32](repeating: 0, count: n)  // index of a node within its part's owned list
        for v in 0 ..< n {
            position[v] = Int32(owned[Int(membership[v])].count)
            owned[Int(membership[v])].append(Int32(v))
        }

        // Halo of each part, grouped by owner and ascending: the senders of its nodes' incoming edges
        // that another part owns.
        var halos = [[Int32]](repeating: [], count: parts)
        var seen = [Int32](repeating: -1, count: n)
        for p in 0 ..< parts {
            var halo: [Int32] = []
            for v in owned[p] {
                for j in incoming.neighbors(of: Int(v)) where Int(membership[Int(j)]) != p && seen[Int(j)] != Int32(p) {
                    seen[Int(j)] = Int32(p)
                    halo.append(j)
                }
            }
            halo.sort { (membership[Int($0)], $0) < (membership[Int($1)], $1) }
            halos[p] = halo
        }

        // Rank p sends rank q the rows of q's halo that p owns, in q's order (ascending id).
        var sends = [[[Int32]]](repeating: [[Int32]](repeating: [], count: parts), count: parts)
        for q in 0 ..< parts {
            for j in halos[q] { sends[Int(membership[Int(j)])][q].append(position[Int(j)]) }
        }

        var local = [Int32](repeating: -1, count: n)
        return try (0 ..< parts).map { p in
            let nodes = owned[p] + halos[p]
            for (i, v) in nodes.enumerated() { local[Int(v)] = Int32(i) }
            defer { for v in nodes { local[Int(v)] = -1 } }
            var offsets = [0], senders: [Int32] = [], weights: [Float] = []
            for v in owned[p] {
                let row = incoming.edgeRange(of: Int(v))
                var edges = row.map { (local[Int(incoming.targets[$0])], incoming.weight(ofEdge: $0)) }
                edges.sort { $0.0 < $1.0 }
                senders.append(contentsOf: edges.map(\.0))
                weights.append(contentsOf: edges.map(\.1))
                offsets.append(senders.count)
            }
            let sendList = sends[p]
            var sendOffsets = [0]
            for q in 0 ..< parts { sendOffsets.append(sendOffsets.last! + sendList[q].count) }
            return try LocalPartition(
                rank: p, parts: parts, globalNodeCount: n, nodes: nodes, ownedCount: owned[p].count,
                haloOwners: halos[p].map { membership[Int($0)] },
                incomingOffsets: offsets, incomingSenders: senders,
                incomingWeights: graph.edgeWeights == nil ? nil : weights,
                gcnDegrees: nodes.map { degrees[Int($0)] },
                sendOffsets: sendOffsets, sendRows: sendList.flatMap { $0 })
        }
    }
}
