extension DrawingPlan {
    /// Draws the plan to `path` with Graphviz, the format taken from the extension (`.svg`,
    /// `.png`, `.pdf`, `.dot`); the file appears whole or not at all.
    /// - Throws: `RenderError`; `GraphError` when the style does not fit.
    /// - Complexity: that of the layout engine on the planned graph.
    public func render(to path: String, engine: LayoutEngine = .dot, name: String = "G") throws {
        try Graphviz.render(dot: try GraphDrawing.dot(for: graph, style: style, name: name), to: path, engine: engine)
    }
}
