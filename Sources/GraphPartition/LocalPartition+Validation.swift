extension LocalPartition {
    /// Throws ``PartitionError/invalid(reason:)`` naming the first field that breaks the
    /// layout documented on ``LocalPartition``. - Complexity: O(local + edges + send rows)
    func validate() throws {
        func fail(_ what: String) -> PartitionError {
            .invalid(reason: "partition \(rank) of \(parts): \(what)")
        }
        guard parts >= 1, rank >= 0, rank < parts else { throw fail("rank must be in 0..<parts") }
        guard globalNodeCount >= 0, globalNodeCount <= Int(Int32.max) else { throw fail("node count \(globalNodeCount) is out of range") }
        guard ownedCount >= 0, ownedCount <= nodes.count else { throw fail("\(ownedCount) owned nodes but \(nodes.count) local nodes") }
        guard haloOwners.count == haloCount else { throw fail("\(haloOwners.count) halo owners for \(haloCount) halo nodes") }
        if let bad = nodes.firstIndex(where: { $0 < 0 || Int($0) >= globalNodeCount }) {
            throw fail("local node \(bad) has global id \(nodes[bad]), outside 0..<\(globalNodeCount)")
        }
        for i in 1 ..< max(ownedCount, 1) where nodes[i - 1] >= nodes[i] {
            throw fail("owned nodes must be in ascending id order (local \(i - 1) and \(i))")
        }
        for (k, owner) in haloOwners.enumerated() {
            guard owner >= 0, Int(owner) < parts, Int(owner) != rank else { throw fail("halo node \(k) has owner \(owner)") }
            if k > 0, haloOwners[k - 1] > owner || (haloOwners[k - 1] == owner && nodes[ownedCount + k - 1] >= nodes[ownedCount + k]) {
                throw fail("halo nodes must be grouped by owner and ascending within an owner (halo \(k))")
            }
        }
        guard incomingOffsets.count == ownedCount + 1, incomingOffsets.first == 0,
              incomingOffsets.last == incomingSenders.count else {
            throw fail("incoming offsets must have \(ownedCount + 1) entries from 0 to \(incomingSenders.count)")
        }
        for i in 0 ..< ownedCount where incomingOffsets[i] > incomingOffsets[i + 1] {
            throw fail("incoming offsets decrease at owned node \(i)")
        }
        if let bad = incomingSenders.firstIndex(where: { $0 < 0 || Int($0) >= nodes.count }) {
            throw fail("incoming edge \(bad) has local sender \(incomingSenders[bad]), outside 0..<\(nodes.count)")
        }
        if let weights = incomingWeights {
            guard weights.count == incomingSenders.count else { throw fail("\(weights.count) edge weights for \(incomingSenders.count) edges") }
            if let bad = weights.firstIndex(where: { !$0.isFinite }) { throw fail("edge weight \(bad) is \(weights[bad]), not a finite number") }
        }
        guard gcnDegrees.count == nodes.count else { throw fail("\(gcnDegrees.count) degrees for \(nodes.count) local nodes") }
        if let bad = gcnDegrees.firstIndex(where: { !$0.isFinite }) { throw fail("the degree of local node \(bad) is \(gcnDegrees[bad]), not a finite number") }
        guard sendOffsets.count == parts + 1, sendOffsets.first == 0, sendOffsets.last == sendRows.count else {
            throw fail("send offsets must have \(parts + 1) entries from 0 to \(sendRows.count)")
        }
        for q in 0 ..< parts where sendOffsets[q] > sendOffsets[q + 1] { throw fail("send offsets decrease at rank \(q)") }
        if let bad = sendRows.firstIndex(where: { $0 < 0 || Int($0) >= ownedCount }) {
            throw fail("send row \(bad) is \(sendRows[bad]), not an owned row (0..<\(ownedCount))")
        }
    }
}
