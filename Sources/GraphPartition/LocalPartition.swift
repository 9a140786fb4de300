import GraphCore

/// One rank's share of a partitioned graph, as DistDGL keeps it: the nodes it owns, the halo (the
/// other ranks' nodes that send messages to its nodes), the incoming edges of its nodes in local
/// indices, and the exchange plan (which owned rows each other rank needs).
///
/// Local node `i` is global node `nodes[i]`: first the owned nodes in ascending id, then the halo
/// grouped by owner rank and ascending id within an owner. Every rank's halo from rank `q` is
/// therefore in the order rank `q` sends it (``sendRows(to:)``, ascending id), so an exchange
/// needs no indices on the wire. Build with ``split(_:membership:parts:)`` or read with
/// `LocalPartition+Files.swift`.
public struct LocalPartition: Sendable, Equatable {
    /// This part's index, the rank that holds it.
    public let rank: Int
    /// Number of parts (ranks).
    public let parts: Int
    /// Nodes of the whole graph.
    public let globalNodeCount: Int
    /// Global id of each local node: owned (ascending), then halo (by owner, then ascending).
    public let nodes: [Int32]
    /// Number of owned nodes, the first entries of ``nodes``.
    public let ownedCount: Int
    /// The owning rank of each halo node (`nodes[ownedCount...]`), non-decreasing.
    public let haloOwners: [Int32]
    /// Incoming edges of owned node `i`: `incomingSenders[incomingOffsets[i] ..< incomingOffsets[i + 1]]`
    /// (local indices, ascending), weighted by `incomingWeights` (absent means 1).
    public let incomingOffsets: [Int]
    public let incomingSenders: [Int32]
    public let incomingWeights: [Float]?
    /// Each local node's GCN degree in the whole graph: weighted in-degree, counting a self-loop
    /// where the node has none (the `D` of `D^-1/2 (A + I) D^-1/2`).
    public let gcnDegrees: [Float]
    /// Owned local rows rank `q` needs: `sendRows[sendOffsets[q] ..< sendOffsets[q + 1]]`, by
    /// ascending global id; `parts + 1` offsets.
    public let sendOffsets: [Int]
    public let sendRows: [Int32]

    /// Number of local nodes (owned + halo). - Complexity: O(1)
    public var localCount: Int { nodes.count }
    /// Number of halo nodes. - Complexity: O(1)
    public var haloCount: Int { nodes.count - ownedCount }
    /// Number of incoming edges of owned nodes. - Complexity: O(1)
    public var edgeCount: Int { incomingSenders.count }

    /// Number of incoming edges of owned nodes whose sender is a halo node: this part's share of
    /// the stored edges cut by the partition. - Complexity: O(edges)
    public var cutEdgeCount: Int { incomingSenders.reduce(0) { $0 + (Int($1) >= ownedCount ? 1 : 0) } }

    /// The owned rows rank `q` receives from this one. - Complexity: O(1)
    public func sendRows(to q: Int) -> ArraySlice<Int32> { sendRows[sendOffsets[q] ..< sendOffsets[q + 1]] }

    /// How many halo rows this rank receives from each rank. - Complexity: O(halo + parts)
    public var receiveCounts: [Int] {
        var counts = [Int](repeating: 0, count: parts)
        for owner in haloOwners { counts[Int(owner)] += 1 }
        return counts
    }

    /// Memberwise, validating every index (see `LocalPartition+Validation.swift`).
    /// - Throws: ``PartitionError/invalid(reason:)`` naming the first inconsistent field.
    /// - Complexity: O(local + edges + send rows)
    public init(rank: Int, parts: Int, globalNodeCount: Int, nodes: [Int32], ownedCount: Int, haloOwners: [Int32],
                incomingOffsets: [Int], incomingSenders: [Int32], incomingWeights: [Float]?, gcnDegrees: [Float],
                sendOffsets: [Int], sendRows: [Int32]) throws {
        self.rank = rank
        self.parts = parts
        self.globalNodeCount = globalNodeCount
        self.nodes = nodes
        self.ownedCount = ownedCount
        self.haloOwners = haloOwners
        self.incomingOffsets = incomingOffsets
        self.incomingSenders = incomingSenders
        self.incomingWeights = incomingWeights
        self.gcnDegrees = gcnDegrees
        self.sendOffsets = sendOffsets
        self.sendRows = sendRows
        try validate()
    }
}
