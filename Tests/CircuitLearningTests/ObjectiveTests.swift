import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Pretraining objectives: truth-table similarity and functional alignment")
struct ObjectiveTests {
    @Test("Equivalent circuits are found by simulation: proven up to 16 inputs, unrefuted above; a complement is not one")
    func equivalentCircuits() throws {
        let circuits = try [
            CircuitGenerator.make(.parity, bits: 8),            // 0: tree
            Circuits.fullAdder(),                                // 1
            Circuits.parityChain(8),                             // 2: ≡ 0, other structure
            Circuits.parityChain(8, inverted: 3),                // 3: complement of 0, same interface
            CircuitGenerator.make(.parity, bits: 20),            // 4: 20 inputs, random patterns
            Circuits.otherFullAdder(),                           // 5: ≡ 1
            Circuits.parityChain(20),                            // 6: ≡ 4
        ]
        #expect(circuits[0].andCount != circuits[2].andCount || circuits[0].levels().max() != circuits[2].levels().max())
        #expect(try EquivalentCircuits.classes(circuits) == [[0, 2], [1, 5], [4, 6]])
    }

    @Test("The memory bank keeps the newest entries and leaves out the query's own class")
    func memoryBank() {
        var bank = FunctionalAlignment.MemoryBank(capacity: 3)
        for (k, c) in [0, 1, 0, 2].enumerated() { bank.push(Matrix([[Float(k), 0]]), equivalenceClass: c) }
        #expect(bank.entries.map(\.equivalenceClass) == [1, 0, 2])
        #expect(bank.negatives(excluding: 0, width: 2) == Matrix([[1, 0], [3, 0]]))
        #expect(bank.negatives(excluding: 5, width: 2).rows == 3)
    }

    @Test("Both losses' gradients through the DeepGate encoder match finite differences (full adders, H = 3, seed 8)")
    func gradients() throws {
        let circuit = try PreparedCircuit(Circuits.fullAdder(), estimate: nil), other = try PreparedCircuit(Circuits.otherFullAdder(), estimate: nil)
        let signatures = try circuit.aig.simulationSignatures()
        let ands = (0 ..< Int32(circuit.variableCount)).filter { circuit.aig.kinds[Int($0)] == .and }
        let pairs = TruthTableSimilarity.Pairs(first: Array(ands.prefix(4)), second: Array(ands.suffix(4)))
        var rng = SeededGenerator(seed: 8)
        let encoder = CircuitEncoder(hidden: 3, generator: &rng)
        let negatives = Inputs.normal(3, 6, seed: 9)
        let mismatches = GradientCheck().mismatches(encoder.namedParameters.map(\.tensor.value), seed: 8) { t in
            let e = CircuitEncoder.rebinding(t)
            let z = e(circuit), w = e(other)
            let truthTable = TruthTableSimilarity.loss(z.sliceColumns(0 ..< 3), pairs, signatures)
            let alignment = FunctionalAlignment.loss(e.graphEmbedding(z, circuit), e.graphEmbedding(w, other),
                                                     negatives: negatives, temperature: 0.1)
            return Tensor.concatColumns([truthTable, alignment])
        }
        #expect(mismatches.isEmpty, "seed 8: \(mismatches.prefix(4))")
    }

    /// Three small circuits and two equivalent full adders of different structure.
    static func corpus() throws -> (circuits: [TrainingCircuit], equivalents: [[Int]]) {
        let aigs = try [CircuitGenerator.make(.adder, bits: 3), CircuitGenerator.make(.control, bits: 5, seed: 2),
                        Circuits.fullAdder(), CircuitGenerator.make(.multiplier, bits: 3), Circuits.otherFullAdder()]
        return (try aigs.enumerated().map { try TrainingCircuit(name: "c\($0)", aig: $1, estimate: .standard) }, try EquivalentCircuits.classes(aigs))
    }

    @Test("Training with the truth-table term lowers it (5 small circuits, 40 epochs, seed 4)")
    func truthTableTermDecreases() throws {
        let (corpus, _) = try Self.corpus()
        var options = Pretraining.Options()
        options.epochs = 40
        options.learningRate = 1e-2
        options.seed = 4
        options.truthTableWeight = 4
        let reports = try Pretraining.run(CircuitModel(hidden: 8, seed: 4), corpus: corpus, options: options)
        let first = reports.prefix(3).map(\.truthTableLoss).reduce(0, +) / 3, last = reports.suffix(3).map(\.truthTableLoss).reduce(0, +) / 3
        #expect(last < 0.7 * first, "truth-table loss of the first 3 epochs \(first) → last 3 \(last)")
        #expect(reports.allSatisfy { $0.alignmentLoss == 0 })
    }

    @Test("Training with the alignment term lowers it and brings the equivalents nearest; the same seed gives the same run (seed 4)")
    func alignmentTermDecreases() throws {
        let (corpus, equivalents) = try Self.corpus()
        #expect(equivalents == [[2, 4]])
        var options = Pretraining.Options()
        options.epochs = 40
        options.learningRate = 1e-2
        options.seed = 4
        options.alignmentWeight = 1
        options.truthTableWeight = 0
        options.alignmentNegatives = 3  // full after the first epoch, so the loss compares across epochs
        let model = CircuitModel(hidden: 8, seed: 4)
        let reports = try Pretraining.run(model, corpus: corpus, equivalents: equivalents, options: options)
        // Two alignment steps per epoch make the per-epoch loss noisy: compare means of 10 epochs.
        // (It fell to about 0.1 while the masked-gate term leaked the masked gates' attributes
        // into their neighbours' embeddings; without the leak it falls more slowly, to about 0.7.)
        let first = reports[1 ..< 11].map(\.alignmentLoss).reduce(0, +) / 10, last = reports.suffix(10).map(\.alignmentLoss).reduce(0, +) / 10
        #expect(last < 0.85 * first, "alignment loss of epochs 2–11 \(first) → last 10 \(last)")
        let graphs = corpus.map { sample in
            Tensor.withoutTape { model.encoder.graphEmbedding(model(sample.circuit), sample.circuit).value.values }
        }
        let hits = EquivalenceRetrieval.hits(embeddings: [graphs[2], graphs[4], graphs[0], graphs[1], graphs[3]], partner: [1, 0, 3, 2, 2])
        #expect(hits[0].correct && hits[1].correct, "\(hits)")

        options.epochs = 3
        options.truthTableWeight = 1
        let once = try Pretraining.run(CircuitModel(hidden: 8, seed: 4), corpus: corpus, equivalents: equivalents, options: options)
        let again = try Pretraining.run(CircuitModel(hidden: 8, seed: 4), corpus: corpus, equivalents: equivalents, options: options)
        #expect(again.map(\.loss) == once.map(\.loss) && again.map(\.alignmentLoss) == once.map(\.alignmentLoss))
    }

    @Test("pretrain reports both terms and the equivalent circuits it found, and records them in the checkpoint")
    func commands() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("objectives-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = ["a.aig": Circuits.fullAdder(), "b.aig": try CircuitGenerator.make(.adder, bits: 3), "c.aig": Circuits.otherFullAdder()]
        for (name, aig) in files { try CircuitFile.write(aig, to: directory.appendingPathComponent(name).path) }
        let model = directory.appendingPathComponent("m.safetensors").path
        let train = try EmbedCommandTests.run(["pretrain", "--corpus", directory.path, "--save", model, "--hidden", "4", "--epochs", "2",
                                               "--truth-table-weight", "1", "--alignment-weight", "1"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stderr.contains("equivalent circuits: a.aig = c.aig\n"), "\(train.stderr)")
        let epochs = train.stderr.split(separator: "\n").filter { $0.hasPrefix("epoch") }
        #expect(epochs.count == 2 && epochs.allSatisfy { $0.contains("truth-table ") && $0.contains("alignment ") }, "\(train.stderr)")
        let (_, metadata) = try CircuitModel.load(from: URL(fileURLWithPath: model))
        #expect(metadata["objectives"]?.contains("functional alignment") == true && metadata["final_train_truth_table_loss"] != nil)
    }
}
