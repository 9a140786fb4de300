import GNN
import GraphCore

/// Coupling scored as CircuitGCL poses it: AUC and AP of telling pairs coupled by at least
/// `ParasiticCoupling.threshold` from as many sampled uncoupled pin/net pairs of the same
/// design, and R² of the predicted capacitance on the coupled pairs (in fF, and in `log10` fF),
/// over all of them and by the kind of pair (`pin-pin`, `pin-net`, `net-net`).
public struct CouplingScores: Sendable, Equatable, Codable {
    public var auc: Double?
    public var ap: Double?
    public var r2: Double?
    public var r2Log: Double?
    /// Coupled pairs scored (each with one negative).
    public var pairs: Int
    /// Per kind of pair with coupled pairs: R² of fF on them, and how many there are.
    public var byKind: [String: KindScores] = [:]

    /// R² of one kind of pair.
    public struct KindScores: Sendable, Equatable, Codable {
        public var r2: Double?
        public var pairs: Int
    }

    enum CodingKeys: String, CodingKey {
        case auc, ap, r2, r2Log = "r2_log10", pairs, byKind = "by_kind"
    }
}

/// The fixed pairs coupling is scored on: per design the coupled pairs and seeded negatives.
public struct CouplingEvaluation: Sendable {
    /// Per design: positive pairs then negative pairs (graph-local node numbers), and the
    /// positives' capacitance (fF).
    public var first: [[Int32]], second: [[Int32]], positives: [Int], capacitance: [[Float]]
    /// Per design: the kind of each positive pair (`pin-pin`, `pin-net`, `net-net`).
    public var kinds: [[String]] = []

    /// The pairs of `designs`, negatives drawn with `seed`. - Complexity: O(pairs) expected
    public init(_ designs: [ParasiticDesign], seed: UInt64 = 0) {
        (first, second, positives, capacitance) = ([], [], [], [])
        for (d, design) in designs.enumerated() {
            let graph = design.graph
            var a: [Int32] = [], b: [Int32] = [], caps: [Float] = [], coupled = Set<Int64>()
            for pair in design.targets?.couplings ?? [] {
                coupled.insert(Int64(pair.first) << 32 | Int64(pair.second))
                guard pair.capacitance >= ParasiticCoupling.threshold else { continue }
                a.append(pair.first)
                b.append(pair.second)
                caps.append(pair.capacitance)
            }
            kinds.append(zip(a, b).map { "\(graph.kind(of: Int($0)))-\(graph.kind(of: Int($1)))" })
            positives.append(a.count)
            capacitance.append(caps)
            var generator = SeededGenerator(seed: seed &+ UInt64(d))
            let low = graph.deviceCount, count = graph.pinCount + graph.netCount
            var drawn = 0, attempts = 0
            while drawn < caps.count && attempts < 20 * caps.count + 20 && count >= 2 {
                attempts += 1
                let x = low + generator.nextIndex(below: count), y = low + generator.nextIndex(below: count)
                guard x != y, !coupled.contains(Int64(min(x, y)) << 32 | Int64(max(x, y))) else { continue }
                a.append(Int32(min(x, y)))
                b.append(Int32(max(x, y)))
                drawn += 1
            }
            first.append(a)
            second.append(b)
        }
    }

    /// Scores of a predictor giving, per design, link scores and capacitances (fF) of its pairs.
    /// - Complexity: O(pairs log pairs)
    public func scores(_ predict: (_ design: Int, _ first: [Int32], _ second: [Int32]) -> (scores: [Float], femtofarads: [Float])) -> CouplingScores {
        var scores: [Float] = [], labels: [Bool] = [], predicted: [Float] = [], truth: [Float] = [], kind: [String] = []
        for d in first.indices where !first[d].isEmpty {
            let result = predict(d, first[d], second[d])
            scores += result.scores
            labels += first[d].indices.map { $0 < positives[d] }
            predicted += result.femtofarads.prefix(positives[d])
            truth += capacitance[d]
            kind += kinds[d]
        }
        var byKind: [String: CouplingScores.KindScores] = [:]
        for name in Set(kind) {
            let members = kind.indices.filter { kind[$0] == name }
            byKind[name] = .init(r2: Metrics.r2(predictions: members.map { predicted[$0] }, truth: members.map { truth[$0] }), pairs: members.count)
        }
        return CouplingScores(auc: Metrics.rocAUC(scores: scores, labels: labels), ap: Metrics.averagePrecision(scores: scores, labels: labels),
                              r2: Metrics.r2(predictions: predicted, truth: truth),
                              r2Log: Metrics.r2(predictions: predicted.map(CapacitanceScale.normalized), truth: truth.map(CapacitanceScale.normalized)),
                              pairs: truth.count, byKind: byKind)
    }
}
