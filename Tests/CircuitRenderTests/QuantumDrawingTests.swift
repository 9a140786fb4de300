import CircuitRender
import GraphCore
import Quantum
import Render
import Testing

@Suite struct QuantumDrawingTests {
    /// The Bell circuit `h q0; cx q0,q1`: START, two gates, END; START feeds h and cx, h feeds
    /// cx, cx feeds END on both wires (one edge); labels name the gates and their qubits.
    @Test func drawsTheGateDAG() throws {
        let circuit = QuantumCircuit(qubits: 2, operations: [.gate(.h, [0]), .gate(.cx, [0, 1])])
        let drawing = try QuantumDrawing(circuit)
        #expect(drawing.graph.nodeCount == 4)
        var edges: [[Int]] = []
        for node in 0 ..< 4 { for target in drawing.graph.neighbors(of: node) { edges.append([node, Int(target)]) } }
        #expect(edges.sorted { $0.lexicographicallyPrecedes($1) } == [[0, 1], [0, 2], [1, 2], [2, 3]])
        #expect((0 ..< 4).map { drawing.style.label?($0) } == ["START", "h q0", "cx q0,q1", "END"])
        #expect((0 ..< 4).map { drawing.graph.nodeTypes?[$0] } == [0, 1, 2, 0])
        let plan = try drawing.plan(maxNodes: 100)
        #expect(try GraphDrawing.dot(for: plan.graph, style: plan.style).contains("cx q0,q1"))
    }
}
