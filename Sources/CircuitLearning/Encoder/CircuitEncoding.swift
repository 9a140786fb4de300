import EDA
import GNN
import GraphCore

/// A model that maps a prepared circuit to one embedding row per AIG variable.
public protocol CircuitEncoding: Layer where Input == PreparedCircuit, Output == Tensor {
    /// The width of each variable's embedding.
    var embeddingWidth: Int { get }

    /// The same as `self(circuit)`, calling `progress(done, total)` as steps complete.
    func encode(_ circuit: PreparedCircuit, progress: ((Int, Int) -> Void)?) -> Tensor
}

extension CircuitEncoding {
    /// Encodes in one go and reports `(1, 1)` at the end. - Complexity: that of the encoder.
    public func encode(_ circuit: PreparedCircuit, progress: ((Int, Int) -> Void)?) -> Tensor {
        let z = self(circuit)
        progress?(1, 1)
        return z
    }

    /// The circuit's embedding: the mean of its real variables' rows (not the constant, not
    /// unused variables), `1 × width`. - Complexity: O(M × width)
    public func graphEmbedding(_ nodes: Tensor, _ circuit: PreparedCircuit) -> Tensor {
        let used = circuit.schedule.usedVariables
        return used.isEmpty ? nodes.meanColumns() : nodes.gatherRows(used).meanColumns()
    }
}
