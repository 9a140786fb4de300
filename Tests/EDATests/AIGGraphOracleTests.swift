import GraphCore
import Testing
@testable import EDA

/// `AIG.graph` builds its CSR directly; these tests compare it with an edge list sorted by
/// `GraphBuilder` (the straightforward construction) on circuits with every kind of node.
@Suite struct AIGGraphOracleTests {
    /// The graph by the book: number the nodes, list the edges, let GraphBuilder sort the rows.
    private func reference(_ aig: AIG, _ encoding: AIGGraphEncoding) throws -> AIGGraph {
        var nodeOf = [Int32](repeating: -1, count: aig.variableCount)
        var types = [AIGNodeType.constant.rawValue]
        nodeOf[0] = 0
        func add(_ v: Int, _ type: AIGNodeType) { nodeOf[v] = Int32(types.count); types.append(type.rawValue) }
        for v in aig.inputs { add(Int(v), .input) }
        for v in aig.latches { add(Int(v), .latch) }
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and { add(v, .and) }
        let reads = (0 ..< aig.variableCount).filter { aig.kinds[$0] == .and }
            .flatMap { [aig.fanin0[$0], aig.fanin1[$0]] } + aig.latchNext + aig.outputs
        var notOf: [Int32]?
        var sources: [Int32] = [], targets: [Int32] = [], edgeTypes: [Int32] = []
        if encoding == .notNodes {
            var nots = [Int32](repeating: -1, count: aig.variableCount)
            for literal in reads where literal & 1 == 1 { nots[Int(literal >> 1)] = 0 }
            for v in nots.indices where nots[v] == 0 {
                nots[v] = Int32(types.count)
                types.append(AIGNodeType.not.rawValue)
                sources.append(nodeOf[v]); targets.append(nots[v]); edgeTypes.append(0)
            }
            notOf = nots
        }
        func connect(_ literal: UInt32, _ node: Int32) {
            let v = Int(literal >> 1)
            if literal & 1 == 1, let notOf { sources.append(notOf[v]); edgeTypes.append(0) }
            else { sources.append(nodeOf[v]); edgeTypes.append(Int32(literal & 1)) }
            targets.append(node)
        }
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and {
            connect(aig.fanin0[v], nodeOf[v]); connect(aig.fanin1[v], nodeOf[v])
        }
        for (i, v) in aig.latches.enumerated() { connect(aig.latchNext[i], nodeOf[Int(v)]) }
        let firstOutput = types.count
        for literal in aig.outputs {
            connect(literal, Int32(types.count))
            types.append(AIGNodeType.output.rawValue)
        }
        var graph = try GraphBuilder.build(nodeCount: types.count, sources: sources, targets: targets,
                                           edgeTypes: edgeTypes, options: .init(directed: true, dropDuplicates: false))
        graph.nodeTypes = try PackedIntegers(types)
        return AIGGraph(graph: graph, nodeTable: nodeOf, variableCount: aig.variableCount, notNodeOfVariable: notOf,
                        outputNodes: firstOutput ..< types.count)
    }

    private func expectSame(_ aig: AIG, _ label: String) throws {
        for encoding in AIGGraphEncoding.allCases {
            let fast = try aig.graph(encoding: encoding), slow = try reference(aig, encoding)
            #expect(fast.graph == slow.graph, "\(label) \(encoding)")
            let variables = 0 ..< aig.variableCount
            #expect(variables.map(fast.node(ofVariable:)) == variables.map(slow.node(ofVariable:)), "\(label) \(encoding)")
            #expect(fast.nodeTable == nil || !aig.isCanonical, "\(label) \(encoding): a canonical AIG needs no table")
            #expect(fast.notNodeOfVariable == slow.notNodeOfVariable, "\(label) \(encoding)")
            #expect(fast.outputNodes == slow.outputNodes, "\(label) \(encoding)")
        }
    }

    @Test func matchesGraphBuilderOnFixturesAndGenerators() throws {
        try expectSame(try AIGERReader.read(bytes: Fixtures.allSections), "allSections")
        try expectSame(try Fixtures.aig(Fixtures.halfAdder), "halfAdder")
        // Unused variables, an output reading an input complemented and the constant true.
        try expectSame(try Fixtures.aig("aag 9 1 0 3 1\n2\n7\n1\n3\n6 3 2\n"), "sparse")
        try expectSame(AIG(), "empty")
        for kind in CircuitGenerator.Kind.allCases {
            try expectSame(try CircuitGenerator.make(kind, bits: nil, seed: 3), kind.rawValue)
        }
    }

    @Test func matchesGraphBuilderWithLatchesAndParallelEdges() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput()
        let q = aig.addLatch(), r = aig.addLatch(reset: .one)
        let same = try aig.appendAndVerbatim(a, a)           // two parallel edges of type 0
        let clash = try aig.appendAndVerbatim(b, AIG.not(b))   // parallel edges of types 0 and 1
        let g = try aig.and(AIG.not(same), q)
        try aig.setLatchNext(0, to: AIG.not(g))
        try aig.setLatchNext(1, to: clash)
        try aig.addOutput(r); try aig.addOutput(AIG.not(r)); try aig.addOutput(AIG.constantTrue)
        try expectSame(aig, "latches")
        try expectSame(try aig.tiled(copies: 3), "latches tiled")
    }
}
