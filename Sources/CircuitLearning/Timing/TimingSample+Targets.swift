extension TimingSample {
    /// Per node: whether a cell edge enters it (a cell output: the cell-delay head predicts it;
    /// every other node is read by the net-delay head). - Complexity: O(edges)
    public var isCellDriven: [Bool] {
        var driven = [Bool](repeating: false, count: nodeCount)
        for (e, isCell) in edgeIsCell.enumerated() where isCell { driven[Int(edgeTargets[e])] = true }
        return driven
    }

    /// Per node and transition: how much later the SPEF timing's arrival is than the ideal-wire
    /// timing's (ps); NaN where either has none, or without SPEF timing. - Complexity: O(nodes)
    public var arrivalGrowth: [Float] {
        guard let truth else { return [Float](repeating: .nan, count: 2 * nodeCount) }
        return zip(truth.arrivals, ideal.arrivals).map { $0 - $1 }
    }

    /// The targets of `kind`, `4` per node (NaN where unknown), in ps: the arrival's growth
    /// (rise, fall) — for `.timingGCN` less its critical fan-in's growth, so it is the growth
    /// of the delay of the last edge — and the slew's growth (rise, fall). - Complexity: O(nodes)
    public func targets(_ kind: TimingPredictor.Kind) -> [Float] {
        let growth = arrivalGrowth
        var targets = [Float](repeating: .nan, count: 4 * nodeCount)
        for v in 0 ..< nodeCount {
            for rf in 0 ..< 2 {
                let i = 2 * v + rf, f = Int(fanins[i])
                targets[4 * v + rf] = kind == .timingGCN && f >= 0 ? growth[i] - growth[f] : growth[i]
                if let truth { targets[4 * v + 2 + rf] = truth.slews[i] - ideal.slews[i] }
            }
        }
        return targets
    }
}
