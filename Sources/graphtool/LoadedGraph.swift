import ArgumentParser
import EDA
import Foundation
import GraphCore
import Render

/// A graph read from a file the CLI was given, with what the file says about drawing it.
struct LoadedGraph {
    var graph: Graph
    /// The style the file's kind suggests (shapes by node type, inverted edges, level ranks).
    var style: DrawingStyle
    /// Node names a user can refer to (e.g. circuit outputs for `--cone`).
    var namedNodes: [String: Int32] = [:]
    /// The circuit the graph was made from, when it was a circuit.
    var circuit: (aig: AIG, graph: AIGGraph)?

    /// The signal probability of every node of a circuit graph: exact below
    /// `AIG.exhaustiveSourceLimit` inputs and latches, else from 65,536 random patterns.
    /// Outputs take their driver's probability (inverted when the output is).
    func signalProbabilities(path: String) throws -> [Double] {
        guard let (aig, converted) = circuit else {
            throw ValidationError("--color-by probability needs a circuit file (.aig .aag .blif .bench .v), not \(path)")
        }
        let exhaustive = aig.inputs.count + aig.latches.count <= AIG.exhaustiveSourceLimit
        let variables = exhaustive ? try aig.exactSignalProbabilities()
                                   : try aig.signalProbabilities(patternCount: 65_536, seed: 0)
        return Self.nodeValues(aig, converted, variables, missing: .nan) { p, inverted in inverted ? 1 - p : p }
    }

    /// Per-AIG-variable `values` spread onto the circuit graph's nodes (`missing` where a node has
    /// no variable); each output node takes `output(its driver's value, whether it is inverted)`.
    /// - Complexity: O(M + O)
    static func nodeValues<T>(_ aig: AIG, _ converted: AIGGraph, _ values: [T], missing: T,
                              output: (T, Bool) -> T) -> [T] {
        var result = [T](repeating: missing, count: converted.graph.nodeCount)
        for variable in 0 ..< converted.variableCount {
            if let node = converted.node(ofVariable: variable) { result[node] = values[variable] }
        }
        for (k, node) in converted.outputNodes.enumerated() {
            let literal = aig.outputs[k]
            result[node] = output(values[Int(literal >> 1)], literal & 1 == 1)
        }
        return result
    }

    /// Draws the graph to `path` (format by extension), summarised beyond `maxNodes` nodes or
    /// restricted to the fan-in cone of `cone`; the summary is explained on stderr.
    /// - Returns: the number of nodes and edges drawn.
    func draw(to path: String, engine: LayoutEngine = .dot, maxNodes: Int, cone: [Int32] = [],
              name: String) throws -> (nodes: Int, edges: Int) {
        let plan = try DrawingPlan(graph: graph, style: style, maxNodes: maxNodes, cone: cone.isEmpty ? nil : cone)
        if let note = plan.note { FileHandle.standardError.write(Data("graphtool: \(note)\n".utf8)) }
        try Graphviz.render(dot: try GraphDrawing.dot(for: plan.graph, style: plan.style, name: name),
                            to: path, engine: engine)
        return (plan.graph.nodeCount, plan.graph.edgeCount)
    }

    /// Reads `path` by its extension: circuits (AIGER, BLIF, bench, Verilog), edge lists (`.tsv`, `.csv`, `.txt`, `.edges`, `.el`) or a
    /// directory in the dataset layout (`edges.tsv`, optional `features.tsv`, `labels.tsv`).
    static func load(_ path: String, undirected: Bool) throws -> LoadedGraph {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.missingFile(path)
        }
        if isDirectory.boolValue {
            return LoadedGraph(graph: try LinkDataset.load(directory: url).graph, style: DrawingStyle())
        }
        switch url.pathExtension.lowercased() {
        case "aig", "aag", "blif", "bench", "v":
            return try circuit(CircuitFile.read(path))
        case "tsv", "csv", "txt", "edges", "el":
            let graph = try EdgeListReader.readGraph(contentsOf: url, options: .init(directed: !undirected))
            return LoadedGraph(graph: graph, style: DrawingStyle(ranksByLevel: false))
        default:
            throw CLIError.unknownFormat(path: path, known: "circuits (.aig .aag .blif .bench .v), edge lists (.tsv .csv .txt .edges .el) or a dataset directory")
        }
    }

    /// A circuit as a graph: inputs on top as triangles, outputs at the bottom, inverted fanins
    /// dashed, each output reachable by its symbol name or `o<k>`.
    static func circuit(_ aig: AIG) throws -> LoadedGraph {
        let converted = try aig.graph(encoding: .invertedEdges)
        var names = [String](repeating: "", count: converted.graph.nodeCount)
        var named: [String: Int32] = [:]
        func symbols(_ kind: AIGSymbol.Kind) -> [Int: String] {
            Dictionary(aig.symbols.filter { $0.kind == kind }.map { ($0.index, $0.name) }) { first, _ in first }
        }
        let inputNames = symbols(.input), outputNames = symbols(.output)
        for (k, variable) in aig.inputs.enumerated() {
            names[converted.node(ofVariable: Int(variable))!] = inputNames[k] ?? "i\(k)"
        }
        for (k, node) in converted.outputNodes.enumerated() {
            let name = outputNames[k] ?? "o\(k)"
            names[node] = name
            named[name] = Int32(node)
            named["o\(k)"] = Int32(node)
        }
        let types = converted.graph.nodeTypes ?? []
        for node in names.indices where names[node].isEmpty {
            names[node] = types[node] == AIGNodeType.constant.rawValue ? "0" : "n\(node)"
        }
        let labels = names
        let style = DrawingStyle(
            shapeOfType: [AIGNodeType.input.rawValue: "invtriangle", AIGNodeType.output.rawValue: "triangle",
                          AIGNodeType.latch.rawValue: "box", AIGNodeType.and.rawValue: "ellipse",
                          AIGNodeType.constant.rawValue: "plaintext"],
            label: { labels[$0] }, invertedEdgeType: 1, ranksByLevel: aig.latches.isEmpty)
        return LoadedGraph(graph: converted.graph, style: style, namedNodes: named, circuit: (aig, converted))
    }
}
