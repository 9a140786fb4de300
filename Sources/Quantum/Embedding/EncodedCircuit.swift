import GraphCore

/// A circuit DAG ready for the autoencoder: node features, the graph messages flow on (each DAG
/// edge both ways) and the directed adjacency the decoder must rebuild.
public struct EncodedCircuit: Sendable {
    /// The DAG.
    public let dag: CircuitDAG
    /// One row per node (``CircuitDAG/features(_:)``).
    public let features: Matrix
    /// The DAG's edges in both directions, for message passing.
    public let messageGraph: Graph
    /// Whether the DAG has an edge `i → j`, row-major `nodes × nodes`.
    public let adjacency: [Bool]

    /// Encodes `dag`. - Complexity: O(V² + E)
    public init(_ dag: CircuitDAG, encoding: CircuitDAGEncoding) throws {
        self.dag = dag
        features = dag.features(encoding)
        let n = dag.nodes.count
        messageGraph = try GraphBuilder.build(
            nodeCount: n, sources: dag.edges.map { Int32($0.from) }, targets: dag.edges.map { Int32($0.to) },
            weights: encoding.weighsEdges ? dag.edges.map { Float($0.wires) } : nil, options: .init(directed: false))
        var adjacency = [Bool](repeating: false, count: n * n)
        for edge in dag.edges { adjacency[edge.from * n + edge.to] = true }
        self.adjacency = adjacency
    }

    /// Number of nodes. - Complexity: O(1)
    public var nodeCount: Int { dag.nodes.count }
}
