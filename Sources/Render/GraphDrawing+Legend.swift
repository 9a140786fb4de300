import GraphCore

extension GraphDrawing {
    /// Number of colour swatches in a value legend.
    static let legendSteps = 5
    /// Categories listed in a legend; more are summarised in one entry.
    static let legendCategoryLimit = 12

    /// The fill colour of every node and the legend that explains it.
    struct Fill {
        /// Each node's colour and whether its label should be white.
        let colors: [(String, Bool)]
        /// The legend's title and entries (label, colour, whether the label should be white), in order.
        let title: String
        let entries: [(label: String, color: String, lightText: Bool)]

        /// `nil` for `.none`. - Throws: `GraphError.shapeMismatch` unless one entry per node.
        /// - Complexity: O(V + C log C)
        init?(graph: Graph, coloring: DrawingStyle.Coloring) throws {
            switch coloring {
            case .none:
                return nil
            case let .values(values, name):
                guard values.count == graph.nodeCount else {
                    throw GraphError.shapeMismatch("\(values.count) colour values for \(graph.nodeCount) nodes")
                }
                let scale = ColorScale(fitting: values)
                colors = values.map { (scale.color(for: $0), scale.needsLightText(for: $0)) }
                title = name
                entries = (0 ..< legendSteps).map { step in
                    let value = scale.minimum + (scale.maximum - scale.minimum) * Double(step) / Double(legendSteps - 1)
                    return (formatted(value), scale.color(for: value), scale.needsLightText(for: value))
                }
            case let .categories(categories, name):
                guard categories.count == graph.nodeCount else {
                    throw GraphError.shapeMismatch("\(categories.count) categories for \(graph.nodeCount) nodes")
                }
                let present = Array(Set(categories.filter { $0 >= 0 })).sorted()
                let rank = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($1, $0) })
                let palette = CategoryPalette(count: present.count)
                colors = categories.map { (rank[$0].map(palette.color) ?? CategoryPalette.noCategory, false) }
                title = name
                var entries = present.prefix(legendCategoryLimit).map { ("\($0)", palette.color(for: rank[$0]!), false) }
                if present.count > legendCategoryLimit {
                    entries.append(("… \(present.count - legendCategoryLimit) more", "white", false))
                }
                if categories.contains(where: { $0 < 0 }) { entries.append(("other", CategoryPalette.noCategory, false)) }
                self.entries = entries
            }
        }

        /// The colour legend: the title, then the swatches, in a column held by invisible edges.
        /// A plain subgraph, not a cluster: Graphviz 2.42's `dot` leaks every cluster's
        /// layout skeleton, which adds up in a process that renders many drawings.
        func legend(directed: Bool) -> [String] {
            let swatches = entries.enumerated().map { index, entry in
                "legend\(index) [shape=box, style=filled, fillcolor=\(DOTWriter.quoted(entry.color)),\(entry.lightText ? " fontcolor=white," : "") label=\(DOTWriter.quoted(entry.label))];"
            }
            let column = ["legendTitle"] + entries.indices.map { "legend\($0)" }
            return ["subgraph legend { node [fontsize=9, height=0.2];",
                    "  legendTitle [shape=plaintext, fontsize=10, label=\(DOTWriter.quoted(title))];"]
                + swatches.map { "  " + $0 }
                + ["  edge [style=invis]; \(column.joined(separator: directed ? " -> " : " -- "));", "}"]
        }
    }

    /// A legend of the node kinds present in `graph` (each drawn in its shape), of the marked
    /// edges and of the highlight, under a title, when there are any; empty otherwise (a plain
    /// subgraph, as `legend`). - Complexity: O(V + E)
    static func kindLegend(_ graph: Graph, _ style: DrawingStyle) -> [String] {
        var present = Set<Int>()
        if let types = graph.nodeTypes, !style.nodeKinds.isEmpty {
            for node in 0 ..< graph.nodeCount { present.insert(types[node]) }
        }
        let kinds = style.nodeKinds.filter { present.contains($0.key) }.sorted { $0.key < $1.key }
        let marked = style.markedEdges.flatMap { marked in
            graph.edgeTypes.map { types in (0 ..< graph.edgeCount).contains { types[$0] == marked.type } } == true ? marked : nil
        }
        let highlight = style.highlight.flatMap { $0.nodes.isEmpty && $0.edges.isEmpty ? nil : $0 }
        guard !kinds.isEmpty || marked != nil || highlight != nil else { return [] }
        let arrow = graph.isDirected ? " -> " : " -- "
        var lines = ["subgraph kinds { node [fontsize=9];", "  kindsTitle [shape=plaintext, fontsize=10, label=\"drawn as\"];"]
        for (type, kind) in kinds {
            lines.append("  kind\(type) [shape=\(DOTWriter.quoted(kind.shape)), label=\(DOTWriter.quoted(kind.name))];")
        }
        // One column: the title, the kinds, then the sample edges, held in order by invisible edges.
        var column = ["kindsTitle"] + kinds.map { "kind\($0.key)" }
        for (id, name, look) in [marked.map { ("marked", $0.name, markedEdgeAttributes) }, highlight.map { ("highlight", $0.name, highlightAttributes) }].compactMap({ $0 }) {
            let attributes = (look + [("label", name), ("fontsize", "9")])
                .map { "\($0.name)=\(DOTWriter.quoted($0.value))" }.joined(separator: ", ")
            lines.append("  \(id)From [shape=point, width=0.06]; \(id)To [shape=point, width=0.06];")
            lines.append("  \(id)From\(arrow)\(id)To [\(attributes)];")
            column.append("\(id)From")
        }
        lines.append("  " + column.joined(separator: arrow) + " [style=invis];")
        return lines + ["}"]
    }
}
