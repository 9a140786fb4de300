import EDA
import GNN
import GraphCore

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

    /// The trivial baseline of the probability MAE: every row of `rows` predicted as the mean
    /// of `truth` over `rows`. - Complexity: O(rows)
    public static func meanBaselineError(_ truth: [Float], rows: [Int32]) -> Double {
        guard !rows.isEmpty else { return 0 }
        let mean = rows.reduce(0.0) { $0 + Double(truth[Int($1)]) } / Double(rows.count)
        return rows.reduce(0.0) { $0 + abs(Double(truth[Int($1)]) - mean) } / Double(rows.count)
    }

    /// Masks `ratio` of the gates (seeded) and measures their reconstruction, the encoder
    /// seeing the masked gates as `visibility` says (``maskedGateLogits(_:masked:visibility:)``).
    /// - Complexity: that of the encoder plus O(E × W + M × W × H)
    public func maskedAccuracy(circuit: PreparedCircuit, attributes: GateAttributes, ratio: Double, seed: UInt64,
                               visibility: MaskedGateModel.Visibility = .hidden) -> MaskedAccuracy {
        var rng = SeededGenerator(seed: seed)
        let rows = MaskedGateModel.choose(ratio: ratio, of: attributes.candidates, using: &rng)
        let logits = maskedGateLogits(circuit, masked: rows, visibility: visibility)
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

    /// Every measurement of ``CircuitEvaluation`` on one labelled circuit, without a tape.
    /// - Parameters:
    ///   - maskRatios: the masked-gate ratios, each in (0, 1).
    ///   - similarityPairs: gate pairs of the truth-table similarity (at least 1).
    ///   - seed: seed of the masks and pairs.
    /// - Precondition: `labelled` has signatures and was prepared with ``probabilityEstimate``.
    /// - Complexity: the encoder `1 + 2 × maskRatios.count` times, plus the pairs.
    public func evaluate(_ labelled: TrainingCircuit, maskRatios: [Double], similarityPairs: Int, seed: UInt64) -> CircuitEvaluation {
        let clock = ContinuousClock(), start = clock.now
        return Tensor.withoutTape {
            let circuit = labelled.circuit
            let z = self(circuit)
            let truth = labelled.probabilities, gates = labelled.rows
            var masked: [String: MaskedAccuracy] = [:], visible: [String: MaskedAccuracy] = [:]
            for r in maskRatios {
                masked[String(r)] = maskedAccuracy(circuit: circuit, attributes: labelled.attributes, ratio: r, seed: seed)
                visible[String(r)] = maskedAccuracy(circuit: circuit, attributes: labelled.attributes, ratio: r, seed: seed,
                                                    visibility: .visible)
            }
            guard let signatures = labelled.signatures else {
                preconditionFailure("\(labelled.name): labelled without signatures; the truth-table similarity needs them")
            }
            var rng = SeededGenerator(seed: seed)
            let pairs = TruthTableSimilarity.samplePairs(labelled.gateOrder, count: similarityPairs, using: &rng)
            let truthTable = TruthTableSimilarity.agreement(
                predicted: TruthTableSimilarity.predicted(z.sliceColumns(functionalColumns), pairs).value.values,
                truth: TruthTableSimilarity.targets(pairs, signatures).values)
            let d = clock.now - start
            return CircuitEvaluation(
                name: labelled.name, ands: circuit.aig.andCount, levels: circuit.schedule.forward.count - 1,
                probabilityMAE: CircuitModel.meanAbsoluteError(predictedProbabilities(z, circuit), truth, rows: gates),
                estimateMAE: probability.usesPrior ? CircuitModel.meanAbsoluteError(circuit.priorProbabilities, truth, rows: gates) : nil,
                meanBaselineMAE: CircuitModel.meanBaselineError(truth, rows: gates),
                masked: masked, maskedVisible: visible, truthTable: truthTable,
                seconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
    }
}
