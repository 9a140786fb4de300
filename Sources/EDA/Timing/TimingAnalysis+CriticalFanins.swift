extension TimingAnalysis {
    /// Per node and transition (`node * 2 + rf`): the late (`.max`) arrival's critical fan-in,
    /// encoded `u * 2 + inRf` — the in-edge and input transition whose worst arrival plus
    /// delay is largest, as the max-plus propagation chose it — or −1 where nothing arrives
    /// or nothing feeds the node (sources). Pre-routing timing prediction propagates learned
    /// delay increments along these.
    /// - Complexity: O(nodes + edges × arcs × tags)
    public func criticalFanins() -> [Int32] {
        var fanins = [Int32](repeating: -1, count: graph.nodeCount * 2)
        let incoming = graph.graph.transposedWithPermutation()
        var worst = [Double](repeating: -.infinity, count: graph.nodeCount * 2)
        for node in 0 ..< graph.nodeCount {
            for rf in RiseFall.allCases { worst[node * 2 + rf.rawValue] = arrival(node, rf, .max) ?? -.infinity }
        }
        for v in 0 ..< graph.nodeCount {
            var best = [(score: -Double.infinity, fanin: Int32(-1)), (score: -Double.infinity, fanin: Int32(-1))]
            for k in incoming.graph.edgeRange(of: v) {
                let u = Int(incoming.graph.targets[k]), e = incoming.permutation[k]
                forEachEdgeDelay(edge: e, from: u, to: v, in: graph) { inRf, outRf, mm, delay, _ in
                    let start = worst[u * 2 + inRf.rawValue]
                    guard mm == .max, start.isFinite, start + delay > best[outRf.rawValue].score else { return }
                    best[outRf.rawValue] = (start + delay, Int32(u * 2 + inRf.rawValue))
                }
            }
            for rf in RiseFall.allCases where worst[v * 2 + rf.rawValue].isFinite { fanins[v * 2 + rf.rawValue] = best[rf.rawValue].fanin }
        }
        return fanins
    }
}
