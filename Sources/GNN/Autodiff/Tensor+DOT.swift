extension Tensor {
    /// The tape below this tensor as Graphviz DOT text: one box per node labelled with its op
    /// and shape, an arrow from each parent to its child; parameters are drawn bold. Render it
    /// with the `Render` module or `dot -Tsvg`. Only nodes that still hold their parents (before
    /// `backward` releases them) show their inputs.
    /// - Complexity: O(nodes + edges)
    public func dotGraph() -> String {
        var ids: [ObjectIdentifier: Int] = [:]
        var lines = ["digraph tape {", "  rankdir=BT;", "  node [shape=box, fontname=\"Helvetica\"];"]
        var stack = [node]
        ids[ObjectIdentifier(node)] = 0
        var edges: [String] = []
        while let current = stack.popLast() {
            let id = ids[ObjectIdentifier(current)]!
            let style = current.requiresGradient && current.isLeaf ? ", style=bold" : ""
            lines.append("  n\(id) [label=\"\(current.op.replacingOccurrences(of: "\"", with: "\\\""))\\n\(current.value.rows)×\(current.value.columns)\"\(style)];")
            for parent in current.parents {
                let key = ObjectIdentifier(parent)
                if ids[key] == nil {
                    ids[key] = ids.count
                    stack.append(parent)
                }
                edges.append("  n\(ids[key]!) -> n\(id);")
            }
        }
        return (lines + edges + ["}"]).joined(separator: "\n") + "\n"
    }
}
