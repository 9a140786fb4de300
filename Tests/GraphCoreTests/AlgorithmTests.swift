import Testing
@testable import GraphCore

@Suite struct AlgorithmTests {
    /// 0 → 2, 1 → 2, 2 → 3, 1 → 3, 4 isolated.
    static func dag() throws -> Graph {
        try GraphBuilder.build(nodeCount: 5, sources: [0, 1, 2, 1], targets: [2, 2, 3, 3])
    }

    @Test func topologicalOrderAndLevels() throws {
        let g = try AlgorithmTests.dag()
        let order = try g.topologicalOrder()
        #expect(order == [0, 1, 4, 2, 3])
        #expect(try g.topologicalLevels() == [0, 0, 1, 2, 0])
        #expect(try g.reverseTopologicalLevels() == [2, 2, 1, 0, 0])
        #expect(Graph.nodesByLevel([0, 0, 1, 2, 0]) == [[0, 1, 4], [2], [3]])
    }

    @Test func deepChainNeedsNoRecursion() throws {
        let n = 200_000
        let g = try GraphBuilder.build(nodeCount: n, sources: (0 ..< Int32(n - 1)).map { $0 },
                                       targets: (1 ..< Int32(n)).map { $0 })
        #expect(try g.topologicalLevels().last == Int32(n - 1))
    }

    @Test func cycleIsReportedWithANodeOnIt() throws {
        // 0 → 1 → 2 → 1, 3 → 0
        let g = try GraphBuilder.build(nodeCount: 4, sources: [0, 1, 2, 3], targets: [1, 2, 1, 0])
        #expect {
            try g.topologicalOrder()
        } throws: { error in
            guard case GraphError.cycle(let node) = error else { return false }
            return node == 1 || node == 2
        }
    }

    @Test func bfsAndKHop() throws {
        let g = try AlgorithmTests.dag()
        #expect(g.bfsDistances(from: [0]) == [0, -1, 1, 2, -1])
        #expect(g.bfsDistances(from: [0], maxDepth: 1) == [0, -1, 1, -1, -1])
        #expect(g.kHopNeighborhood(of: [3], hops: 1) == [3])
        #expect(g.kHopNeighborhood(of: [3], hops: 1, bothDirections: true) == [1, 2, 3])
        #expect(g.kHopNeighborhood(of: [3], hops: 2, bothDirections: true) == [0, 1, 2, 3])
    }

    @Test func weaklyConnectedComponents() throws {
        let g = try GraphBuilder.build(nodeCount: 6, sources: [5, 1, 3], targets: [0, 2, 2])
        let (count, component) = g.connectedComponents()
        #expect(count == 3)
        #expect(component == [0, 1, 1, 1, 2, 0])
    }
}
