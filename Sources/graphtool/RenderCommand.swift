import ArgumentParser
import Foundation
import GraphCore
import Render

extension LayoutEngine: ExpressibleByArgument {}

/// `graphtool render`: draw a graph or circuit with Graphviz, in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph or circuit to SVG, PNG or PDF with Graphviz.",
        discussion: """
            The output format follows the extension of --output. Nodes can be coloured by \
            topological level, by signal probability (circuits: exact up to 16 inputs, else \
            65,536 random patterns), by weakly connected component ('cluster'), by degree, or by one \
            value per node from a .npy file (float32, one entry or row per node; the first column \
            is used). Graphs with more than --max-nodes nodes are summarised (a fan-in cone, one \
            node per level or per cluster) and the summary is explained on stderr.
            """
    )

    @Argument(help: "The graph file: an edge list or a dataset directory.") var file: String
    @Option(name: .shortAndLong, help: "Output file: .svg, .png, .pdf or .dot.") var output: String
    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var engine: LayoutEngine = .dot
    @Option(help: "Colour nodes by: level, probability (circuits), cluster, degree, or a .npy file of values.")
    var colorBy: String?
    @Option(parsing: .upToNextOption, help: "Draw only the fan-in cone of these nodes (names or numbers).")
    var cone: [String] = []
    @Option(help: "Largest graph drawn whole.") var maxNodes = 2000
    @Flag(help: "Read an edge list as undirected.") var undirected = false

    func validate() throws {
        guard maxNodes > 0 else { throw ValidationError("--max-nodes must be positive") }
        guard RenderFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) != nil else {
            throw ValidationError("--output must end in .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        var input = try LoadedGraph.load(file, undirected: undirected)
        if let colorBy { input.style.coloring = try Coloring.parse(colorBy, for: input, path: file) }
        let roots = try cone.map { try input.node(named: $0, in: file) }
        let drawn = try input.draw(to: output, engine: engine, maxNodes: maxNodes, cone: roots,
                                   name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        FileHandle.standardError.write(Data("graphtool: wrote \(output) (\(drawn.nodes) nodes, \(drawn.edges) edges)\n".utf8))
    }
}

extension LoadedGraph {
    /// A node given by name (e.g. a circuit output) or by number.
    func node(named name: String, in path: String) throws -> Int32 {
        if let node = namedNodes[name] { return node }
        if let number = Int32(name), number >= 0, Int(number) < graph.nodeCount { return number }
        throw CLIError.unknownNode(name: name, path: path)
    }
}

/// The `--color-by` choices.
enum Coloring {
    static func parse(_ choice: String, for input: LoadedGraph, path: String) throws -> DrawingStyle.Coloring {
        let graph = input.graph
        switch choice {
        case "probability":
            return .values(try input.signalProbabilities(path: path), title: "signal probability")
        case "level":
            return .values(try graph.topologicalLevels().map(Double.init), title: "level")
        case "cluster":
            return .categories(graph.connectedComponents().component, title: "component")
        case "degree":
            return .values(graph.outDegrees().map(Double.init), title: "out-degree")
        default:
            guard choice.hasSuffix(".npy") else {
                throw ValidationError("--color-by takes level, probability, cluster, degree or a .npy file, not '\(choice)'")
            }
            let values = try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: choice))
            guard values.rows == graph.nodeCount, values.columns >= 1 else {
                throw CLIError.invalidValues(path: choice, reason: "has \(values.rows)×\(values.columns) values; expected one row per node (\(graph.nodeCount))")
            }
            return .values((0 ..< values.rows).map { Double(values[$0, 0]) }, title: URL(fileURLWithPath: choice).lastPathComponent)
        }
    }
}
