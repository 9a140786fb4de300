import GraphCore
import GraphPartition
import Testing

/// `LocalPartition.split` on hand-worked graphs, and its invariants on METIS partitions of random
/// graphs checked against the edge list directly.
struct LocalPartitionSplitTests {
    /// Six nodes, edges 0→1 1→2 2→3 3→0 4→0 5→4 2→5, parts {0, 1, 4} and {2, 3, 5}.
    static func handGraph() throws -> Graph {
        try GraphBuilder.build(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5, 2], targets: [1, 2, 3, 0, 0, 4, 5])
    }
    static let handMembership: [Int32] = [0, 0, 1, 1, 0, 1]

    @Test func theHandWorkedSplitHasTheHaloAndPlansWorkedOut() throws {
        let parts = try LocalPartition.split(Self.handGraph(), membership: Self.handMembership, parts: 2)
        // Part 0 owns 0, 1, 4; 0 hears from 3 and 4, 1 from 0, 4 from 5: halo 3, 5 (owner 1).
        #expect(parts[0].nodes == [0, 1, 4, 3, 5])
        #expect(parts[0].ownedCount == 3)
        #expect(parts[0].haloOwners == [1, 1])
        #expect(parts[0].incomingOffsets == [0, 2, 3, 4])
        #expect(parts[0].incomingSenders == [2, 3, 0, 4])
        #expect(parts[0].incomingWeights == nil)
        #expect(parts[0].gcnDegrees == [3, 2, 2, 2, 2])  // in-degree plus the self-loop
        #expect(parts[0].sendOffsets == [0, 0, 1])       // part 1's halo holds node 1, owned row 1
        #expect(Array(parts[0].sendRows(to: 1)) == [1])
        // Part 1 owns 2, 3, 5; 2 hears from 1, 3 and 5 from 2: halo 1 (owner 0).
        #expect(parts[1].nodes == [2, 3, 5, 1])
        #expect(parts[1].haloOwners == [0])
        #expect(parts[1].incomingOffsets == [0, 1, 2, 3])
        #expect(parts[1].incomingSenders == [3, 0, 0])
        #expect(Array(parts[1].sendRows(to: 0)) == [1, 2])  // nodes 3 and 5 for part 0's halo
        #expect(parts.map(\.receiveCounts) == [[0, 2], [1, 0]])
        // Cut edges 3→0, 5→4 (into part 0) and 1→2 (into part 1).
        #expect(parts.map(\.cutEdgeCount) == [2, 1])
    }

    @Test func weightsAndSelfLoopsCarryIntoTheDegrees() throws {
        // 0→1 (2), 2→1 (0.5), 1→1 (3, a self-loop), 1→0 (4); parts {0, 2}, {1}.
        let graph = try GraphBuilder.build(nodeCount: 3, sources: [0, 2, 1, 1], targets: [1, 1, 1, 0],
                                           weights: [2, 0.5, 3, 4], options: .init(dropSelfLoops: false))
        let parts = try LocalPartition.split(graph, membership: [0, 1, 0], parts: 2)
        #expect(parts[1].nodes == [1, 0, 2])
        #expect(parts[1].incomingSenders == [0, 1, 2])  // itself, then halo 0 and 2
        #expect(parts[1].incomingWeights == [3, 2, 0.5])
        #expect(parts[1].gcnDegrees == [5.5, 5, 1])     // node 1 has its loop; 0 and 2 get one
        #expect(parts[0].nodes == [0, 2, 1])
        #expect(parts[0].incomingWeights == [4])
    }

    @Test func aMembershipThatDoesNotFitIsRejected() throws {
        let graph = try Self.handGraph()
        #expect(throws: PartitionError.self) { try LocalPartition.split(graph, membership: [0, 1], parts: 2) }
        #expect(throws: PartitionError.self) { try LocalPartition.split(graph, membership: [0, 0, 1, 1, 0, 2], parts: 2) }
    }

    @Test(arguments: [2, 3, 5])
    func everyNodeIsOwnedOnceAndHalosAreTheOffPartInNeighbours(parts: Int) throws {
        var generator = SeededGenerator(seed: UInt64(parts))
        let graph = try RandomGraphs.erdosRenyi(nodes: 60, edges: 200, using: &generator)
        let membership = try METIS.partition(graph, parts: parts, seed: 3).membership
        let split = try LocalPartition.split(graph, membership: membership, parts: parts)
        let sources = graph.edgeSources()

        var owners = [[Int]](repeating: [], count: graph.nodeCount)
        for part in split {
            for v in part.nodes[0 ..< part.ownedCount] { owners[Int(v)].append(part.rank) }
        }
        #expect(owners.enumerated().allSatisfy { $0.element == [Int(membership[$0.offset])] })

        for part in split {
            let owned = Set(part.nodes[0 ..< part.ownedCount])
            let expectedHalo = Set((0 ..< graph.edgeCount).filter { owned.contains(graph.targets[$0]) }
                .map { sources[$0] }.filter { !owned.contains($0) })
            let halo = part.nodes[part.ownedCount...]
            #expect(Set(halo) == expectedHalo && halo.count == expectedHalo.count)
            #expect(zip(halo, part.haloOwners).allSatisfy { membership[Int($0)] == $1 })
            // Each owned node's incoming edges, as global (sender, receiver) pairs.
            var local: [(Int32, Int32)] = []
            for i in 0 ..< part.ownedCount {
                for e in part.incomingOffsets[i] ..< part.incomingOffsets[i + 1] {
                    local.append((part.nodes[Int(part.incomingSenders[e])], part.nodes[i]))
                }
            }
            let global = (0 ..< graph.edgeCount).filter { owned.contains(graph.targets[$0]) }.map { (sources[$0], graph.targets[$0]) }
            #expect(local.map { "\($0)" }.sorted() == global.map { "\($0)" }.sorted())
            // What part q sends here is this part's halo from q, in order.
            for q in split where q.rank != part.rank {
                let sent = q.sendRows(to: part.rank).map { q.nodes[Int($0)] }
                #expect(Array(sent) == Array(zip(halo, part.haloOwners).filter { Int($0.1) == q.rank }.map(\.0)))
            }
        }
        let cut = (0 ..< graph.edgeCount).filter { membership[Int(sources[$0])] != membership[Int(graph.targets[$0])] }.count
        #expect(split.reduce(0) { $0 + $1.cutEdgeCount } == cut)
    }
}
