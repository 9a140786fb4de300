import GNN
import GraphCore

/// A model that maps a prepared circuit to one embedding row per AIG variable.
public protocol CircuitEncoding: Layer where Input == PreparedCircuit, Output == Tensor {
    /// The width of each variable's embedding.
    var embeddingWidth: Int { get }
}

extension CircuitEncoding {
    /// The circuit's embedding: the mean of its real variables' rows (not the constant, not
    /// unused variables), `1 × width`. - Complexity: O(M × width)
    public func graphEmbedding(_ nodes: Tensor, _ circuit: PreparedCircuit) -> Tensor {
        let used = circuit.schedule.usedVariables
        return used.isEmpty ? nodes.meanColumns() : nodes.gatherRows(used).meanColumns()
    }
}
