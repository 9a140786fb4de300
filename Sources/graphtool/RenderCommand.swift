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
            The output format follows the extension of --output. Circuits are drawn with inputs \
            on top as inverted triangles, ANDs as ellipses, latches as boxes, outputs as \
            triangles and inverted fanins dashed, with a legend for the shapes and the colours. \
            An OpenQASM 2 file (.qasm) is drawn as its gate DAG: START, one node per gate \
            labelled with its qubits, END, an edge per qubit wire, coloured by gate kind.

            Nodes can be coloured by topological level, by signal probability (circuits: exact \
            up to 16 inputs, else 65,536 random patterns), by weakly connected component \
            ('cluster'), by degree, or by a .npy file: float values (1-D, or 2-D with the first \
            column used) or integer categories (1-D), one entry per node or, for a circuit, one \
            per AIG variable, as 'graphtool embed' writes its rows.

            Graphs with more than --max-nodes nodes are summarised in at most --max-nodes nodes: \
            a fan-in cone, one node per category, or one node per topological level (bands of \
            consecutive levels in deep circuits). The summary is explained on stderr, and a \
            warning says when the colours now show the mean of each summary node.
            """
    )

    /// The largest graph drawn whole unless `--max-nodes` says otherwise.
    static let defaultMaxNodes = 2000

    @Argument(help: "The graph file: a circuit, an edge list or a dataset directory.") var file: String
    @Option(name: .shortAndLong, help: "Output file: .svg, .png, .pdf or .dot.") var output: String
    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var engine: LayoutEngine = .dot
    @Option(help: "Colour nodes by: level, probability (circuits), cluster, degree, or a .npy file of values or categories.")
    var colorBy: String?
    @Option(parsing: .upToNextOption, help: "Draw only the fan-in cone of these nodes (names or numbers).")
    var cone: [String] = []
    @Option(help: "Most nodes drawn; larger graphs are summarised.") var maxNodes = RenderCommand.defaultMaxNodes
    @Flag(help: "Read an edge list as undirected.") var undirected = false
    @OptionGroup var reporting: QuietOption

    func validate() throws {
        guard maxNodes > 0 else { throw ValidationError("--max-nodes must be positive") }
        guard RenderFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) != nil else {
            throw ValidationError("--output must end in .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        var input = try LoadedGraph.load(file, undirected: undirected)
        if let colorBy {
            let choice = try Coloring.parse(colorBy, for: input, path: file)
            input.style.coloring = choice.coloring
            if let note = choice.note { reporting.note("graphtool render: \(note)") }
        }
        let roots = try cone.map { try input.node(named: $0, in: file) }
        let plan = try input.plan(maxNodes: maxNodes, cone: roots)
        if let note = plan.note { reporting.note("graphtool render: \(note)") }
        if let change = plan.coloringChange { reporting.warn("graphtool render: warning: --color-by \(colorBy ?? ""): \(change)") }
        try plan.render(to: output, engine: engine, name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        reporting.note("graphtool render: wrote \(output) (\(plan.graph.nodeCount) nodes, \(plan.graph.edgeCount) edges)")
    }
}
