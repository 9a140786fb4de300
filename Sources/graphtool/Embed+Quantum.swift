import CircuitLearning
import Foundation
import GraphCore
import Quantum

extension Embed {
    /// `graphtool embed FILE.qasm`: the circuit autoencoder's latent mean of every DAG node
    /// (START, each gate in program order, END) and their mean as the circuit's embedding.
    func embedQuantum() throws {
        let clock = ContinuousClock(), start = clock.now
        guard fit == 0, render == nil else {
            throw CLIError.invalidValues(path: file, reason: "--fit and --render are for AIG circuits; draw a quantum circuit's DAG with 'graphtool render \(file) -o OUT.svg'")
        }
        let circuit = try QASMReader.read(file) { progressOptions.reporting.warn("graphtool embed: warning: \($0)") }
        guard circuit.qubitCount <= 8 else {
            throw CLIError.invalidValues(path: file, reason: "\(circuit.qubitCount) qubits; the shipped circuit autoencoders embed up to 4 (quantum-4q) and 8 (quantum-8q) qubits")
        }
        let qubits = circuit.qubitCount <= 4 ? 4 : 8
        let modelPath = try model ?? ModelLocator.locate("models/quantum-\(qubits)q.safetensors",
                                                         fix: "pass --model PATH or train one with 'graphtool qpretrain --qubits \(qubits) --save FILE'")
        let autoencoder = try CircuitAutoencoder.load(from: URL(fileURLWithPath: modelPath))
        let nodes = try autoencoder.nodeEmbeddings([circuit])[0]
        let graph = try Matrix(rows: 1, columns: nodes.columns, values: nodes.columnSums().map { $0 / Float(nodes.rows) })
        let written = try EmbeddingOutput.write(nodes: nodes, graph: graph, circuit: file, model: modelPath, level: level,
                                                format: format, to: output)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print("\(file): \(nodes.rows) DAG nodes (START, \(nodes.rows - 2) gates, END) × \(nodes.columns) (circuit VGAE, \(autoencoder.qubitCount) qubits) → \(written.joined(separator: ", ")) in " + String(format: "%.2f s", seconds))
    }
}
