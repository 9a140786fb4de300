/// How a graph is drawn: what colours its nodes, their shapes, and how edges and ranks look.
public struct DrawingStyle: Sendable {
    /// What decides a node's fill colour.
    public enum Coloring: Sendable {
        /// No fill.
        case none
        /// A value per node on a sequential scale, with a legend titled `title`
        /// (NaN values are drawn grey).
        case values([Double], title: String)
        /// A category per node (e.g. a cluster id), each category its own colour of a
        /// `CategoryPalette` (assigned in increasing id order); a negative id means "no
        /// category" and is drawn grey.
        case categories([Int32], title: String)
    }

    /// How the nodes of one type are drawn and what the legend calls them.
    public struct NodeKind: Sendable, Equatable {
        /// What the legend calls these nodes, e.g. "input".
        public var name: String
        /// The Graphviz shape, e.g. "invtriangle".
        public var shape: String

        public init(_ name: String, shape: String) {
            self.name = name
            self.shape = shape
        }
    }

    /// Edges of one type drawn dashed with an open-circle head, and what the legend calls them.
    public struct MarkedEdges: Sendable, Equatable {
        /// The edge type (`graph.edgeTypes`), e.g. 1 for an inverted fanin.
        public var type: Int
        /// What the legend calls these edges, e.g. "inverted fanin".
        public var name: String

        public init(type: Int, name: String) {
            self.type = type
            self.name = name
        }
    }

    /// Nodes and edges drawn with a thick red outline and named in the legend: a critical
    /// path, say. Edges are `(source, target)` node pairs.
    public struct Highlight: Sendable, Equatable {
        /// What the legend calls them, e.g. "worst path".
        public var name: String
        /// The highlighted nodes.
        public var nodes: Set<Int>
        /// The highlighted edges, by their end nodes.
        public var edges: Set<Edge>

        /// An edge by its end nodes.
        public struct Edge: Sendable, Hashable {
            public var source: Int
            public var target: Int

            public init(_ source: Int, _ target: Int) {
                self.source = source
                self.target = target
            }
        }

        public init(name: String, nodes: Set<Int>, edges: Set<Edge>) {
            self.name = name
            self.nodes = nodes
            self.edges = edges
        }

        /// The highlight of a path: its nodes and the edges between consecutive ones.
        /// - Complexity: O(path length)
        public init(name: String, path: [Int]) {
            self.init(name: name, nodes: Set(path), edges: Set(zip(path, path.dropFirst()).map { Edge($0, $1) }))
        }
    }

    /// The fill colour of the nodes.
    public var coloring: Coloring = .none
    /// The shape and legend name of each node type (`graph.nodeTypes`), e.g. inputs as
    /// triangles; the legend lists the kinds present in the drawn graph.
    public var nodeKinds: [Int: NodeKind] = [:]
    /// A node's label; `nil` labels nodes by their index.
    public var label: (@Sendable (Int) -> String)?
    /// Edges drawn dashed with a circle head and named in the legend: inverted fanins in a
    /// circuit.
    public var markedEdges: MarkedEdges?
    /// Draws nodes of one topological level on one rank (circuits: inputs at the top). Applied
    /// up to `GraphDrawing.rankedNodeLimit` nodes: beyond that Graphviz's rank constraints take
    /// minutes, and `dot`'s own layering already draws every node below its fanins.
    public var ranksByLevel = false
    /// Nodes and edges to stand out; `nil` for none.
    public var highlight: Highlight?

    public init(coloring: Coloring = .none, nodeKinds: [Int: NodeKind] = [:],
                label: (@Sendable (Int) -> String)? = nil, markedEdges: MarkedEdges? = nil,
                ranksByLevel: Bool = false, highlight: Highlight? = nil) {
        self.coloring = coloring
        self.nodeKinds = nodeKinds
        self.label = label
        self.markedEdges = markedEdges
        self.ranksByLevel = ranksByLevel
        self.highlight = highlight
    }
}
