import GNN
import GraphCore

extension CircuitAutoencoder {
    /// The latent mean `μ` of every DAG node (START, the gates in program order, END) of each
    /// circuit, encoded 256 circuits per batch. A circuit on fewer qubits than the model is
    /// embedded as if on the model's qubits, the rest idle.
    /// - Throws: `GraphError.invalidArgument` for a circuit on more qubits than the model or with
    ///   an operation outside its gate pool.
    /// - Complexity: O(layers × (E × hidden + V × hidden²)) over all circuits.
    public func nodeEmbeddings(_ circuits: [QuantumCircuit]) throws -> [Matrix] {
        var generator = SeededGenerator(seed: 0)  // unused: encoding without sampling
        var result: [Matrix] = []
        result.reserveCapacity(circuits.count)
        for start in stride(from: 0, to: circuits.count, by: 256) {
            let members = try circuits[start ..< min(circuits.count, start + 256)].map { circuit -> EncodedCircuit in
                guard circuit.qubitCount <= qubitCount else {
                    throw GraphError.invalidArgument("the circuit has \(circuit.qubitCount) qubits, the model embeds at most \(qubitCount); use the \(circuit.qubitCount <= 8 ? "8" : "…")-qubit model")
                }
                let widened = QuantumCircuit(qubits: qubitCount, operations: circuit.operations.filter { $0.kind != .barrier })
                return try EncodedCircuit(CircuitDAG(widened, pool: pool), encoding: encoding)
            }
            let batch = try GraphBatch(members.map { ($0.messageGraph, $0.features) })
            let mu = encode(batch.features, MessageGraph(batch.graph), training: false, generator: &generator).mean.value
            for index in members.indices {
                let rows = batch.nodes(of: index)
                var block = Matrix(rows: rows.count, columns: mu.columns)
                for (r, row) in rows.enumerated() { for c in 0 ..< mu.columns { block[r, c] = mu[row, c] } }
                result.append(block)
            }
        }
        return result
    }
}
