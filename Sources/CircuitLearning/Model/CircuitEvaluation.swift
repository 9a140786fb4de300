/// How a ``CircuitModel`` does on one held-out circuit, each number next to its baseline (what
/// `graphtool evaluate-encoder` reports per circuit; ``CircuitModel/evaluate(_:maskRatios:similarityPairs:seed:)``).
public struct CircuitEvaluation: Sendable, Codable {
    /// The circuit's name (usually its file).
    public var name: String
    /// AND gates.
    public var ands: Int
    /// Levels of ANDs.
    public var levels: Int
    /// Signal-probability MAE over inputs, latches and ANDs.
    public var probabilityMAE: Double
    /// The model's analytic estimate alone (its probability head's prior), `nil` without one.
    public var estimateMAE: Double?
    /// The trivial baseline: every gate predicted at the circuit's mean probability.
    public var meanBaselineMAE: Double
    /// Masked-gate accuracy per mask ratio (`String(ratio)`), the masked gates hidden from the
    /// encoder, with the majority class of the same gates.
    public var masked: [String: MaskedAccuracy]
    /// The leak control: the same masks with the encoder seeing the masked gates
    /// (``MaskedGateModel/Visibility/visible``).
    public var maskedVisible: [String: MaskedAccuracy]
    /// Truth-table similarity of seeded gate pairs.
    public var truthTable: TruthTableSimilarity.Agreement
    /// Wall time of the evaluation.
    public var seconds: Double
}

extension CircuitEvaluation {
    /// The plain mean over circuits of each number (each circuit weighs the same).
    public struct Mean: Sendable, Codable {
        /// Circuits averaged.
        public var circuits: Int
        /// Mean of ``CircuitEvaluation/probabilityMAE``.
        public var probabilityMAE: Double
        /// Mean of ``CircuitEvaluation/estimateMAE``, `nil` unless every circuit has one.
        public var estimateMAE: Double?
        /// Mean of ``CircuitEvaluation/meanBaselineMAE``.
        public var meanBaselineMAE: Double
        /// Per mask ratio, the mean of ``CircuitEvaluation/masked``.
        public var masked: [String: MaskedAccuracy]
        /// Per mask ratio, the mean of ``CircuitEvaluation/maskedVisible``.
        public var maskedVisible: [String: MaskedAccuracy]
        /// Mean Pearson correlation of the truth-table similarity.
        public var truthTableCorrelation: Double
        /// Mean MAE of the truth-table similarity.
        public var truthTableMAE: Double

        /// The mean of `rows`, which must share their mask ratios.
        /// - Precondition: `rows` is not empty. - Complexity: O(rows × ratios)
        public init(_ rows: [CircuitEvaluation]) {
            precondition(!rows.isEmpty, "no circuits to average")
            let n = Double(rows.count)
            func average(_ f: (CircuitEvaluation) -> Double) -> Double { rows.map(f).reduce(0, +) / n }
            circuits = rows.count
            probabilityMAE = average(\.probabilityMAE)
            estimateMAE = rows.allSatisfy { $0.estimateMAE != nil } ? average { $0.estimateMAE! } : nil
            meanBaselineMAE = average(\.meanBaselineMAE)
            masked = rows[0].masked.keys.reduce(into: [:]) { m, key in m[key] = MaskedAccuracy.mean(rows.map { $0.masked[key]! }) }
            maskedVisible = rows[0].maskedVisible.keys.reduce(into: [:]) { m, key in
                m[key] = MaskedAccuracy.mean(rows.map { $0.maskedVisible[key]! })
            }
            truthTableCorrelation = average(\.truthTable.correlation)
            truthTableMAE = average(\.truthTable.meanAbsoluteError)
        }
    }
}
