import GraphCore

extension DrawingPlan {
    /// Which edges of a summary are drawn. Graphviz's `dot` layout slows down sharply with
    /// edges that span many ranks, and a quotient can hold up to one edge per pair of groups.
    enum SummaryEdges {
        /// Only edges from group `g` to group `g + 1` (bands of consecutive levels).
        case consecutive
        /// The `limit` heaviest edges (most underlying edges; ties by endpoints).
        case heaviest(limit: Int)
    }

    /// `quotient` with only the selected edges, its node types (member counts) kept, and how
    /// many edges (and underlying edges, by weight) were left out.
    /// - Complexity: O(E log E)
    static func selecting(_ selection: SummaryEdges, of quotient: Graph) throws -> (graph: Graph, omitted: Int, omittedWeight: Int) {
        var edges: [(source: Int32, target: Int32, weight: Float)] = []
        for u in 0 ..< quotient.nodeCount {
            for e in quotient.edgeRange(of: u) where quotient.isDirected || Int(quotient.targets[e]) >= u {
                edges.append((Int32(u), quotient.targets[e], quotient.weight(ofEdge: e)))
            }
        }
        var kept: [(source: Int32, target: Int32, weight: Float)]
        switch selection {
        case .consecutive:
            kept = edges.filter { $0.target == $0.source + 1 }
        case .heaviest(let limit):
            kept = Array(edges.sorted { ($0.weight, $1.source, $1.target) > ($1.weight, $0.source, $0.target) }.prefix(limit))
        }
        guard kept.count < edges.count else { return (quotient, 0, 0) }
        var graph = try GraphBuilder.build(nodeCount: quotient.nodeCount, sources: kept.map(\.source), targets: kept.map(\.target),
                                           weights: kept.map(\.weight), options: .init(directed: quotient.isDirected))
        graph.nodeTypes = quotient.nodeTypes
        let total = edges.reduce(0) { $0 + Int($1.weight) }, drawn = kept.reduce(0) { $0 + Int($1.weight) }
        return (graph, edges.count - kept.count, total - drawn)
    }
}
