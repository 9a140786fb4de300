import CircuitLearning
import Foundation

/// The JSON document of `graphtool parasitics train|evaluate --json`: every predictor's scores
/// on one part of the split; bump `format` when fields change meaning.
struct ParasiticsScoresReport: Codable {
    static let currentFormat = 1
    var format = ParasiticsScoresReport.currentFormat
    var part: String
    var designs: Int
    /// Predictor (`mean`, `wire-load`, `linear`, `model`) → capacitance kind → scores.
    var nets: [String: [String: CapacitanceScores]] = [:]
    /// Predictor (`graph-distance`, `model`) → coupling scores.
    var coupling: [String: CouplingScores] = [:]
    var best_epoch: Int?
    var seconds: Double?

    /// Scores the baselines (fitted on `train`) and `model` on `designs`.
    init(part: ParasiticSplit.Part, designs: [ParasiticDesign], train: [ParasiticDesign], model: ParasiticEstimator, threads: Int) {
        self.part = part.rawValue
        self.designs = designs.count
        let baselines = NetCapacitanceBaselines(fittedOn: train)
        func record(_ name: String, _ prediction: NetCapacitancePrediction) {
            nets[name] = Dictionary(uniqueKeysWithValues: prediction.scores(on: designs).map { ($0.key.rawValue, $0.value) })
        }
        for baseline in NetCapacitanceBaselines.Kind.allCases {
            record(baseline.rawValue, NetCapacitancePrediction(values: designs.map { baselines.predict(baseline, graph: $0.graph) }))
        }
        let predictions = designs.map { model.predict($0.graph, threads: threads) }
        record("model", NetCapacitancePrediction(values: predictions.map(\.net)))
        let pairs = CouplingEvaluation(designs)
        let couplingBaselines = CouplingBaselines(fittedOn: train)
        coupling["graph-distance"] = pairs.scores { d, first, second in couplingBaselines.predict(designs[d].graph, first: first, second: second) }
        coupling["model"] = pairs.scores { d, first, second in
            let result = model.scorePairs(predictions[d], first: first, second: second)
            return (result.logits, result.femtofarads)
        }
    }

    func jsonText() throws -> String {
        return try JSONText.of(self)
    }

    var text: String {
        var lines = ["\(part) (\(designs) designs)" + (best_epoch.map { ", best epoch \($0)" } ?? "")]
        for name in ["mean", "wire-load", "linear", "model"] {
            guard let scores = nets[name] else { continue }
            lines.append("  \(name): " + NetCapacitance.allCases.compactMap { kind in scores[kind.rawValue].map { "\(kind.rawValue) \($0.summary)" } }.joined(separator: "; "))
        }
        func f(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "n/a" }
        for name in ["graph-distance", "model"] {
            guard let c = coupling[name] else { continue }
            lines.append("  coupling \(name): AUC \(f(c.auc)), AP \(f(c.ap)), R² \(f(c.r2)) (log10 \(f(c.r2Log))) on \(c.pairs) pairs of at least 0.1 fF")
            let kinds = c.byKind.keys.sorted().map { "\($0) \(f(c.byKind[$0]!.r2)) (\(c.byKind[$0]!.pairs))" }
            if !kinds.isEmpty { lines.append("    R² by kind of pair: " + kinds.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
