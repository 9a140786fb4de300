import GNN

/// How well net capacitances (fF) are predicted: R², MAE (fF), MAPE (a fraction) and the
/// macro-F1 of the five `CapacitanceScale` classes, each `nil` when undefined.
public struct CapacitanceScores: Sendable, Equatable, Codable {
    public var r2: Double?
    public var mae: Double?
    public var mape: Double?
    public var macroF1: Double?
    /// The nets scored.
    public var count: Int

    /// Scores `predictions` against `truth`. - Complexity: O(n)
    public init(predictions: [Float], truth: [Float]) {
        r2 = Metrics.r2(predictions: predictions, truth: truth)
        mae = Metrics.meanAbsoluteError(predictions: predictions, truth: truth)
        mape = Metrics.meanAbsolutePercentageError(predictions: predictions, truth: truth)
        macroF1 = Metrics.macroF1(predictions: predictions.map(CapacitanceScale.classIndex), labels: truth.map(CapacitanceScale.classIndex),
                                  classes: CapacitanceScale.classCount)
        count = truth.count
    }

    enum CodingKeys: String, CodingKey {
        case r2, mae = "mae_ff", mape, macroF1 = "macro_f1", count
    }
}

/// Which net capacitance a model predicts.
public enum NetCapacitance: String, Sendable, CaseIterable, Codable {
    case total, ground, coupling

    /// The target of labelled net `k`. - Complexity: O(1)
    public func value(_ targets: ParasiticTargets, net k: Int) -> Float {
        switch self {
        case .total: targets.netTotal[k]
        case .ground: targets.netGround[k]
        case .coupling: targets.netCoupling[k]
        }
    }
}

/// Predictions of net capacitance for whole designs, scored on their labelled nets.
public struct NetCapacitancePrediction: Sendable {
    /// Per design, per net node: the predicted capacitance (fF) of each kind.
    public var values: [[NetCapacitance: [Float]]]

    /// Predictions of `values`. - Complexity: O(1)
    public init(values: [[NetCapacitance: [Float]]]) { self.values = values }

    /// The scores of each kind over every labelled net of `designs`. - Complexity: O(nets)
    public func scores(on designs: [ParasiticDesign]) -> [NetCapacitance: CapacitanceScores] {
        var result: [NetCapacitance: CapacitanceScores] = [:]
        for kind in NetCapacitance.allCases {
            var predicted: [Float] = [], truth: [Float] = []
            for (d, design) in designs.enumerated() {
                guard let targets = design.targets, let values = values[d][kind] else { continue }
                for k in 0 ..< design.graph.netCount where targets.labelled[k] {
                    predicted.append(values[k])
                    truth.append(kind.value(targets, net: k))
                }
            }
            if !truth.isEmpty { result[kind] = CapacitanceScores(predictions: predicted, truth: truth) }
        }
        return result
    }
}
