import CircuitLearning
import Foundation

/// The JSON document of `graphtool parasitics dataset --json`; bump `format` when fields change meaning.
struct ParasiticsDatasetReport: Codable {
    struct Part: Codable {
        var designs = 0, devices = 0, pins = 0, nets = 0, labelled_nets = 0
        /// Coupled node pairs by kind (`pin-pin`, `pin-net`, `net-net`), and those of at least 0.1 fF.
        var coupled_pairs: [String: Int] = [:]
        var coupled_pairs_above_threshold = 0
        /// Labelled nets per total-capacitance class (`CapacitanceScale`).
        var total_classes = [Int](repeating: 0, count: CapacitanceScale.classCount)
        var mapping = ParasiticTargets.MappingCounts()
        var dropped_instances = 0
    }

    static let currentFormat = 1
    var format = ParasiticsDatasetReport.currentFormat
    var parts: [String: Part] = [:]
    /// Part (validation, test) → baseline → capacitance kind → scores.
    var baselines: [String: [String: [String: CapacitanceScores]]] = [:]

    init(_ corpus: ParasiticsLoadedCorpus) {
        for part in ParasiticSplit.Part.allCases {
            var summary = Part()
            for design in corpus[part] {
                let graph = design.graph
                summary.designs += 1
                summary.devices += graph.deviceCount
                summary.pins += graph.pinCount
                summary.nets += graph.netCount
                summary.dropped_instances += graph.droppedInstances
                guard let targets = design.targets else { continue }
                for k in 0 ..< graph.netCount where targets.labelled[k] {
                    summary.labelled_nets += 1
                    summary.total_classes[CapacitanceScale.classIndex(targets.netTotal[k])] += 1
                }
                for pair in targets.couplings {
                    summary.coupled_pairs[ParasiticCoupling.kindName(graph, pair), default: 0] += 1
                    if pair.capacitance >= ParasiticCoupling.threshold { summary.coupled_pairs_above_threshold += 1 }
                }
                let counts = targets.counts
                summary.mapping.unmappedNets += counts.unmappedNets
                summary.mapping.unmappedPins += counts.unmappedPins
                summary.mapping.misplacedPins += counts.misplacedPins
                summary.mapping.unlabelledNets += counts.unlabelledNets
                summary.mapping.unmappedCouplings += counts.unmappedCouplings
                summary.mapping.internalCouplings += counts.internalCouplings
            }
            parts[part.rawValue] = summary
        }
        let fitted = NetCapacitanceBaselines(fittedOn: corpus[.train])
        for part in [ParasiticSplit.Part.validation, .test] {
            let designs = corpus[part]
            var table: [String: [String: CapacitanceScores]] = [:]
            for baseline in NetCapacitanceBaselines.Kind.allCases {
                let prediction = NetCapacitancePrediction(values: designs.map { fitted.predict(baseline, graph: $0.graph) })
                table[baseline.rawValue] = Dictionary(uniqueKeysWithValues: prediction.scores(on: designs).map { ($0.key.rawValue, $0.value) })
            }
            baselines[part.rawValue] = table
        }
    }

    func jsonText() throws -> String {
        return try JSONText.of(self)
    }

    var text: String {
        var lines: [String] = []
        for part in ParasiticSplit.Part.allCases {
            guard let p = parts[part.rawValue] else { continue }
            lines.append("\(part.rawValue): \(p.designs) designs, \(p.devices) devices, \(p.pins) pins, \(p.nets) nets (\(p.labelled_nets) labelled), "
                + "coupled pairs \(p.coupled_pairs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) "
                + "(\(p.coupled_pairs_above_threshold) of at least 0.1 fF), total-capacitance classes \(p.total_classes)")
            let m = p.mapping
            lines.append("  unmapped: \(m.unmappedNets) SPEF nets, \(m.unmappedPins) SPEF pins, \(m.misplacedPins) misplaced pins, "
                + "\(m.unlabelledNets) graph nets without SPEF, \(m.unmappedCouplings) couplings to no graph node, \(m.internalCouplings) within one node; "
                + "\(p.dropped_instances) physical-only instances dropped")
        }
        for part in ["validation", "test"] {
            for baseline in NetCapacitanceBaselines.Kind.allCases {
                guard let scores = baselines[part]?[baseline.rawValue] else { continue }
                lines.append("\(part) \(baseline.rawValue): " + NetCapacitance.allCases.compactMap { kind in
                    scores[kind.rawValue].map { "\(kind.rawValue) \($0.summary)" }
                }.joined(separator: "; "))
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension CapacitanceScores {
    /// `R² …, MAE … fF, MAPE …%, macro-F1 …`.
    var summary: String {
        func f(_ x: Double?, _ format: String) -> String { x.map { String(format: format, $0) } ?? "n/a" }
        return "R² \(f(r2, "%.3f")), MAE \(f(mae, "%.3f")) fF, MAPE \(f(mape.map { $0 * 100 }, "%.1f"))%, macro-F1 \(f(macroF1, "%.3f"))"
    }
}
