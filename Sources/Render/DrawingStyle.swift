/// How a graph is drawn: what colours its nodes, their shapes, and how edges and ranks look.
public struct DrawingStyle: Sendable {
    /// What decides a node's fill colour.
    public enum Coloring: Sendable {
        /// No fill.
        case none
        /// A value per node on a sequential scale, with a legend titled `title`
        /// (NaN values are drawn grey).
        case values([Double], title: String)
        /// A category per node (e.g. a cluster id) from a qualitative palette.
        case categories([Int32], title: String)
    }

    /// The fill colour of the nodes.
    public var coloring: Coloring = .none
    /// The Graphviz shape of each node type (`graph.nodeTypes`), e.g. inputs as triangles.
    public var shapeOfType: [Int: String] = [:]
    /// A node's label; `nil` labels nodes by their index.
    public var label: (@Sendable (Int) -> String)?
    /// Edges of this type (`graph.edgeTypes`) are drawn dashed with a circle head: inverted
    /// fanins in a circuit.
    public var invertedEdgeType: Int?
    /// Draws nodes of one topological level on one rank (circuits: inputs at the top). Applied
    /// up to `GraphDrawing.rankedNodeLimit` nodes: beyond that Graphviz's rank constraints take
    /// minutes, and `dot`'s own layering already draws every node below its fanins.
    public var ranksByLevel = false

    public init(coloring: Coloring = .none, shapeOfType: [Int: String] = [:],
                label: (@Sendable (Int) -> String)? = nil, invertedEdgeType: Int? = nil,
                ranksByLevel: Bool = false) {
        self.coloring = coloring
        self.shapeOfType = shapeOfType
        self.label = label
        self.invertedEdgeType = invertedEdgeType
        self.ranksByLevel = ranksByLevel
    }
}
