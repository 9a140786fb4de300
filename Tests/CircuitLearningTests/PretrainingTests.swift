import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore
import Testing

@Suite("Pretraining objectives")
struct PretrainingTests {
    @Test("Masking replaces only the chosen latent rows and never changes the circuit (seed 11)")
    func maskingLeavesCircuitAlone() throws {
        let aig = try CircuitGenerator.make(.multiplier, bits: 3)
        let circuit = try PreparedCircuit(aig, estimate: .independence)
        let model = CircuitModel(hidden: 4, seed: 11)
        let z = model(circuit)
        var rng = SeededGenerator(seed: 11)
        let attributes = GateAttributes(aig)
        let rows = MaskedGateModel.choose(ratio: 0.3, of: attributes.candidates, using: &rng)
        #expect(rows.count == Int((0.3 * Double(attributes.candidates.count)).rounded()))
        let masked = MaskedGateModel.replacing(rows, of: z, with: model.masked.token).value
        let set = Set(rows)
        for v in 0 ..< z.rows {
            let expected = set.contains(Int32(v)) ? model.masked.token.value.values : Array(z.value.row(v))
            #expect(Array(masked.row(v)) == expected, "row \(v)")
        }
        _ = model.maskedAccuracy(circuit: circuit, attributes: attributes, ratio: 0.5, seed: 11)
        #expect(circuit.aig == aig)
        #expect(model(circuit).value == z.value, "encoding again after masking gives the same embeddings")
    }

    @Test("A short pretraining run lowers the loss (two small circuits, 40 epochs, seed 2)")
    func pretrainingLowersLoss() throws {
        let corpus = try [
            TrainingCircuit(name: "adder-3", aig: CircuitGenerator.make(.adder, bits: 3), estimate: .standard),
            TrainingCircuit(name: "control-4", aig: CircuitGenerator.make(.control, bits: 4, seed: 2), estimate: .standard),
        ]
        let model = CircuitModel(hidden: 8, seed: 2)
        var options = Pretraining.Options()
        options.epochs = 40
        options.learningRate = 1e-2
        options.seed = 2
        let reports = try Pretraining.run(model, corpus: corpus, options: options)
        #expect(reports.count == 40)
        let first = reports.prefix(3).map(\.loss).reduce(0, +) / 3, last = reports.suffix(3).map(\.loss).reduce(0, +) / 3
        #expect(last < 0.75 * first, "mean loss of the first 3 epochs \(first) → last 3 \(last)")
    }

    @Test("A saved model loads back with the same embeddings; other checkpoints are refused", arguments: CircuitModel.Architecture.allCases)
    func saveAndLoad(_ architecture: CircuitModel.Architecture) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("embed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("m.safetensors")
        let model = CircuitModel(architecture: architecture, hidden: 4, seed: 3)
        try model.save(to: url, metadata: ["corpus": "test"])
        let (loaded, metadata) = try CircuitModel.load(from: url)
        #expect(metadata["corpus"] == "test" && loaded.architecture == architecture)
        let circuit = try PreparedCircuit(Circuits.fullAdder(), estimate: .independence)
        #expect(loaded(circuit).value == model(circuit).value)

        let other = directory.appendingPathComponent("other.safetensors")
        try Linear(inputSize: 2, outputSize: 2, generator: &SeededGeneratorBox.shared).saveCheckpoint(to: other)
        #expect(throws: CircuitModelError.self) { try CircuitModel.load(from: other) }
    }
}

/// A generator for throwaway parameters.
enum SeededGeneratorBox {
    nonisolated(unsafe) static var shared = SeededGenerator(seed: 99)
}
