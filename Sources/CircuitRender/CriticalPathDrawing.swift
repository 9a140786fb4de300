import EDA
import GraphCore
import Render

/// The worst setup path of a timed netlist drawn in its fan-in cone: timing-graph nodes (ports
/// as triangles, cell input pins as ellipses, cell output pins as boxes) labelled as timing
/// reports name them (`instance/pin`, or the port), filled by their latest arrival in ps, and
/// the path's pins and the edges between them in thick red. When the cone has more than
/// `maxNodes` nodes, the path is drawn with its side inputs only (the pins one edge before a
/// path pin), and when even those are too many, alone.
///
/// ```swift
/// let sta = TimingAnalysis(netlist: netlist, library: library, constraints: constraints)
/// if let drawing = try CriticalPathDrawing(sta, maxNodes: 2000) {
///     try drawing.plan().render(to: "critical.svg")
/// }
/// ```
public struct CriticalPathDrawing: Sendable {
    /// How much around the path is drawn.
    public enum Extent: Sendable, Equatable {
        /// The whole fan-in cone of the endpoint.
        case cone
        /// The path and the pins one edge before each of its pins.
        case sideInputs
        /// The path alone.
        case path
    }

    /// The path drawn, as `TimingAnalysis.worstPaths(1)` gives it.
    public let path: TimingPath
    /// The timing-graph nodes drawn, ascending: drawing node `k` is `nodes[k]`.
    public let nodes: [Int32]
    /// How much around the path `nodes` covers.
    public let extent: Extent
    /// The number of nodes in the endpoint's whole fan-in cone.
    public let coneSize: Int
    /// The drawn subgraph of the timing graph.
    public let graph: Graph
    /// The style: shapes, labels, arrival colouring and the path highlight.
    public var style: DrawingStyle

    /// The shape and legend name of each `TimingGraph.NodeKind` (by raw value).
    public static let nodeKinds: [Int: DrawingStyle.NodeKind] = [
        Int(TimingGraph.NodeKind.inputPort.rawValue): .init("input port", shape: "invtriangle"),
        Int(TimingGraph.NodeKind.outputPort.rawValue): .init("output port", shape: "triangle"),
        Int(TimingGraph.NodeKind.inoutPort.rawValue): .init("inout port", shape: "diamond"),
        Int(TimingGraph.NodeKind.cellInput.rawValue): .init("cell input pin", shape: "ellipse"),
        Int(TimingGraph.NodeKind.cellOutput.rawValue): .init("cell output pin", shape: "box"),
        Int(TimingGraph.NodeKind.cellInout.rawValue): .init("cell inout pin", shape: "hexagon"),
        Int(TimingGraph.NodeKind.cellInternal.rawValue): .init("internal pin", shape: "octagon"),
        Int(TimingGraph.NodeKind.unmapped.rawValue): .init("untimed pin", shape: "plaintext"),
    ]

    /// The drawing of `sta`'s worst setup path in at most `maxNodes` nodes (more when the path
    /// itself is longer); `nil` when no endpoint is constrained.
    /// - Throws: `GraphError` when `maxNodes < 1`.
    /// - Complexity: O(V + E) for the cone, plus tracing the path
    public init?(_ sta: TimingAnalysis, maxNodes: Int) throws {
        guard maxNodes >= 1 else { throw GraphError.invalidArgument("maxNodes must be at least 1, got \(maxNodes)") }
        guard let path = sta.worstPaths(1).first else { return nil }
        let timing = sta.graph.graph
        let pathNodes = path.points.map { Int32($0.node) }
        let cone = timing.fanInCone(of: [Int32(path.endpoint)])
        var extent = Extent.cone, members = cone
        if cone.count > maxNodes {
            let incoming = timing.transposed()
            var near = Set(pathNodes)
            for node in pathNodes { near.formUnion(incoming.neighbors(of: Int(node))) }
            (extent, members) = near.count <= maxNodes ? (.sideInputs, near.sorted()) : (.path, Set(pathNodes).sorted())
        }
        var graph = try timing.subgraph(nodes: members)
        var types = PackedIntegers(repeating: 0, count: members.count, width: 8)
        for (k, node) in members.enumerated() { types[k] = Int(sta.graph.kinds[Int(node)].rawValue) }
        graph.nodeTypes = types
        let ps = sta.timeUnit / 1e-12
        let arrivals = members.map { node in
            [RiseFall.rise, .fall].compactMap { sta.arrival(Int(node), $0, .max) }.max().map { $0 * ps } ?? .nan
        }
        let labels = members.map { sta.name(of: Int($0)) }
        let position = Dictionary(uniqueKeysWithValues: members.enumerated().map { (Int($1), $0) })
        let highlight = DrawingStyle.Highlight(name: "worst path", path: pathNodes.map { position[Int($0)]! })
        self.path = path
        nodes = members
        self.extent = extent
        coneSize = cone.count
        self.graph = graph
        style = DrawingStyle(coloring: .values(arrivals, title: "latest arrival (ps)"), nodeKinds: Self.nodeKinds,
                             label: { labels[$0] }, ranksByLevel: true, highlight: highlight)
    }

    /// The drawing plan: every node of `graph`. - Throws: `GraphError`. - Complexity: O(V + E)
    public func plan() throws -> DrawingPlan {
        try DrawingPlan(graph: graph, style: style, maxNodes: max(graph.nodeCount, 1))
    }
}
