import Foundation

/// The trivial predictors every learned number stands beside, fitted on training designs:
/// - `mean`: each net gets the training mean;
/// - `wireLoad`: the mean of training nets of the same fanout (fanouts above
///   `maxFanout` pooled), what a synthesis tool's fanout-based wire-load model assumes;
/// - `linear`: a least-squares fit of `log10(fF)` on the net's features (`ParasiticFeature`)
///   plus a constant.
public struct NetCapacitanceBaselines: Sendable {
    /// A baseline.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case mean
        case wireLoad = "wire-load"
        case linear
    }

    /// Fanouts above this share one average.
    public static let maxFanout = 16
    private var mean: [NetCapacitance: Float] = [:]
    private var perFanout: [NetCapacitance: [Float]] = [:]
    private var linear: [NetCapacitance: [Double]] = [:]

    /// Fits the three baselines on the labelled nets of `designs`.
    /// - Complexity: O(nets × features²)
    public init(fittedOn designs: [ParasiticDesign]) {
        for kind in NetCapacitance.allCases {
            var total = 0.0, count = 0
            var fanoutSum = [Double](repeating: 0, count: Self.maxFanout + 1), fanoutCount = [Int](repeating: 0, count: Self.maxFanout + 1)
            var regression = RidgeRegression(width: ParasiticFeature.count + 1)
            for design in designs {
                guard let targets = design.targets else { continue }
                for k in 0 ..< design.graph.netCount where targets.labelled[k] {
                    let y = kind.value(targets, net: k), f = Self.fanoutBucket(design.graph, net: k)
                    total += Double(y)
                    count += 1
                    fanoutSum[f] += Double(y)
                    fanoutCount[f] += 1
                    regression.add(Self.row(design.graph, net: k), Double(CapacitanceScale.normalized(y)))
                }
            }
            let average = count > 0 ? total / Double(count) : 0
            mean[kind] = Float(average)
            perFanout[kind] = (0 ... Self.maxFanout).map { Float(fanoutCount[$0] > 0 ? fanoutSum[$0] / Double(fanoutCount[$0]) : average) }
            linear[kind] = regression.solve()
        }
    }

    /// Per net node of `graph`, the baseline's capacitance (fF) of each kind.
    /// - Complexity: O(nets × features)
    public func predict(_ baseline: Kind, graph: ParasiticGraph) -> [NetCapacitance: [Float]] {
        var result: [NetCapacitance: [Float]] = [:]
        for kind in NetCapacitance.allCases {
            result[kind] = (0 ..< graph.netCount).map { k in
                switch baseline {
                case .mean: return mean[kind]!
                case .wireLoad: return perFanout[kind]![Self.fanoutBucket(graph, net: k)]
                case .linear:
                    let score = zip(Self.row(graph, net: k), linear[kind]!).reduce(0) { $0 + $1.0 * $1.1 }
                    return CapacitanceScale.femtofarads(Float(score))
                }
            }
        }
        return result
    }

    static func fanoutBucket(_ graph: ParasiticGraph, net k: Int) -> Int { min(Int(graph.netFanout[k]), maxFanout) }

    /// The net's feature row and a constant 1.
    static func row(_ graph: ParasiticGraph, net k: Int) -> [Double] {
        let v = graph.node(ofNet: k)
        return (0 ..< ParasiticFeature.count).map { Double(graph.features[v, $0]) } + [1]
    }
}
