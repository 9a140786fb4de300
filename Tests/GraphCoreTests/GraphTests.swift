import Testing
@testable import GraphCore

@Suite struct GraphTests {
    /// 0 → 1, 0 → 2, 1 → 2, 2 → 3 with weights 1, 2, 3, 4 and types 10, 20, 30, 40.
    static func diamond() throws -> Graph {
        try Graph(nodeCount: 4, offsets: [0, 2, 3, 4, 4], targets: [1, 2, 2, 3], isDirected: true,
                  nodeTypes: [0, 1, 1, 2], edgeTypes: [10, 20, 30, 40], edgeWeights: [1, 2, 3, 4])
    }

    @Test func degreesAndLookups() throws {
        let g = try GraphTests.diamond()
        #expect(g.edgeCount == 4)
        #expect(g.outDegrees() == [2, 1, 1, 0])
        #expect(g.inDegrees() == [0, 1, 2, 1])
        #expect(Array(g.neighbors(of: 0)) == [1, 2])
        #expect(g.hasEdge(from: 1, to: 2))
        #expect(!g.hasEdge(from: 2, to: 1))
        #expect(!g.hasEdge(from: 3, to: 0))
        #expect(g.weight(ofEdge: 3) == 4)
        #expect(g.edgeSources() == [0, 0, 1, 2])
    }

    @Test func rejectsBrokenCSR() {
        #expect(throws: GraphError.self) {  // offsets too short
            try Graph(nodeCount: 2, offsets: [0, 1], targets: [1], isDirected: true)
        }
        #expect(throws: GraphError.self) {  // decreasing
            try Graph(nodeCount: 2, offsets: [0, 1, 0], targets: [], isDirected: true)
        }
        #expect(throws: GraphError.self) {  // target out of range
            try Graph(nodeCount: 2, offsets: [0, 1, 1], targets: [2], isDirected: true)
        }
        #expect(throws: GraphError.self) {  // weights of the wrong length
            try Graph(nodeCount: 2, offsets: [0, 1, 1], targets: [1], isDirected: true, edgeWeights: [1, 2])
        }
        #expect(throws: GraphError.invalidCSR("nodeTypes[1] is -1; nodeTypes must not be negative")) {
            try Graph(nodeCount: 2, offsets: [0, 1, 1], targets: [1], isDirected: true, nodeTypes: [0, -1])
        }
    }

    @Test func packsOffsetsAt32BitsAndTypesAtTheirWidth() throws {
        let g = try GraphTests.diamond()
        #expect(g.offsets.width == 32 && g.nodeTypes?.width == 2 && g.edgeTypes?.width == 8)
        #expect(Graph.offsetWidth(forEdgeCount: (1 << 32) - 1) == 32 && Graph.offsetWidth(forEdgeCount: 1 << 32) == 64)
    }

    @Test func transposeReversesEveryEdgeAndKeepsAttributes() throws {
        let g = try GraphTests.diamond()
        let t = g.transposed()
        #expect(t.offsets == [0, 0, 1, 3, 4])
        #expect(t.targets == [0, 0, 1, 2])
        #expect(t.edgeWeights == [1, 2, 3, 4])
        #expect(t.edgeTypes == [10, 20, 30, 40])
        #expect(t.transposed() == g)
    }

    @Test func undirectedGraphIsItsOwnTranspose() throws {
        let g = try GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 2], options: .init(directed: false))
        #expect(g.transposed() == g)
    }

    @Test func inducedSubgraphRenumbersNodes() throws {
        let g = try GraphTests.diamond()
        let s = try g.subgraph(nodes: [2, 0, 3])
        // Kept: 0→2 (new 1→0, weight 2) and 2→3 (new 0→2, weight 4).
        #expect(s.nodeCount == 3)
        #expect(s.offsets == [0, 1, 2, 2])
        #expect(s.targets == [2, 0])
        #expect(s.edgeWeights == [4, 2])
        #expect(s.nodeTypes == [1, 0, 2])
        #expect(throws: GraphError.self) { try g.subgraph(nodes: [1, 1]) }
        #expect(throws: GraphError.self) { try g.subgraph(nodes: [9]) }
    }
}
