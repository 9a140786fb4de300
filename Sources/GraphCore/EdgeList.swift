/// A list of edges as two parallel index arrays (COO), e.g. positive or negative examples for
/// link prediction.
public struct EdgeList: Sendable, Equatable {
    /// Source node of each edge.
    public var sources: [Int32]
    /// Target node of each edge, parallel to `sources`.
    public var targets: [Int32]

    /// An edge list from parallel arrays of equal length.
    public init(sources: [Int32] = [], targets: [Int32] = []) {
        precondition(sources.count == targets.count, "\(sources.count) sources but \(targets.count) targets")
        self.sources = sources
        self.targets = targets
    }

    /// Number of edges. - Complexity: O(1)
    public var count: Int { sources.count }

    /// Appends the edge `source → target`. - Complexity: amortised O(1)
    public mutating func append(_ source: Int32, _ target: Int32) {
        sources.append(source)
        targets.append(target)
    }
}

extension Graph {
    /// Every stored edge once: for an undirected graph only `u ≤ v`, else all of them.
    /// - Complexity: O(V + E)
    public func edgeList() -> EdgeList {
        var list = EdgeList()
        for u in 0 ..< nodeCount {
            for v in neighbors(of: u) where isDirected || Int(v) >= u { list.append(Int32(u), v) }
        }
        return list
    }
}
