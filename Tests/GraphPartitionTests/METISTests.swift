import GraphCore
import GraphPartition
import Testing

/// The METIS wrapper: the obvious cut of a hand-made graph, and on random graphs a valid,
/// balanced membership whose reported edge cut equals the one counted from it.
struct METISTests {
    @Test func twoCliquesJoinedByOneEdgeSplitAtThatEdge() throws {
        var sources: [Int32] = [3], targets: [Int32] = [4]
        for base: Int32 in [0, 4] {
            for u in 0 ..< Int32(4) { for v in 0 ..< Int32(4) where u < v { sources.append(base + u); targets.append(base + v) } }
        }
        let graph = try GraphBuilder.build(nodeCount: 8, sources: sources, targets: targets)
        let result = try METIS.partition(graph, parts: 2)
        #expect(result.edgeCut == 1)
        #expect(Set(result.membership[0 ..< 4]).count == 1 && Set(result.membership[4 ..< 8]).count == 1)
        #expect(result.membership[0] != result.membership[4])
    }

    @Test(arguments: [2, 4, 7])
    func theReportedCutIsTheCountedCut(parts: Int) throws {
        var generator = SeededGenerator(seed: 21)
        let graph = try RandomGraphs.erdosRenyi(nodes: 200, edges: 700, using: &generator)
        let result = try METIS.partition(graph, parts: parts, seed: 5)
        #expect(result.membership.count == graph.nodeCount)
        #expect(result.membership.allSatisfy { $0 >= 0 && Int($0) < parts })
        let sizes = (0 ..< parts).map { p in result.membership.filter { Int($0) == p }.count }
        #expect(sizes.allSatisfy { $0 > 0 })
        // Each undirected edge once, self-loops dropped: METIS's view of the graph.
        let sources = graph.edgeSources()
        var pairs = Set<[Int32]>()
        for e in 0 ..< graph.edgeCount where sources[e] != graph.targets[e] {
            pairs.insert([min(sources[e], graph.targets[e]), max(sources[e], graph.targets[e])])
        }
        let counted = pairs.filter { result.membership[Int($0[0])] != result.membership[Int($0[1])] }.count
        #expect(result.edgeCut == counted)
        #expect(try METIS.partition(graph, parts: parts, seed: 5) == result)  // the seed fixes it
    }

    @Test func onePartAndTooManyParts() throws {
        let graph = try GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 2])
        let one = try METIS.partition(graph, parts: 1)
        #expect(one.membership == [0, 0, 0] && one.edgeCut == 0)
        #expect(throws: PartitionError.self) { try METIS.partition(graph, parts: 4) }
        #expect(throws: PartitionError.self) { try METIS.partition(graph, parts: 0) }
    }
}
