import GraphCore

/// Trivial coupling predictors: pairs scored by closeness in the graph (minus the hop count,
/// up to `maxHops`), and each coupled pair given the training mean of its kind (pin–pin,
/// pin–net, net–net), averaged in `log10` fF.
public struct CouplingBaselines: Sendable {
    /// Hops beyond this count as `maxHops + 1`.
    public static let maxHops = 6
    private var meanLog: [String: Float] = [:]

    /// Fits the per-kind means on the coupled pairs of `designs`. - Complexity: O(pairs)
    public init(fittedOn designs: [ParasiticDesign]) {
        var sums: [String: (Double, Int)] = [:]
        for design in designs {
            for pair in design.targets?.couplings ?? [] where pair.capacitance >= ParasiticCoupling.threshold {
                let kind = ParasiticCoupling.kindName(design.graph, pair)
                sums[kind, default: (0, 0)].0 += Double(CapacitanceScale.normalized(pair.capacitance))
                sums[kind, default: (0, 0)].1 += 1
            }
        }
        meanLog = sums.mapValues { Float($0.0 / Double(max($0.1, 1))) }
    }

    /// Per pair: minus its hop distance, and its kind's mean capacitance (fF).
    /// - Complexity: O(pairs × nodes within `maxHops`)
    public func predict(_ graph: ParasiticGraph, first: [Int32], second: [Int32]) -> (scores: [Float], femtofarads: [Float]) {
        var distance = [Int](repeating: -1, count: graph.nodeCount)
        var scores: [Float] = [], sizes: [Float] = []
        for (a, b) in zip(first, second) {
            var frontier = [Int(a)], touched = [Int(a)], hops = Self.maxHops + 1
            distance[Int(a)] = 0
            search: for depth in 1 ... Self.maxHops {
                var next: [Int] = []
                for v in frontier {
                    for u in graph.graph.neighbors(of: v) where distance[Int(u)] < 0 {
                        distance[Int(u)] = depth
                        touched.append(Int(u))
                        if Int(u) == Int(b) { hops = depth; break search }
                        next.append(Int(u))
                    }
                }
                frontier = next
            }
            for v in touched { distance[v] = -1 }
            scores.append(-Float(hops))
            let kind = ParasiticCoupling.kindName(graph.kind(of: Int(a)), graph.kind(of: Int(b)))
            sizes.append(CapacitanceScale.femtofarads(meanLog[kind] ?? 0))
        }
        return (scores, sizes)
    }
}
