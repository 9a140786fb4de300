/// A timing path: the pins from a startpoint to an endpoint with the arrival and transition at
/// each, as `TimingAnalysis.worstPath(to:)` traces it back.
public struct TimingPath: Sendable, Equatable {
    /// One pin of the path.
    public struct Point: Sendable, Equatable {
        /// The timing-graph node.
        public var node: Int
        /// The transition there.
        public var transition: RiseFall
        /// The arrival there (library time unit).
        public var arrival: Double
    }

    /// From the startpoint to the endpoint.
    public var points: [Point]
    /// The endpoint's required time and slack for this path's launch.
    public var required: Double
    public var slack: Double
}

extension TimingAnalysis {
    /// The worst late (setup) path to `endpoint`: its worst transition and launch, traced back
    /// through the edge whose arrival plus delay gives each arrival, to a startpoint (an input
    /// port or a register's clock pin); `nil` when no constrained arrival reaches it.
    /// - Complexity: O(path length × in-edges × arcs)
    public func worstPath(to endpoint: Int) -> TimingPath? {
        var best: (tag: Int, rf: RiseFall, slack: Double)?
        for tag in 0 ..< tagCount {
            for rf in RiseFall.allCases {
                let i = index(endpoint, tag, rf, .max)
                guard arrivals[i].isFinite, requireds[i].isFinite else { continue }
                let s = requireds[i] - arrivals[i]
                if best.map({ s < $0.slack }) ?? true { best = (tag, rf, s) }
            }
        }
        guard let (tag, endRf, slack) = best else { return nil }
        let graph = self.graph, incoming = graph.graph.transposedWithPermutation()
        var points = [TimingPath.Point(node: endpoint, transition: endRf, arrival: arrivals[index(endpoint, tag, endRf, .max)])]
        var (v, rf, vTag) = (endpoint, endRf, tag)
        while points.count <= graph.nodeCount {
            let target = arrivals[index(v, vTag, rf, .max)]
            var step: (node: Int, rf: RiseFall, tag: Int, error: Double)?
            for k in incoming.graph.edgeRange(of: v) {
                let u = Int(incoming.graph.targets[k]), e = incoming.permutation[k]
                forEachEdgeDelay(edge: e, from: u, to: v, in: graph) { inRf, outRf, mm, delay, launches in
                    guard outRf == rf, mm == .max else { return }
                    for uTag in 0 ..< tagCount where self.tag(after: uTag, at: u, launches: launches) == vTag {
                        guard let start = launchTime(at: u, tag: uTag, inRf, .max, clockEdgeArc: launches) else { continue }
                        let error = abs(start + delay - target)
                        if step.map({ error < $0.error }) ?? true { step = (u, inRf, uTag, error) }
                    }
                }
            }
            guard let (u, inRf, uTag, _) = step else { break }
            points.append(TimingPath.Point(node: u, transition: inRf, arrival: arrivals[index(u, uTag, inRf, .max)]))
            if isClock[u] || uTag == unclockedSeedTag { break }  // a register's clock pin or a clock port starts the data path
            (v, rf, vTag) = (u, inRf, uTag)
        }
        return TimingPath(points: points.reversed(), required: requireds[index(endpoint, tag, endRf, .max)], slack: slack)
    }
}
