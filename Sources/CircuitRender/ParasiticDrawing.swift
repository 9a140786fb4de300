import CircuitLearning
import Foundation
import GraphCore
import Render

/// One net of a design's parasitic graph (`ParasiticGraph`: cells, pins and nets from the
/// netlist) drawn in its neighbourhood, nets filled by their predicted total capacitance (fF),
/// cells as boxes labelled `instance` and their cell type, pins as small ellipses, and the net
/// asked for highlighted. The neighbourhood is every node within `hops` edges of the net
/// (4 by default: its pins, their cells, the cells' other pins and the nets on them — what
/// the estimator's first four layers see), fewer hops when that exceeds `maxNodes`.
///
/// ```swift
/// let prediction = estimator.predict(graph)
/// let drawing = try ParasiticDrawing(graph, net: k, capacitance: prediction.net[.total]!, maxNodes: 300)
/// try drawing.plan().render(to: "net.svg")
/// ```
public struct ParasiticDrawing: Sendable {
    /// The net drawn (a net node index of the design's graph, `0 ..< netCount`).
    public let net: Int
    /// The hops drawn around it.
    public let hops: Int
    /// The parasitic-graph nodes drawn, ascending: drawing node `k` is `nodes[k]`.
    public let nodes: [Int32]
    /// The drawn subgraph.
    public let graph: Graph
    /// Shapes, labels, the capacitance colouring and the highlighted net.
    public var style: DrawingStyle

    /// The shape and legend name of each `ParasiticGraph.NodeKind` (by raw value).
    public static let nodeKinds: [Int: DrawingStyle.NodeKind] = [
        ParasiticGraph.NodeKind.device.rawValue: .init("cell", shape: "box"),
        ParasiticGraph.NodeKind.pin.rawValue: .init("pin", shape: "ellipse"),
        ParasiticGraph.NodeKind.net.rawValue: .init("net", shape: "diamond"),
    ]

    /// The drawing of net node `net` of `design`, nets coloured by `capacitance` (fF, one per
    /// net node), within `hops` edges, or fewer hops (at least 1) to stay within `maxNodes`.
    /// - Throws: `GraphError` for a net outside the graph, a capacitance count other than the
    ///   net count, or `maxNodes < 1`.
    /// - Complexity: O(V + E) per hop count tried
    public init(_ design: ParasiticGraph, net: Int, capacitance: [Float], hops: Int = 4, maxNodes: Int) throws {
        guard (0 ..< design.netCount).contains(net) else {
            throw GraphError.invalidArgument("net \(net) is not a net of the graph (it has \(design.netCount))")
        }
        guard capacitance.count == design.netCount else {
            throw GraphError.invalidArgument("\(capacitance.count) capacitances for \(design.netCount) nets")
        }
        guard maxNodes >= 1, hops >= 1 else { throw GraphError.invalidArgument("maxNodes and hops must be at least 1, got \(maxNodes) and \(hops)") }
        let centre = Int32(design.node(ofNet: net))
        var reach = hops, members = design.graph.kHopNeighborhood(of: [centre], hops: reach)
        while members.count > maxNodes && reach > 1 {
            reach -= 1
            members = design.graph.kHopNeighborhood(of: [centre], hops: reach)
        }
        var graph = try design.graph.subgraph(nodes: members)
        var types = PackedIntegers(repeating: 0, count: members.count, width: 8)
        for (k, node) in members.enumerated() { types[k] = design.kind(of: Int(node)).rawValue }
        graph.nodeTypes = types
        let netBase = design.deviceCount + design.pinCount
        let values = members.map { node in Int(node) >= netBase ? Double(capacitance[Int(node) - netBase]) : .nan }
        let labels: [String] = members.map { node in
            let v = Int(node)
            switch design.kind(of: v) {
            case .device: return design.deviceLabel(v)
            case .pin: return design.pinName(v - design.deviceCount)
            case .net:
                let k = v - netBase
                return design.netNames[k] + " " + String(format: "%.2f fF", Double(capacitance[k]))
            }
        }
        let position = members.firstIndex(of: centre)!
        self.net = net
        self.hops = reach
        nodes = members
        self.graph = graph
        style = DrawingStyle(coloring: .values(values, title: "predicted total capacitance (fF)"), nodeKinds: Self.nodeKinds,
                             label: { labels[$0] }, highlight: DrawingStyle.Highlight(name: design.netNames[net], path: [position]))
    }

    /// The drawing plan: every node of `graph`. - Throws: `GraphError`. - Complexity: O(V + E)
    public func plan() throws -> DrawingPlan {
        try DrawingPlan(graph: graph, style: style, maxNodes: max(graph.nodeCount, 1))
    }
}
