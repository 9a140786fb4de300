import GraphCore

/// What to draw when a graph is too large to draw legibly: the whole graph, the fan-in cone of
/// chosen nodes, or a quotient graph (one node per cluster or per topological level).
public struct DrawingPlan {
    /// The graph to draw.
    public let graph: Graph
    /// The style, with colourings mapped onto `graph`'s nodes.
    public let style: DrawingStyle
    /// A plain sentence saying what was summarised and how to ask for the full drawing;
    /// `nil` when the graph is drawn whole.
    public let note: String?

    /// Plans a drawing of at most about `maxNodes` nodes.
    ///
    /// - `cone`: draw only the nodes from which these can be reached (fan-in cone).
    /// - Otherwise a graph above `maxNodes` is collapsed: by the `categories` colouring when
    ///   there is one (one node per category), else by topological level for a DAG, else
    ///   to the breadth-first neighbourhood of its highest-degree node.
    ///
    /// - Throws: `GraphError` when the cone names nodes outside the graph or a colouring does not
    ///   fit the graph.
    /// - Complexity: O(V + E log d)
    public init(graph: Graph, style: DrawingStyle, maxNodes: Int, cone: [Int32]? = nil) throws {
        var graph = graph, style = style, notes: [String] = []
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
                let count = Int(categories.max() ?? -1) + 1
                graph = try graph.quotient(by: categories, groupCount: count)
                style = DrawingPlan.groupStyle(graph, title: title, label: { "\(title) \($0)" })
                notes.append("\(original) nodes collapsed to \(count) \(title) groups")
            } else if let levels = try? graph.topologicalLevels() {
                let count = Int(levels.max() ?? -1) + 1
                graph = try graph.quotient(by: levels, groupCount: count)
                style = DrawingPlan.groupStyle(graph, title: "nodes per level", label: { "level \($0)" })
                notes.append("\(original) nodes collapsed to their \(count) topological levels")
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
        return (try graph.subgraph(nodes: members), style)
    }

    /// The style of a quotient graph: nodes coloured by how many members they hold.
    private static func groupStyle(_ quotient: Graph, title: String, label: @escaping @Sendable (Int) -> String) -> DrawingStyle {
        let members = quotient.nodeTypes ?? []
        return DrawingStyle(coloring: .values(members.map(Double.init), title: title),
                            label: { "\(label($0))\n\(members[$0]) nodes" })
    }
}
