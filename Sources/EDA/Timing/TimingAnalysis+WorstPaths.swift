extension TimingPath {
    /// The pin the path ends at. - Complexity: O(1)
    public var endpoint: Int { points[points.count - 1].node }
}

extension TimingAnalysis {
    /// The worst late (setup) paths: one per constrained endpoint, the `count` endpoints of least
    /// slack, worst first (equal slacks in `endpoints` order). `graphtool sta --paths` prints
    /// these, and `graphtool render --critical-path` draws the first.
    /// - Complexity: O(endpoints × tags + E log E + count × path tracing), E = `endpoints.count`
    public func worstPaths(_ count: Int) -> [TimingPath] {
        guard count > 0 else { return [] }
        let ranked = endpoints.enumerated().compactMap { position, node in endpointSlack(node).map { (slack: $0, position: position, node: node) } }
            .sorted { ($0.slack, $0.position) < ($1.slack, $1.position) }
        return ranked.prefix(count).compactMap { worstPath(to: $0.node) }
    }
}
