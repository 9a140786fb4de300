import GNN
import GraphCore
import Testing

/// A batch of graphs gives each member the rows it gets alone (the members as the oracle).
@Suite struct GraphBatchTests {
    static func member(_ nodes: Int, _ edges: [(Int32, Int32)], directed: Bool, seed: UInt64) throws -> (graph: Graph, features: Matrix) {
        var generator = SeededGenerator(seed: seed)
        let graph = try GraphBuilder.build(nodeCount: nodes, sources: edges.map(\.0), targets: edges.map(\.1),
                                           options: .init(directed: directed))
        let features = try Matrix(rows: nodes, columns: 3, values: (0 ..< 3 * nodes).map { _ in generator.nextGaussian() })
        return (graph, features)
    }

    @Test(arguments: [true, false])
    func ginOnTheBatchEqualsGINOnEachGraph(directed: Bool) throws {
        let members = [
            try Self.member(3, [(0, 1), (1, 2)], directed: directed, seed: 1),
            try Self.member(1, [], directed: directed, seed: 2),
            try Self.member(4, [(0, 2), (1, 2), (2, 3), (3, 0)], directed: directed, seed: 3),
        ]
        let batch = try GraphBatch(members)
        #expect(batch.count == 3 && batch.nodeOffsets == [0, 3, 4, 8] && batch.graphOfNode == [0, 0, 0, 1, 2, 2, 2, 2])
        #expect(batch.graph.edgeCount == members.reduce(0) { $0 + $1.graph.edgeCount })
        var generator = SeededGenerator(seed: 9)
        let gin = GINConv(mlp: Sequential(Linear(inputSize: 3, outputSize: 5, generator: &generator)), epsilon: 0.25, trainEpsilon: true)
        let together = gin(Tensor(batch.features), MessageGraph(batch.graph)).value
        for (index, member) in members.enumerated() {
            let alone = gin(Tensor(member.features), MessageGraph(member.graph)).value
            for (row, batchRow) in batch.nodes(of: index).enumerated() {
                let difference = zip(alone.row(row), together.row(batchRow)).map { abs($0 - $1) }.max() ?? 0
                #expect(difference < 1e-6, "graph \(index) node \(row)")
            }
        }
    }

    @Test func rejectsFeaturesOfAnotherWidth() throws {
        let a = try Self.member(2, [(0, 1)], directed: true, seed: 1)
        let b = (a.graph, Matrix(rows: 2, columns: 4))
        #expect(throws: GraphError.self) { try GraphBatch([a, b]) }
    }
}
