import GraphCore
import Quantum
import Render

/// A quantum circuit drawn as its gate DAG (``CircuitDAG``): START on top, one node per
/// operation labelled with its name and qubits, END at the bottom, an edge per qubit wire from
/// each node to the next one on that wire; nodes coloured by gate kind (one colour per kind),
/// one-qubit gates as ellipses, wider gates as boxes, START and END as house shapes.
///
/// ```swift
/// let drawing = try QuantumDrawing(try QASMReader.read("qft-4.qasm"))
/// try drawing.plan(maxNodes: 2000).render(to: "qft-4.svg")
/// ```
public struct QuantumDrawing: Sendable {
    /// The DAG drawn.
    public let dag: CircuitDAG
    /// Its graph, node types 0 (START, END), 1 (one qubit), 2 (more).
    public let graph: Graph
    /// The style; its colouring is the gate kind.
    public var style: DrawingStyle

    /// The shape and legend name of each node type.
    public static let nodeKinds: [Int: DrawingStyle.NodeKind] = [
        0: .init("START / END", shape: "house"),
        1: .init("one-qubit gate", shape: "ellipse"),
        2: .init("multi-qubit gate", shape: "box"),
    ]

    /// The drawing of `circuit` (barriers left out).
    /// - Throws: `GraphError` when the DAG cannot be built.
    /// - Complexity: O(operations × qubits per operation)
    public init(_ circuit: QuantumCircuit) throws {
        let dag = try CircuitDAG(circuit)
        let last = dag.nodes.count - 1
        let types = dag.nodes.indices.map { Int32($0 == 0 || $0 == last ? 0 : dag.nodes[$0].qubits.count == 1 ? 1 : 2) }
        var graph = try GraphBuilder.build(nodeCount: dag.nodes.count, sources: dag.edges.map { Int32($0.from) },
                                           targets: dag.edges.map { Int32($0.to) })
        graph.nodeTypes = try PackedIntegers(types, width: 2)
        self.graph = graph
        let labels = dag.nodes.map { node in
            let name = dag.pool.name(ofKind: node.kind)
            return node.kind == dag.pool.start || node.kind == dag.pool.end ? name : "\(name) " + node.qubits.map { "q\($0)" }.joined(separator: ",")
        }
        self.dag = dag
        style = DrawingStyle(coloring: .categories(dag.nodes.map { Int32($0.kind) }, title: "gate kind"),
                             nodeKinds: Self.nodeKinds, label: { labels[$0] }, ranksByLevel: true)
    }

    /// The drawing of at most `maxNodes` nodes (see `DrawingPlan`). - Throws: `GraphError`.
    /// - Complexity: O(V + E log d)
    public func plan(maxNodes: Int) throws -> DrawingPlan {
        try DrawingPlan(graph: graph, style: style, maxNodes: maxNodes, cone: nil)
    }
}
