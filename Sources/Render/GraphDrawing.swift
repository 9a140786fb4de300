import Foundation
import GraphCore

/// Turns a `Graph` and a `DrawingStyle` into DOT text ready for `Graphviz.render`.
public enum GraphDrawing {
    /// Largest graph whose levels are drawn as ranks (see `DrawingStyle.ranksByLevel`).
    public static let rankedNodeLimit = 300

    /// The DOT text of `graph` drawn with `style`, with legends for the colouring, the node
    /// kinds present and the marked edges.
    ///
    /// - Throws: `GraphError.shapeMismatch` when a colouring does not give one entry per node;
    ///   `GraphError.cycle` when `ranksByLevel` is asked of a graph with a cycle.
    /// - Complexity: O(V + E) plus O(C log C) for C categories.
    public static func dot(for graph: Graph, style: DrawingStyle, name: String = "G") throws -> String {
        var writer = DOTWriter(graphName: name, graphAttributes: [("rankdir", "TB")])
        writer.nodeLabel = { node in style.label?(node) ?? String(node) }
        let fill = try Fill(graph: graph, coloring: style.coloring)
        writer.nodeAttributes = { node in
            var attributes: DOTWriter.Attributes = []
            if let type = graph.nodeTypes?[node], let kind = style.nodeKinds[type] {
                attributes.append(("shape", kind.shape))
            }
            if let (color, lightText) = fill?.colors[node] {
                attributes.append(("style", "filled"))
                attributes.append(("fillcolor", color))
                if lightText { attributes.append(("fontcolor", "white")) }
            }
            if style.highlight?.nodes.contains(node) == true { attributes += highlightAttributes }
            return attributes
        }
        let marked = style.markedEdges.flatMap { marked in graph.edgeTypes.map { (marked.type, $0) } }
        if marked != nil || style.highlight != nil {
            writer.edgeAttributes = { source, target, edge in
                var attributes: DOTWriter.Attributes = []
                if let (type, types) = marked, types[edge] == type { attributes += markedEdgeAttributes }
                if style.highlight?.edges.contains(.init(source, target)) == true { attributes += highlightAttributes }
                return attributes
            }
        }
        if style.ranksByLevel && graph.nodeCount <= rankedNodeLimit {
            writer.sameRankGroups = Graph.nodesByLevel(try graph.topologicalLevels()).map { $0.map(Int.init) }
        }
        writer.extraStatements = (fill?.legend(directed: graph.isDirected) ?? []) + kindLegend(graph, style)
        return writer.string(for: graph)
    }

    /// How highlighted nodes and edges are drawn (on top of their other attributes).
    static let highlightAttributes: DOTWriter.Attributes = [("color", "red"), ("penwidth", "3")]

    /// How marked edges (inverted fanins) are drawn.
    static let markedEdgeAttributes: DOTWriter.Attributes = [("style", "dashed"), ("arrowhead", "odot")]

    /// Formats a legend value: three significant digits, scientific when tiny or huge.
    static func formatted(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude < 0.01 || magnitude >= 100_000) { return String(format: "%.2e", value) }
        return String(format: "%.3g", value)
    }
}
