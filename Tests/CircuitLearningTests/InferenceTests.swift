import CircuitLearning
import EDA
import GNN
import GraphCore
import Testing

@Suite("Low-memory inference path")
struct InferenceTests {
    @Test("embeddings(_:) and its graph row equal the taped encoder's", arguments: [
        (CircuitGenerator.Kind.multiplier, 4), (.control, 16), (.parity, 9),
    ])
    func sameRows(kind: CircuitGenerator.Kind, bits: Int) throws {
        let circuit = try PreparedCircuit(CircuitGenerator.make(kind, bits: bits, seed: 4), estimate: .independence)
        var rng = SeededGenerator(seed: 12)
        let encoder = CircuitEncoder(hidden: 6, generator: &rng)
        let taped = encoder(circuit)
        let fast = encoder.embeddings(try PreparedCircuit(circuit.aig, estimate: nil, withGraph: false))
        #expect(fast == taped.value, "\(kind) \(bits)")
        let graph = CircuitEncoder.graphEmbedding(fast, circuit).values
        let reference = encoder.graphEmbedding(taped, circuit).value.values
        #expect(zip(graph, reference).allSatisfy { abs($0 - $1) < 1e-5 })
    }
}
