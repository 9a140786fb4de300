import EDA
import GraphCore

extension ParasiticEstimator {
    /// The predicted wires of `graph` as lumped capacitances per netlist net, for a SPEF:
    /// coupling capacitors between the nets that share a device and whose net–net pair the
    /// link head gives a probability above one half, sized by the pair head; each net's ground
    /// capacitance is its predicted total less those capacitors (at least 0), so the `*D_NET`
    /// total is the predicted total whenever the couplings fit in it.
    /// - Returns: the wires, and how many coupling capacitors were kept.
    /// - Complexity: O(model) + O(Σ over devices of their nets²)
    public func lumpedParasitics(_ graph: ParasiticGraph, threads: Int = Parallel.coreCount) -> LumpedParasitics {
        let prediction = predict(graph, threads: threads)
        var candidates = Set<Int64>()
        for d in 0 ..< graph.deviceCount {
            let nets = Array(Set(graph.graph.neighbors(of: d).compactMap { pin in
                graph.graph.neighbors(of: Int(pin)).first { graph.kind(of: Int($0)) == .net }
            })).sorted()
            for i in nets.indices { for j in nets.indices where i < j { candidates.insert(Int64(nets[i]) << 32 | Int64(nets[j])) } }
        }
        let pairs = candidates.sorted()
        let first = pairs.map { Int32($0 >> 32) }, second = pairs.map { Int32($0 & 0xFFFF_FFFF) }
        let scores = scorePairs(prediction, first: first, second: second)
        let netBase = graph.deviceCount + graph.pinCount
        var couplings: [LumpedParasitics.Coupling] = [], coupled = [Double](repeating: 0, count: graph.netCount)
        for k in pairs.indices where scores.logits[k] > 0 {
            let a = Int(first[k]) - netBase, b = Int(second[k]) - netBase
            let capacitance = Double(scores.femtofarads[k])
            couplings.append(.init(first: graph.netlistNet[a], second: graph.netlistNet[b], capacitance: capacitance))
            coupled[a] += capacitance
            coupled[b] += capacitance
        }
        var ground = [Double?](repeating: nil, count: graph.netlist?.netCount ?? graph.spice?.netCount ?? 0)
        for k in 0 ..< graph.netCount {
            ground[Int(graph.netlistNet[k])] = max(Double(prediction.net[.total]![k]) - coupled[k], 0)
        }
        return LumpedParasitics(ground: ground, couplings: couplings)
    }
}
