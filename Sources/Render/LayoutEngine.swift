/// Graphviz layout engines.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing of directed graphs (circuits: inputs on top).
    case dot
    /// Spring model (Kamada–Kawai / stress majorisation), for small undirected graphs.
    case neato
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Force-directed placement (Fruchterman–Reingold).
    case fdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
}

/// Output formats rendered in-process.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot
    /// Graphviz's plain-text layout (node positions and edge splines), for comparisons.
    case plain

    /// The format named by a file's extension (`drawing.svg` → `.svg`), if any.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
