/// Edges as parallel arrays (COO form), as read from or written to an edge-list file.
///
/// Edge `k` runs from `sources[k]` to `targets[k]`, with weight `weights?[k]` (absent means
/// unweighted). An undirected edge appears once; `graph(options:)` mirrors it.
public struct EdgeList: Sendable, Equatable {
    /// Source node of each edge.
    public var sources: [Int32]
    /// Target node of each edge.
    public var targets: [Int32]
    /// Weight of each edge, or `nil` when the list is unweighted.
    public var weights: [Float]?
    /// Number of nodes: at least one more than the largest id named by an edge.
    public var nodeCount: Int

    /// An edge list over `nodeCount` nodes (raised to cover every endpoint).
    /// - Precondition: `sources`, `targets` (and `weights`) have equal lengths.
    /// - Complexity: O(E)
    public init(sources: [Int32], targets: [Int32], weights: [Float]? = nil, nodeCount: Int = 0) {
        precondition(sources.count == targets.count && (weights?.count ?? sources.count) == sources.count,
                     "\(sources.count) sources, \(targets.count) targets, \(weights?.count ?? 0) weights")
        self.sources = sources
        self.targets = targets
        self.weights = weights
        let largest = max(sources.max() ?? -1, targets.max() ?? -1)
        self.nodeCount = max(nodeCount, Int(largest) + 1)
    }

    /// The edges of `graph`: all stored edges when directed; each undirected edge once, as
    /// `u → v` with `u <= v`. Weights are kept when the graph has them.
    /// - Complexity: O(V + E)
    public init(_ graph: Graph) {
        var sources: [Int32] = [], targets: [Int32] = []
        var weights: [Float]? = graph.edgeWeights == nil ? nil : []
        sources.reserveCapacity(graph.isDirected ? graph.edgeCount : graph.edgeCount / 2 + 1)
        targets.reserveCapacity(sources.capacity)
        for u in 0 ..< graph.nodeCount {
            for e in graph.edgeRange(of: u) where graph.isDirected || Int(graph.targets[e]) >= u {
                sources.append(Int32(u))
                targets.append(graph.targets[e])
                if let w = graph.edgeWeights { weights!.append(w[e]) }
            }
        }
        self.sources = sources
        self.targets = targets
        self.weights = weights
        self.nodeCount = graph.nodeCount
    }

    /// Number of edges. - Complexity: O(1)
    public var count: Int { sources.count }

    /// Builds a CSR graph of `nodeCount` nodes from these edges with `GraphBuilder`.
    /// - Throws: `GraphError` from `GraphBuilder.build` (e.g. an id beyond `nodeCount`).
    /// - Complexity: O(V + E) plus sorting each row, O(E log d) for the largest degree d.
    public func graph(options: GraphBuilder.Options = .init()) throws -> Graph {
        try GraphBuilder.build(nodeCount: nodeCount, sources: sources, targets: targets,
                               weights: weights, options: options)
    }
}
