import Testing
@testable import GraphCore

@Suite struct GraphBuilderTests {
    @Test func directedRowsAreSortedAndDuplicatesDropped() throws {
        // Edges 0→2, 0→1, 0→2 (duplicate), 2→0, 1→1 (self-loop).
        let g = try GraphBuilder.build(nodeCount: 3, sources: [0, 0, 0, 2, 1], targets: [2, 1, 2, 0, 1])
        #expect(g.offsets == [0, 2, 3, 4])
        #expect(g.targets == [1, 2, 1, 0])
        #expect(g.isDirected)
    }

    @Test func keepsDuplicatesAndDropsSelfLoopsOnRequest() throws {
        let g = try GraphBuilder.build(
            nodeCount: 3, sources: [0, 0, 0, 2, 1], targets: [2, 1, 2, 0, 1],
            options: .init(dropDuplicates: false, dropSelfLoops: true))
        #expect(g.offsets == [0, 3, 3, 4])
        #expect(g.targets == [1, 2, 2, 0])
    }

    @Test func undirectedStoresEachEdgeBothWays() throws {
        var builder = GraphBuilder(nodeCount: 4, options: .init(directed: false))
        builder.addEdge(0, 1)
        builder.addEdge(1, 2)
        builder.addEdge(2, 1)  // the same undirected edge again
        let g = try builder.build()
        #expect(g.offsets == [0, 1, 3, 4, 4])
        #expect(g.targets == [1, 0, 2, 1])
        #expect(!g.isDirected)
        #expect(EdgeList(g) == EdgeList(sources: [0, 1], targets: [1, 2], nodeCount: 4))
    }

    @Test func addsOnlyMissingSelfLoops() throws {
        let g = try GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 1],
                                       weights: [2, 5], options: .init(addSelfLoops: true))
        #expect(g.targets == [0, 1, 1, 2])
        // Node 1's own loop (weight 5) wins over the added one (weight 1).
        #expect(g.edgeWeights == [1, 2, 5, 1])
    }

    @Test func weightsAndTypesFollowTheirEdges() throws {
        var builder = GraphBuilder()
        builder.addEdge(1, 0, weight: 0.5)
        builder.addEdge(0, 2, type: 7)
        builder.addEdge(0, 1)
        let g = try builder.build()
        #expect(g.nodeCount == 3)
        #expect(g.targets == [1, 2, 0])
        #expect(g.edgeWeights == [1, 1, 0.5])
        #expect(g.edgeTypes == [0, 7, 0])
        #expect(throws: GraphError.invalidArgument("edge 1 has type -2; edge types must not be negative")) {
            try GraphBuilder.build(nodeCount: 2, sources: [0, 1], targets: [1, 0], edgeTypes: [0, -2])
        }
    }

    @Test func rejectsOutOfRangeNodesAndMismatchedArrays() {
        #expect(throws: GraphError.nodeOutOfRange(node: 5, nodeCount: 3, edgeIndex: 1)) {
            try GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 5])
        }
        #expect(throws: GraphError.self) {
            try GraphBuilder.build(nodeCount: 3, sources: [0, -1], targets: [1, 2])
        }
        #expect(throws: GraphError.self) {
            try GraphBuilder.build(nodeCount: 3, sources: [0], targets: [1, 2])
        }
        #expect(throws: GraphError.self) {
            try GraphBuilder.build(nodeCount: 3, sources: [0], targets: [1], weights: [1, 2])
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func matchesASetOfPairsOracle(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let n = 40
        let sources = (0 ..< 300).map { _ in Int32(rng.nextIndex(below: n)) }
        let targets = (0 ..< 300).map { _ in Int32(rng.nextIndex(below: n)) }
        let g = try GraphBuilder.build(nodeCount: n, sources: sources, targets: targets,
                                       options: .init(directed: false, dropSelfLoops: true))
        var expected = Set<[Int32]>()
        for (s, t) in zip(sources, targets) where s != t {
            expected.insert([s, t])
            expected.insert([t, s])
        }
        var stored = Set<[Int32]>()
        for u in 0 ..< n {
            let row = Array(g.neighbors(of: u))
            #expect(row == row.sorted(), "row \(u) must be sorted (seed \(seed))")
            for v in row { stored.insert([Int32(u), v]) }
        }
        #expect(stored == expected, "seed \(seed)")
        #expect(g.edgeCount == expected.count)
    }
}
