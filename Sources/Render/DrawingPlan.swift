import GraphCore

/// What to draw when a graph is too large to draw legibly: the whole graph, the fan-in cone of
/// chosen nodes, or a quotient graph (one node per category, or per band of topological
/// levels) of at most `maxNodes` nodes. The caller's colouring is kept: restricted to the drawn
/// nodes, or, in a quotient, one category per group or the mean value of each group.
public struct DrawingPlan {
    /// The graph to draw.
    public let graph: Graph
    /// The style, with colourings mapped onto `graph`'s nodes.
    public let style: DrawingStyle
    /// A plain sentence saying what was summarised and how to ask for the full drawing; `nil`
    /// when the graph is drawn whole.
    public let note: String?
    /// How the caller's value colouring now reads, when a summary had to change it (to the
    /// mean value of each group); `nil` when the colours mean what the caller asked for.
    public let coloringChange: String?

    /// Plans a drawing of at most `maxNodes` nodes.
    ///
    /// - `cone`: draw only the nodes from which these can be reached (fan-in cone).
    /// - Otherwise a graph above `maxNodes` is collapsed: by the `categories` colouring when
    ///   there is one (one node per category; beyond `maxNodes - 1` categories the smallest
    ///   share one "other" node), else by topological level for a DAG (consecutive levels
    ///   share a node when there are more than `maxNodes` levels), else to the `maxNodes`
    ///   nodes breadth-first nearest its highest-degree node.
    ///
    /// - Throws: `GraphError` when the cone names nodes outside the graph, a colouring does not
    ///   fit the graph, or `maxNodes < 1`.
    /// - Complexity: O(V + E log d)
    public init(graph: Graph, style: DrawingStyle, maxNodes: Int, cone: [Int32]? = nil) throws {
        guard maxNodes >= 1 else { throw GraphError.invalidArgument("maxNodes must be at least 1, got \(maxNodes)") }
        var graph = graph, style = style, notes: [String] = [], coloringChange: String?
        if let cone {
            if let bad = cone.first(where: { $0 < 0 || Int($0) >= graph.nodeCount }) {
                throw GraphError.invalidArgument("cone root \(bad) is not a node of the graph (0..<\(graph.nodeCount))")
            }
            let members = graph.fanInCone(of: cone)
            (graph, style) = try DrawingPlan.restrict(graph, style, to: members)
            notes.append("drawing the fan-in cone of \(cone.count) node(s): \(members.count) nodes")
        }
        if graph.nodeCount > maxNodes {
            let original = graph.nodeCount
            if case let .categories(categories, title) = style.coloring {
                let grouping = CategoryGrouping(categories, maxGroups: maxNodes)
                let omitted: (connections: Int, edges: Int)
                (graph, style, omitted) = try DrawingPlan.collapse(graph, style, grouping.groups, label: grouping.label(title: title),
                                                                   edges: .heaviest(limit: 2 * maxNodes))
                notes.append("\(original) nodes collapsed to one node per \(title)" + (grouping.otherCount > 0
                    ? " (\(grouping.otherCount) smallest \(title)s of \(grouping.otherMembers) nodes as one grey 'other' node)" : ""))
                if omitted.connections > 0 {
                    notes.append("only the heaviest connections between groups are drawn (\(omitted.connections) more, carrying \(omitted.edges) edges, are not)")
                }
            } else if let levels = try? graph.topologicalLevels() {
                let bands = LevelBands(levels, maxBands: maxNodes)
                let title = style.coloringTitle
                let omitted: (connections: Int, edges: Int)
                (graph, style, omitted) = try DrawingPlan.collapse(graph, style, bands.band, label: bands.label, edges: .consecutive)
                let what = bands.levelsPerBand > 1 ? "bands" : "levels"
                notes.append("\(original) nodes collapsed to " + (bands.levelsPerBand > 1
                    ? "\(bands.count) bands of up to \(bands.levelsPerBand) consecutive levels (\(bands.levelCount) topological levels)"
                    : "their \(bands.levelCount) topological levels"))
                if omitted.connections > 0 {
                    notes.append("only edges between adjacent \(what) are drawn (\(omitted.edges) edges skip \(what))")
                }
                if let title {
                    coloringChange = "each node of the summary is coloured by the mean \(title) of the nodes it stands for"
                } else {
                    notes.append("colour: nodes per group")
                }
            } else {
                let hub = (0 ..< graph.nodeCount).max { graph.degree(of: $0) < graph.degree(of: $1) } ?? 0
                let distance = graph.undirectedView().bfsDistances(from: [Int32(hub)])
                let members = distance.indices.filter { distance[$0] >= 0 }
                    .sorted { (distance[$0], $0) < (distance[$1], $1) }
                    .prefix(maxNodes).map { Int32($0) }.sorted()
                (graph, style) = try DrawingPlan.restrict(graph, style, to: members)
                notes.append("\(original) nodes: drawing the \(members.count) nearest to node \(hub), the best connected")
            }
            notes.append("pass a larger --max-nodes (at least \(original)) for the full drawing")
        }
        self.graph = graph
        self.style = style
        note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        self.coloringChange = coloringChange
    }

    /// The induced subgraph on `members` with the style's colouring and labels carried over.
    private static func restrict(_ graph: Graph, _ style: DrawingStyle, to members: [Int32]) throws -> (Graph, DrawingStyle) {
        var style = style
        switch style.coloring {
        case .none: break
        case let .values(values, title):
            guard values.count == graph.nodeCount else { throw GraphError.shapeMismatch("\(values.count) colour values for \(graph.nodeCount) nodes") }
            style.coloring = .values(members.map { values[Int($0)] }, title: title)
        case let .categories(categories, title):
            guard categories.count == graph.nodeCount else { throw GraphError.shapeMismatch("\(categories.count) categories for \(graph.nodeCount) nodes") }
            style.coloring = .categories(members.map { categories[Int($0)] }, title: title)
        }
        let label = style.label
        style.label = { node in label?(Int(members[node])) ?? String(members[node]) }
        if let highlight = style.highlight {
            let newIndex = Dictionary(uniqueKeysWithValues: members.enumerated().map { (Int($1), $0) })
            style.highlight?.nodes = Set(highlight.nodes.compactMap { newIndex[$0] })
            style.highlight?.edges = Set(highlight.edges.compactMap { edge in
                newIndex[edge.source].flatMap { source in newIndex[edge.target].map { .init(source, $0) } }
            })
        }
        return (try graph.subgraph(nodes: members), style)
    }

    /// The quotient by `group` (ids `0 ..< count`) with the `edges` selected (see
    /// `SummaryEdges`; also returned: the edges and underlying edges left out): each group
    /// labelled `label(group)` and its member count, coloured by its members' category (grey when they differ), the mean of
    /// its members' values, or else its member count. Shapes, ranks and highlights do not carry over.
    private static func collapse(_ graph: Graph, _ style: DrawingStyle, _ group: [Int32],
                                 label: @escaping @Sendable (Int) -> String,
                                 edges: SummaryEdges) throws -> (Graph, DrawingStyle, omitted: (connections: Int, edges: Int)) {
        let count = Int(group.max() ?? -1) + 1
        let (quotient, omitted, omittedWeight) = try selecting(edges, of: try graph.quotient(by: group, groupCount: count))
        let members = quotient.nodeTypes ?? []
        let coloring: DrawingStyle.Coloring
        switch style.coloring {
        case .none:
            coloring = .values(members.map(Double.init), title: "nodes per group")
        case let .values(values, title):
            guard values.count == graph.nodeCount else { throw GraphError.shapeMismatch("\(values.count) colour values for \(graph.nodeCount) nodes") }
            var sum = [Double](repeating: 0, count: count), finite = [Int](repeating: 0, count: count)
            for (node, value) in values.enumerated() where value.isFinite {
                sum[Int(group[node])] += value
                finite[Int(group[node])] += 1
            }
            coloring = .values(zip(sum, finite).map { $1 > 0 ? $0 / Double($1) : .nan }, title: "mean \(title)")
        case let .categories(categories, title):
            guard categories.count == graph.nodeCount else { throw GraphError.shapeMismatch("\(categories.count) categories for \(graph.nodeCount) nodes") }
            var category = [Int32?](repeating: nil, count: count)  // -1 once two members differ
            for (node, g) in group.enumerated() {
                category[Int(g)] = category[Int(g)].map { $0 == categories[node] ? $0 : -1 } ?? categories[node]
            }
            coloring = .categories(category.map { $0 ?? -1 }, title: title)
        }
        return (quotient, DrawingStyle(coloring: coloring, label: { "\(label($0))\n\(members[$0]) nodes" }), (omitted, omittedWeight))
    }
}

extension DrawingStyle {
    /// The title of a value colouring, `nil` for none or categories. - Complexity: O(1)
    var coloringTitle: String? {
        if case let .values(_, title) = coloring { return title }
        return nil
    }
}
