import Foundation
import GraphCore
import Render
import Testing
@testable import CircuitRender
@testable import EDA

/// The circuit drawing style, as a library: what `graphtool render` and `dot` draw.
@Suite struct CircuitDrawingTests {
    /// y = a & !b (output "y"), z = !(a & !b) (unnamed); a latch q with next state a.
    /// Variables: 0 const, 1 a, 2 b, 3 q, 4 AND. Nodes: the same, then outputs y (5), o1 (6).
    static func circuit() throws -> AIG {
        var aig = AIG()
        let a = aig.addInput(name: "a"), b = aig.addInput()
        _ = aig.addLatch(reset: .zero, name: "q")
        try aig.setLatchNext(0, to: a)
        let g = aig.and(a, AIG.not(b))
        try aig.addOutput(g, name: "y")
        try aig.addOutput(AIG.not(g))
        return aig
    }

    @Test func nodesAreNamedShapedAndReachable() throws {
        let drawing = try CircuitDrawing(try Self.circuit())
        #expect(drawing.graph.nodeCount == 7)
        #expect((0 ..< 7).map { drawing.style.label!($0) } == ["0", "a", "i1", "q", "n4", "y", "o1"])
        #expect(drawing.namedNodes == ["y": 5, "o0": 5, "o1": 6])
        #expect(drawing.node(named: "y") == 5 && drawing.node(named: "4") == 4 && drawing.node(named: "x") == nil)
        #expect(!drawing.style.ranksByLevel, "a sequential circuit is left to dot's own layering")
        let dot = try GraphDrawing.dot(for: drawing.graph, style: drawing.style)
        for (name, shape) in [("input", "invtriangle"), ("latch", "box"), ("AND", "ellipse"), ("output", "triangle")] {
            #expect(dot.contains("[shape=\(shape), label=\(name)]"), "legend entry \(name)")
        }
        #expect(dot.contains("label=\"inverted fanin\""))
        #expect(dot.contains("2 -> 4 [style=dashed, arrowhead=odot];"), "b enters the AND inverted")
    }

    @Test func valuesFollowVariablesAndOutputsTheirDrivers() throws {
        let drawing = try CircuitDrawing(try Self.circuit())
        let spread = drawing.nodeValues(ofVariables: [0.0, 0.1, 0.2, 0.3, 0.4], missing: -1) { v, inverted in inverted ? -v : v }
        #expect(spread == [0.0, 0.1, 0.2, 0.3, 0.4, 0.4, -0.4])
        #expect(drawing.nodeValues([10, 11, 12, 13, 14], missing: 0) == [10, 11, 12, 13, 14, 14, 14], "one per variable")
        #expect(drawing.nodeValues(Array(0 ..< 7), missing: 0) == Array(0 ..< 7), "one per node")
        #expect(drawing.nodeValues([1, 2, 3], missing: 0) == nil)
    }

    @Test func signalProbabilitiesAreExactForSmallCircuits() throws {
        let p = try CircuitDrawing(try Self.circuit()).signalProbabilities()
        // a, b and the latch state are uniform; a & !b is 1/4; its complement 3/4.
        #expect(p == [0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.75])
    }

    @Test func embeddingClustersNeedARowPerVariable() throws {
        let drawing = try CircuitDrawing(try Self.circuit())
        // Variables 0, 1 near the origin; 2, 3, 4 far away: two clusters.
        let rows: [[Float]] = [[0, 0], [0.1, 0], [9, 9], [9, 9.1], [9.1, 9]]
        let embeddings = try Matrix(rows: 5, columns: 2, values: rows.flatMap { $0 })
        let clusters = try drawing.embeddingClusters(embeddings, k: 2)
        #expect(clusters[0] == clusters[1] && clusters[2] == clusters[3] && clusters[3] == clusters[4] && clusters[0] != clusters[2])
        #expect(clusters[5] == clusters[4] && clusters[6] == clusters[4], "outputs take their driver's cluster")
        #expect(throws: GraphError.self) { try drawing.embeddingClusters(try Matrix(rows: 7, columns: 2, values: Array(repeating: 0, count: 14)), k: 2) }
    }

    @Test func aCombinationalCircuitIsRankedByLevel() throws {
        let adder = try CircuitGenerator.make(.adder, bits: 2)
        let drawing = try CircuitDrawing(adder)
        #expect(drawing.style.ranksByLevel)
        #expect(!(try GraphDrawing.dot(for: drawing.graph, style: drawing.style)).contains("label=latch"), "no latch, no latch legend")
        let plan = try drawing.plan(maxNodes: 5)
        #expect(plan.graph.nodeCount <= 5 && plan.note != nil)
    }

    /// The README's example: a circuit file drawn from Swift as the command line draws it.
    @Test func theReadmeExampleDraws() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("adder-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: svg) }
        var drawing = try CircuitDrawing(try CircuitFile.read(root.appendingPathComponent("netlists/adder-4.aig").path))
        drawing.style.coloring = .values(try drawing.signalProbabilities(), title: "signal probability")
        try drawing.plan(maxNodes: 2000).render(to: svg)
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("signal probability") && text.contains("inverted fanin"))
    }
}
