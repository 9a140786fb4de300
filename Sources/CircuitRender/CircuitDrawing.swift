import EDA
import GraphCore
import Render

/// A circuit drawn the way `graphtool render` draws it: its AIG as a graph whose edges run from
/// fanin to gate, with inputs as inverted triangles on top, ANDs as ellipses, latches as boxes,
/// outputs as triangles at the bottom and the constant as plain text; inverted fanins dashed
/// with an open-circle head; nodes named by the AIGER symbols (else `i<k>`, `o<k>`, `n<node>`);
/// a legend for the shapes and the inverted edges. Combinational circuits are drawn one
/// topological level per rank (up to `GraphDrawing.rankedNodeLimit` nodes).
///
/// ```swift
/// var drawing = try CircuitDrawing(try CircuitFile.read("adder.aig"))
/// drawing.style.coloring = .values(try drawing.signalProbabilities(), title: "signal probability")
/// try drawing.plan(maxNodes: 2000).render(to: "adder.svg")
/// ```
public struct CircuitDrawing: Sendable {
    /// The circuit.
    public let aig: AIG
    /// Its graph (`AIGGraphEncoding.invertedEdges`) and the map from variables to nodes.
    public let circuitGraph: AIGGraph
    /// The circuit style; set `style.coloring` to colour the gates.
    public var style: DrawingStyle
    /// The nodes a user can name: each output by its symbol and as `o<k>`.
    public let namedNodes: [String: Int32]

    /// The shape and legend name of each `AIGNodeType` in the drawing.
    public static let nodeKinds: [Int: DrawingStyle.NodeKind] = [
        AIGNodeType.constant.rawValue: .init("constant 0", shape: "plaintext"),
        AIGNodeType.input.rawValue: .init("input", shape: "invtriangle"),
        AIGNodeType.latch.rawValue: .init("latch", shape: "box"),
        AIGNodeType.and.rawValue: .init("AND", shape: "ellipse"),
        AIGNodeType.output.rawValue: .init("output", shape: "triangle"),
    ]
    /// Inverted fanins: edge type 1 of `AIGGraphEncoding.invertedEdges`.
    public static let invertedFanins = DrawingStyle.MarkedEdges(type: 1, name: "inverted fanin")

    /// The drawing of `aig`, uncoloured.
    /// - Throws: `GraphError` when the graph exceeds `Int32` node indices.
    /// - Complexity: O(M + O + symbols)
    public init(_ aig: AIG) throws {
        let converted = try aig.graph(encoding: .invertedEdges)
        var names = [String](repeating: "", count: converted.graph.nodeCount)
        var named: [String: Int32] = [:]
        func symbols(_ kind: AIGSymbol.Kind) -> [Int: String] {
            Dictionary(aig.symbols.filter { $0.kind == kind }.map { ($0.index, $0.name) }) { first, _ in first }
        }
        let inputNames = symbols(.input), outputNames = symbols(.output), latchNames = symbols(.latch)
        for (k, variable) in aig.inputs.enumerated() {
            names[converted.node(ofVariable: Int(variable))!] = inputNames[k] ?? "i\(k)"
        }
        for (k, variable) in aig.latches.enumerated() {
            names[converted.node(ofVariable: Int(variable))!] = latchNames[k] ?? "l\(k)"
        }
        for (k, node) in converted.outputNodes.enumerated() {
            let name = outputNames[k] ?? "o\(k)"
            names[node] = name
            named[name] = Int32(node)
            named["o\(k)"] = Int32(node)
        }
        let types = converted.graph.nodeTypes
        for node in names.indices where names[node].isEmpty {
            names[node] = types?[node] == AIGNodeType.constant.rawValue ? "0" : "n\(node)"
        }
        let labels = names
        self.aig = aig
        circuitGraph = converted
        namedNodes = named
        style = DrawingStyle(nodeKinds: CircuitDrawing.nodeKinds, label: { labels[$0] },
                             markedEdges: CircuitDrawing.invertedFanins, ranksByLevel: aig.latches.isEmpty)
    }

    /// The circuit's graph. - Complexity: O(1)
    public var graph: Graph { circuitGraph.graph }

    /// The node called `name` (an output's symbol or `o<k>`), or numbered `name`; `nil` when
    /// there is none. - Complexity: O(1) expected
    public func node(named name: String) -> Int32? {
        if let node = namedNodes[name] { return node }
        if let number = Int32(name), number >= 0, Int(number) < graph.nodeCount { return number }
        return nil
    }

    /// The drawing of at most `maxNodes` nodes, of the fan-in cone of `cone` when given (see
    /// `DrawingPlan`). - Throws: `GraphError`. - Complexity: O(V + E log d)
    public func plan(maxNodes: Int, cone: [Int32] = []) throws -> DrawingPlan {
        try DrawingPlan(graph: graph, style: style, maxNodes: maxNodes, cone: cone.isEmpty ? nil : cone)
    }
}
