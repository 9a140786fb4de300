import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore
import Testing

@Suite("The probability head's prior")
struct ProbabilityPriorTests {
    @Test("The prior's logit is 0 at one half and clamped near 0 and 1")
    func logit() {
        #expect(abs(ProbabilityHead.logit(0.5)) < 1e-6 && ProbabilityHead.logit(0) < -9 && ProbabilityHead.logit(1) > 9)
    }

    @Test("A model with the prior saves and loads with its head, and predicts the same probabilities",
          arguments: [ProbabilityHead.Prior.residual, .input])
    func saveAndLoad(_ prior: ProbabilityHead.Prior) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prior-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("m.safetensors")
        let model = CircuitModel(hidden: 4, seed: 5, probabilityPrior: prior)
        try model.save(to: url)
        let (loaded, metadata) = try CircuitModel.load(from: url)
        #expect(loaded.probabilityPrior == prior && metadata["probabilityPrior"]?.hasPrefix("independence") == true)
        #expect(loaded.probabilityEstimate == .standard && metadata["probabilityEstimate"] == "cuts-8")
        let circuit = try PreparedCircuit(CircuitGenerator.make(.multiplier, bits: 3), estimate: loaded.probabilityEstimate)
        let predicted = loaded.predictedProbabilities(loaded(circuit), circuit)
        #expect(predicted == model.predictedProbabilities(model(circuit), circuit))
        #expect(predicted.count == circuit.variableCount)
    }

    @Test("Estimate names round-trip; unknown names and cut sizes outside 2...10 are refused")
    func estimateNames() {
        for estimate in [ProbabilityEstimate.independence, .cuts(size: 2), .cuts(size: 8), .cuts(size: 10)] {
            #expect(ProbabilityEstimate(name: estimate.name) == estimate)
        }
        for name in ["cuts-1", "cuts-11", "cuts-", "cuts-x", "independent", ""] { #expect(ProbabilityEstimate(name: name) == nil, "\(name)") }
    }
}
