import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore
import Testing

@Suite("Truth-table similarity of gate pairs")
struct TruthTableSimilarityTests {
    @Test("Pairs (seed 3) join distinct ANDs at most a window apart in probability order, the same for the same seed")
    func pairSampling() throws {
        let sample = try TrainingCircuit(name: "multiplier-3", aig: CircuitGenerator.make(.multiplier, bits: 3), estimate: .standard)
        let order = sample.gateOrder, aig = sample.circuit.aig
        #expect(order.count == aig.andCount && order.allSatisfy { aig.kinds[Int($0)] == .and })
        #expect(zip(order, order.dropFirst()).allSatisfy { sample.probabilities[Int($0)] <= sample.probabilities[Int($1)] })
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var rng = SeededGenerator(seed: 3), again = SeededGenerator(seed: 3)
        let pairs = TruthTableSimilarity.samplePairs(order, count: 500, using: &rng)
        #expect(pairs.count == 500 && pairs == TruthTableSimilarity.samplePairs(order, count: 500, using: &again))
        for (a, b) in zip(pairs.first, pairs.second) {
            #expect(a != b && abs(rank[a]! - rank[b]!) <= TruthTableSimilarity.window)
        }
        #expect(TruthTableSimilarity.samplePairs([7], count: 5, using: &rng).count == 0)
    }

    @Test("Predicted distance (1 − cos)/2: 0 for parallel rows, ½ for orthogonal, 1 for opposite; targets from signatures")
    func predictedAndTargets() throws {
        let z = Tensor(Matrix([[1, 2], [2, 4], [-2, 1], [-1, -2]]))
        let pairs = TruthTableSimilarity.Pairs(first: [0, 0, 0], second: [1, 2, 3])
        let predicted = TruthTableSimilarity.predicted(z, pairs).value.values
        for (got, expected) in zip(predicted, [Float(0), 0.5, 1]) { #expect(abs(got - expected) < 1e-6, "\(predicted)") }
        // Full adder, exact over 8 patterns: an input against itself, against another input.
        let aig = Circuits.fullAdder()
        let signatures = try aig.simulationSignatures()
        let a = Int32(aig.inputs[0]), b = Int32(aig.inputs[1])
        let targets = TruthTableSimilarity.targets(.init(first: [a, a], second: [a, b]), signatures)
        #expect(targets.values == [0, 0.5])
    }

    @Test("Pearson correlation and MAE against hand-worked values")
    func agreement() {
        let up = TruthTableSimilarity.agreement(predicted: [1, 2, 3], truth: [2, 4, 6])
        #expect(abs(up.correlation - 1) < 1e-12 && abs(up.meanAbsoluteError - 2) < 1e-12 && up.pairs == 3)
        #expect(abs(TruthTableSimilarity.agreement(predicted: [1, 2, 3], truth: [3, 2, 1]).correlation + 1) < 1e-12)
        // x = (0, 1, 0, 1), y = (0, 0, 1, 1): uncorrelated; a constant side gives 0.
        #expect(abs(TruthTableSimilarity.agreement(predicted: [0, 1, 0, 1], truth: [0, 0, 1, 1]).correlation) < 1e-12)
        #expect(TruthTableSimilarity.agreement(predicted: [1, 1], truth: [0, 1]).correlation == 0)
    }

    @Test("evaluate-encoder reports the truth-table similarity per circuit, on average and in JSON")
    func command() throws {
        let f = try EmbedCommandTests.fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let text = try EmbedCommandTests.run(["evaluate-encoder", f.circuit, "--model", f.model, "--similarity-pairs", "64"])
        #expect(text.status == 0 && text.stdout.contains("truth-table r ")
                && text.stdout.contains("mean truth-table similarity (64 pairs per circuit): correlation "), "\(text.stdout)\(text.stderr)")
        let json = try EmbedCommandTests.run(["evaluate-encoder", f.circuit, "--model", f.model, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let row = (object?["rows"] as? [[String: Any]])?.first?["truthTable"] as? [String: Any]
        #expect(row?["pairs"] as? Int == 4096 && row?["correlation"] is Double, "\(json.stdout)")
    }
}
