import EDA
import GNN
import GraphCore

/// Masked-gate reconstruction accuracy of one run, per attribute, with the majority-class
/// baseline (the most common label among the masked gates, which a constant guess would get).
public struct MaskedAccuracy: Sendable, Codable, Equatable {
    /// Masked gates.
    public var count: Int
    /// Accuracy on kind, inversions, fanout bucket.
    public var kind: Double, inversions: Double, fanout: Double
    /// Majority-class accuracy on the same three.
    public var kindMajority: Double, inversionsMajority: Double, fanoutMajority: Double
}

extension CircuitModel {
    /// Predicted signal probability of every variable of `circuit` (constant and unused rows
    /// included) from its `embeddings`. - Complexity: O(M × W × H) after encoding.
    public func predictedProbabilities(_ embeddings: Tensor, _ circuit: PreparedCircuit) -> [Float] {
        probability.logits(embeddings, prior: circuit.priorProbabilities).sigmoid().value.values
    }

    /// Mean absolute error of the predicted probabilities against `truth` over `rows`.
    /// - Complexity: O(rows)
    public static func meanAbsoluteError(_ predicted: [Float], _ truth: [Float], rows: [Int32]) -> Double {
        guard !rows.isEmpty else { return 0 }
        return rows.reduce(0.0) { $0 + Double(abs(predicted[Int($1)] - truth[Int($1)])) } / Double(rows.count)
    }

    /// Masks `ratio` of the gates (seeded) in latent space and measures reconstruction.
    /// - Complexity: O(E × W + M × W × H)
    public func maskedAccuracy(_ embeddings: Tensor, circuit: PreparedCircuit, attributes: GateAttributes,
                               ratio: Double, seed: UInt64) -> MaskedAccuracy {
        var rng = SeededGenerator(seed: seed)
        let rows = MaskedGateModel.choose(ratio: ratio, of: attributes.candidates, using: &rng)
        let logits = masked((embeddings, rows, circuit.graph))
        func score(_ t: Tensor, _ labels: [Int]) -> (Double, Double) {
            let truth = rows.map { labels[Int($0)] }
            let accuracy = Metrics.accuracy(predictions: t.value.rowArgmax(), labels: truth) ?? 0
            var counts: [Int: Int] = [:]
            for l in truth { counts[l, default: 0] += 1 }
            return (accuracy, Double(counts.values.max() ?? 0) / Double(max(truth.count, 1)))
        }
        let k = score(logits.kind, attributes.kind), i = score(logits.inversions, attributes.inversions)
        let f = score(logits.fanout, attributes.fanout)
        return MaskedAccuracy(count: rows.count, kind: k.0, inversions: i.0, fanout: f.0,
                              kindMajority: k.1, inversionsMajority: i.1, fanoutMajority: f.1)
    }
}
