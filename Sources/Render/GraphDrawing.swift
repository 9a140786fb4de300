import Foundation
import GraphCore

/// Turns a `Graph` and a `DrawingStyle` into DOT text ready for `Graphviz.render`.
public enum GraphDrawing {
    /// Number of colour swatches in a value legend.
    static let legendSteps = 5
    /// Largest graph whose levels are drawn as ranks (see `DrawingStyle.ranksByLevel`).
    public static let rankedNodeLimit = 300

    /// The DOT text of `graph` drawn with `style`.
    ///
    /// - Throws: `GraphError.shapeMismatch` when a colouring does not give one entry per node;
    ///   `GraphError.cycle` when `ranksByLevel` is asked of a graph with a cycle.
    /// - Complexity: O(V + E)
    public static func dot(for graph: Graph, style: DrawingStyle, name: String = "G") throws -> String {
        var writer = DOTWriter(graphName: name, graphAttributes: [("rankdir", "TB")])
        writer.nodeLabel = { node in style.label?(node) ?? String(node) }
        let fill = try fillColors(graph: graph, coloring: style.coloring)
        writer.nodeAttributes = { node in
            var attributes: DOTWriter.Attributes = []
            if let type = graph.nodeTypes?[node], let shape = style.shapeOfType[type] {
                attributes.append(("shape", shape))
            }
            if let (color, lightText) = fill?[node] {
                attributes.append(("style", "filled"))
                attributes.append(("fillcolor", color))
                if lightText { attributes.append(("fontcolor", "white")) }
            }
            return attributes
        }
        if let inverted = style.invertedEdgeType, let types = graph.edgeTypes {
            writer.edgeAttributes = { _, _, edge in
                types[edge] == inverted ? [("style", "dashed"), ("arrowhead", "odot")] : []
            }
        }
        if style.ranksByLevel && graph.nodeCount <= rankedNodeLimit {
            writer.sameRankGroups = Graph.nodesByLevel(try graph.topologicalLevels()).map { $0.map(Int.init) }
        }
        writer.extraStatements = legend(for: style.coloring, directed: graph.isDirected)
        return writer.string(for: graph)
    }

    private static func fillColors(graph: Graph, coloring: DrawingStyle.Coloring) throws -> [(String, Bool)]? {
        switch coloring {
        case .none:
            return nil
        case .values(let values, _):
            guard values.count == graph.nodeCount else {
                throw GraphError.shapeMismatch("\(values.count) colour values for \(graph.nodeCount) nodes")
            }
            let scale = ColorScale(fitting: values)
            return values.map { (scale.color(for: $0), scale.needsLightText(for: $0)) }
        case .categories(let categories, _):
            guard categories.count == graph.nodeCount else {
                throw GraphError.shapeMismatch("\(categories.count) categories for \(graph.nodeCount) nodes")
            }
            return categories.map { (CategoryPalette.color(for: Int($0)), false) }
        }
    }

    /// A legend cluster: evenly spaced values of the scale, or the categories present.
    private static func legend(for coloring: DrawingStyle.Coloring, directed: Bool) -> [String] {
        let entries: [(label: String, color: String)]
        let title: String
        switch coloring {
        case .none:
            return []
        case let .values(values, name):
            let scale = ColorScale(fitting: values)
            title = name
            entries = (0 ..< legendSteps).map { step in
                let value = scale.minimum + (scale.maximum - scale.minimum) * Double(step) / Double(legendSteps - 1)
                return (formatted(value), scale.color(for: value))
            }
        case let .categories(categories, name):
            title = name
            let present = Array(Set(categories)).sorted().prefix(CategoryPalette.colors.count)
            entries = present.map { ("\($0)", CategoryPalette.color(for: Int($0))) }
        }
        let swatches = entries.enumerated().map { index, entry in
            "legend\(index) [shape=box, style=filled, fillcolor=\(DOTWriter.quoted(entry.color)), label=\(DOTWriter.quoted(entry.label))];"
        }
        let chain = entries.indices.map { "legend\($0)" }.joined(separator: directed ? " -> " : " -- ")
        return ["subgraph cluster_legend { label=\(DOTWriter.quoted(title)); fontsize=10; node [fontsize=9, height=0.2];"]
            + swatches.map { "  " + $0 }
            + (entries.count > 1 ? ["  edge [style=invis]; \(chain);"] : [])
            + ["}"]
    }

    private static func formatted(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude < 0.01 || magnitude >= 100_000) { return String(format: "%.2e", value) }
        return String(format: "%.3g", value)
    }
}
