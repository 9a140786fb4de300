import GraphCore
import Testing
@testable import EDA

@Suite struct AIGGraphTests {
    private func edges(_ g: Graph) -> [[Int32]] {
        (0 ..< g.nodeCount).flatMap { s in g.edgeRange(of: s).map { [Int32(s), g.targets[$0], Int32(g.edgeTypes![$0])] } }
    }

    @Test func halfAdderWithInvertedEdges() throws {
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        let converted = try aig.graph()
        let g = converted.graph
        // const, a, b, and6, and8, and10, PO sum, PO carry
        #expect(g.nodeTypes == [0, 1, 1, 3, 3, 3, 4, 4])
        #expect(edges(g) == [[1, 3, 0], [1, 4, 1], [2, 3, 0], [2, 4, 1], [3, 5, 1], [3, 7, 0], [4, 5, 1], [5, 6, 0]])
        #expect((0 ..< 6).map(converted.node(ofVariable:)) == [0, 1, 2, 3, 4, 5])
        #expect(converted.nodeTable == nil, "a canonical AIG's node v is variable v: no table")
        #expect(g.offsets.width == 32 && g.edgeTypes?.width == 1 && g.nodeTypes?.width == 4)
        #expect(converted.outputNodes == 6 ..< 8 && converted.notNodeOfVariable == nil)
        #expect(g.isDirected)
    }

    @Test func halfAdderWithSharedNOTNodes() throws {
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        let converted = try aig.graph(encoding: .notNodes)
        let g = converted.graph
        // const, a, b, and6, and8, and10, NOT a, NOT b, NOT and6, NOT and8, PO sum, PO carry
        #expect(g.nodeTypes == [0, 1, 1, 3, 3, 3, 5, 5, 5, 5, 4, 4])
        #expect(edges(g) == [[1, 3, 0], [1, 6, 0], [2, 3, 0], [2, 7, 0], [3, 8, 0], [3, 11, 0], [4, 9, 0],
                             [5, 10, 0], [6, 4, 0], [7, 4, 0], [8, 5, 0], [9, 5, 0]])
        #expect(converted.notNodeOfVariable == [-1, 6, 7, 8, 9, -1])
    }

    @Test func unusedVariablesHaveNoNode() throws {
        // Variables 1 (input) and 3 (AND of !1 and 1); 2 and 4...9 unused.
        let converted = try Fixtures.aig("aag 9 1 0 3 1\n2\n7\n1\n3\n6 3 2\n").graph()
        #expect((0 ..< 10).map(converted.node(ofVariable:)) == [0, 1, nil, 2, nil, nil, nil, nil, nil, nil])
        #expect(converted.outputNodes == 3 ..< 6)
    }

    @Test func latchesParallelEdgesAndConstants() throws {
        var aig = AIG()
        let a = aig.addInput()
        let q = aig.addLatch()
        let g = try aig.appendAndVerbatim(a, AIG.not(a))   // x & !x kept verbatim: two parallel edges
        try aig.setLatchNext(0, to: AIG.not(g))
        try aig.addOutput(AIG.constantTrue)
        try aig.addOutput(q)
        let inverted = try aig.graph().graph
        #expect(inverted.nodeTypes == [0, 1, 2, 3, 4, 4])
        #expect(edges(inverted) == [[0, 4, 1], [1, 3, 0], [1, 3, 1], [2, 5, 0], [3, 2, 1]])
        let nots = try aig.graph(encoding: .notNodes).graph
        // NOT nodes for the constant (true), a, and the AND (latch next state).
        #expect(nots.nodeTypes == [0, 1, 2, 3, 5, 5, 5, 4, 4])
        #expect(nots.inDegrees() == [0, 0, 1, 2, 1, 1, 1, 1, 1])
    }
}
