import GNN
import GraphCore

extension TimingPredictor {
    /// The model's four outputs per node in ps (see `TimingSample.targets`), from the
    /// net-delay head at nodes no cell edge enters and the cell-delay head at cell outputs.
    /// The tape is off. - Complexity: O(one forward pass)
    public func outputs(_ sample: TimingSample, threads: Int) -> [Float] {
        Tensor.withoutTape { forward(sample, threads: threads) }
    }

    private func forward(_ sample: TimingSample, threads: Int) -> [Float] {
        let h = encode(inputs(sample, threads: threads), graphs: Graphs(sample.relationGraph, kind: configuration.kind, threads: threads))
        let driven = sample.isCellDriven
        let cells = (0 ..< Int32(sample.nodeCount)).filter { driven[Int($0)] }, nets = (0 ..< Int32(sample.nodeCount)).filter { !driven[Int($0)] }
        var outputs = [Float](repeating: 0, count: 4 * sample.nodeCount)
        for (rows, head) in [(cells, cellDelay), (nets, netDelay)] where !rows.isEmpty {
            let values = head(h.gatherRows(rows)).value
            for (k, v) in rows.enumerated() {
                for c in 0 ..< 4 { outputs[4 * Int(v) + c] = values[k, c] * configuration.targetScale[c] }
            }
        }
        return outputs
    }

    /// The predicted timing of `sample`: the ideal-wire timing plus the predicted growth —
    /// for `.timingGCN` each arrival's growth is its critical fan-in's plus the edge's,
    /// summed in topological order; an endpoint's slack loses its arrival's growth and gains
    /// its capture clock pin's. - Complexity: O(one forward pass + nodes + endpoints)
    public func predict(_ sample: TimingSample, threads: Int) -> TimingValues {
        let out = outputs(sample, threads: threads)
        var growth = [Float](repeating: 0, count: 2 * sample.nodeCount)
        for v in sample.order {
            for rf in 0 ..< 2 {
                let i = 2 * Int(v) + rf, f = Int(sample.fanins[i])
                growth[i] = out[4 * Int(v) + rf] + (configuration.kind == .timingGCN && f >= 0 ? growth[f] : 0)
            }
        }
        let arrivals = zip(sample.ideal.arrivals, growth).map { $0 + $1 }
        let slews = sample.ideal.slews.indices.map { i in max(sample.ideal.slews[i] + out[4 * (i / 2) + 2 + i % 2], 0) }
        var slacks = sample.ideal.slacks
        for (k, endpoint) in sample.endpoints.enumerated() {
            let capture = sample.captureClocks[k]
            for rf in 0 ..< 2 {
                slacks[2 * k + rf] += (capture >= 0 ? growth[Int(capture)] : 0) - growth[2 * Int(endpoint) + rf]
            }
        }
        return TimingValues(arrivals: arrivals, slews: slews, slacks: slacks)
    }
}
