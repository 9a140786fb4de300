import GNN
import GraphCore

extension CircuitModel {
    /// The embeddings `graphtool embed` writes: one row per AIG variable of `circuit` and the
    /// circuit's row (``CircuitEncoding/graphEmbedding(_:_:)``), without a tape. The DeepGate
    /// encoder takes its low-memory path (``CircuitEncoder/embeddings(_:progress:)``, which needs
    /// no ``PreparedCircuit/graph``); the GIN baseline needs a circuit prepared with its graph.
    /// `progress(done, total)` is called as encoder steps complete.
    /// - Complexity: that of the encoder.
    public func embeddings(_ circuit: PreparedCircuit, progress: ((Int, Int) -> Void)? = nil) -> (nodes: Matrix, graph: Matrix) {
        if let deepgate = encoder as? CircuitEncoder {
            let nodes = deepgate.embeddings(circuit, progress: progress)
            return (nodes, CircuitEncoder.graphEmbedding(nodes, circuit))
        }
        return Tensor.withoutTape {
            let z = encoder.encode(circuit, progress: progress)
            return (z.value, encoder.graphEmbedding(z, circuit).value)
        }
    }

    /// Whether ``embeddings(_:progress:)`` reads ``PreparedCircuit/graph`` and
    /// ``PreparedCircuit/features`` (prepare with `withGraph: needsGraphToEmbed`). - Complexity: O(1)
    public var needsGraphToEmbed: Bool { architecture != .deepgate }
}
