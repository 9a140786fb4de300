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

@Suite struct SummaryTests {
    @Test func quotientCountsEdgesBetweenGroups() throws {
        // 0 → 2, 1 → 2, 2 → 3, 1 → 3, 4 isolated; groups {0, 1} → 0, {2} → 1, {3, 4} → 2.
        let g = try AlgorithmTests.dag()
        let q = try g.quotient(by: [0, 0, 1, 2, 2], groupCount: 3)
        #expect(q.offsets == [0, 2, 3, 3])
        #expect(q.targets == [1, 2, 2])
        #expect(q.edgeWeights == [2, 1, 1])
        #expect(q.nodeTypes == [2, 1, 2])
        #expect(throws: GraphError.self) { try g.quotient(by: [0, 0, 1, 2, 3], groupCount: 3) }
    }

    @Test func undirectedQuotientCountsEachEdgeOnce() throws {
        let g = try GraphBuilder.build(nodeCount: 4, sources: [0, 1, 2], targets: [2, 3, 3], options: .init(directed: false))
        let q = try g.quotient(by: [0, 0, 1, 1], groupCount: 2)
        #expect(EdgeList(q) == EdgeList(sources: [0], targets: [1], weights: [2]))
        #expect(q.edgeWeights == [2, 2])
    }

    @Test func fanInConeFollowsEdgesBackwards() throws {
        let g = try AlgorithmTests.dag()
        #expect(g.fanInCone(of: [2]) == [0, 1, 2])
        #expect(g.fanInCone(of: [3]) == [0, 1, 2, 3])
        #expect(g.fanInCone(of: [4]) == [4])
    }
}

@Suite struct KMeansTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func separatesWellSeparatedBlobs(seed: UInt64) throws {
        // Three tight blobs around (0,0), (10,0) and (0,10), 20 points each, interleaved.
        var rng = SeededGenerator(seed: seed)
        let centers: [(Float, Float)] = [(0, 0), (10, 0), (0, 10)]
        var points = Matrix(rows: 60, columns: 2)
        for i in 0 ..< 60 {
            points[i, 0] = centers[i % 3].0 + rng.nextUnitFloat() - 0.5
            points[i, 1] = centers[i % 3].1 + rng.nextUnitFloat() - 0.5
        }
        var generator = SeededGenerator(seed: seed)
        let clusters = try KMeans.cluster(points, k: 3, using: &generator)
        #expect(Array(clusters.prefix(3)) == [0, 1, 2], "numbered by first appearance (seed \(seed))")
        for i in 0 ..< 60 { #expect(clusters[i] == clusters[i % 3], "point \(i) (seed \(seed))") }
    }

    @Test func fewerDistinctPointsThanClustersAndBadK() throws {
        var rng = SeededGenerator(seed: 1)
        let points = Matrix([[1, 1], [1, 1], [2, 2]])
        let clusters = try KMeans.cluster(points, k: 5, using: &rng)
        #expect(clusters[0] == clusters[1] && clusters[0] != clusters[2])
        #expect(throws: GraphError.self) { try KMeans.cluster(points, k: 0, using: &rng) }
    }
}
