import Testing
@testable import GraphCore

@Suite struct LinkPredictionDataTests {
    @Test(arguments: [UInt64(0), 1, 2])
    func splitPartitionsEdgesAndNegativesAreNonEdges(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let graph = try RandomGraphs.erdosRenyi(nodes: 200, edges: 1_000, using: &rng)
        let split = try LinkSplit(graph: graph, validationFraction: 0.05, testFraction: 0.10, using: &rng)
        #expect(split.testPositives.count == 100)
        #expect(split.validationPositives.count == 50)
        #expect(split.trainPositives.count == 850)
        #expect(split.testNegatives.count == 100)
        #expect(split.validationNegatives.count == 50)

        func keys(_ list: EdgeList) -> Set<UInt64> {
            Set(zip(list.sources, list.targets).map { NegativeSampling.pairKey(Int($0), Int($1)) })
        }
        let train = keys(split.trainPositives), val = keys(split.validationPositives), test = keys(split.testPositives)
        #expect(train.union(val).union(test) == keys(graph.edgeList()), "seed \(seed)")
        #expect(train.isDisjoint(with: val) && train.isDisjoint(with: test) && val.isDisjoint(with: test))
        // Held-out edges are absent from the training graph in both directions.
        for (u, v) in zip(split.testPositives.sources, split.testPositives.targets) {
            #expect(!split.trainGraph.hasEdge(from: Int(u), to: Int(v)))
            #expect(!split.trainGraph.hasEdge(from: Int(v), to: Int(u)))
        }
        let negatives = keys(split.testNegatives).union(keys(split.validationNegatives))
        #expect(negatives.count == 150, "negatives are distinct across both sets")
        for (u, v) in zip(split.testNegatives.sources + split.validationNegatives.sources,
                          split.testNegatives.targets + split.validationNegatives.targets) {
            #expect(u < v)
            #expect(!graph.hasEdge(from: Int(u), to: Int(v)))
        }
    }

    @Test func splitIsDeterministicForASeed() throws {
        var rng = SeededGenerator(seed: 3)
        let graph = try RandomGraphs.erdosRenyi(nodes: 50, edges: 200, using: &rng)
        var a = SeededGenerator(seed: 11), b = SeededGenerator(seed: 11)
        let first = try LinkSplit(graph: graph, using: &a), second = try LinkSplit(graph: graph, using: &b)
        #expect(first.testPositives == second.testPositives)
        #expect(first.testNegatives == second.testNegatives)
    }

    @Test func negativeSamplingRefusesImpossibleRequests() throws {
        // The complete graph on 4 nodes has no non-edges.
        var builder = GraphBuilder(nodeCount: 4, options: .init(directed: false))
        for u in 0 ..< 4 { for v in u + 1 ..< 4 { builder.addEdge(u, v) } }
        let complete = try builder.build()
        var rng = SeededGenerator(seed: 1)
        #expect(throws: GraphError.self) { try NegativeSampling.sample(count: 1, avoiding: complete, using: &rng) }
        let path = try GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 2], options: .init(directed: false))
        let only = try NegativeSampling.sample(count: 1, avoiding: path, distinct: true, using: &rng)
        #expect(only == EdgeList(sources: [0], targets: [2]))
        #expect(throws: GraphError.self) {
            try NegativeSampling.sample(count: 2, avoiding: path, distinct: true, using: &rng)
        }
    }
}
