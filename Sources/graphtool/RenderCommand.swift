import ArgumentParser
import CircuitRender
import EDA
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

            With --critical-path, the file is a gate-level netlist of library cells, timed as \
            'graphtool sta' times it (--liberty, --sdc, optional --spef and --top): the drawing \
            is the fan-in cone of the endpoint of the worst setup path, pins filled by their \
            latest arrival, the path (the one 'graphtool sta --paths 1' prints) in thick red. \
            A cone above --max-nodes is cut to the path and its side inputs, or the path alone.

            With --parasitics MODEL and --net NAME, the file is a gate-level netlist (--liberty): \
            the net is drawn in its parasitic graph (cells as boxes, pins, nets as diamonds) \
            within 4 edges (fewer to stay within --max-nodes), each net filled by the total \
            capacitance (fF) the model ('graphtool parasitics train') predicts from the netlist, \
            the net asked for highlighted.

            With --bins BINS.tsv (a CAMI binning, as 'graphtool bin' writes it), the file is a \
            contig graph (contig_a contig_b [weight], as 'graphtool bin' writes \
            contig-graph.tsv): every contig of the binning is drawn, filled by its bin; \
            '--engine sfdp' suits it.
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
    @Flag(help: "Draw the worst setup path of a gate-level netlist in its fan-in cone (needs --liberty and --sdc).")
    var criticalPath = false
    @Option(help: "The Liberty library of the netlist (with --critical-path or --parasitics).") var liberty: String?
    @Option(help: "The SDC constraints (with --critical-path).") var sdc: String?
    @Option(help: "Extracted parasitics (SPEF, .gz too) of the netlist's wires (with --critical-path).") var spef: String?
    @Option(help: "The top module of the netlist (with --critical-path; default: the one no other instantiates).") var top: String?
    @Option(help: "Draw --net of a gate-level netlist coloured by this parasitic model's predicted capacitance (needs --liberty).")
    var parasitics: String?
    @Option(help: "The net drawn with --parasitics (its netlist name).") var net: String?
    @Option(help: "A binning (CAMI bioboxes, as 'graphtool bin' writes bins.tsv): FILE is then the contig graph (contig-graph.tsv), drawn coloured by bin.")
    var bins: String?
    @OptionGroup var reporting: QuietOption

    func validate() throws {
        guard maxNodes > 0 else { throw ValidationError("--max-nodes must be positive") }
        guard RenderFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) != nil else {
            throw ValidationError("--output must end in .svg, .png, .pdf or .dot")
        }
        if bins != nil {
            guard !criticalPath, parasitics == nil, colorBy == nil, cone.isEmpty else {
                throw ValidationError("--bins colours the contig graph by bin; leave out --critical-path, --parasitics, --color-by and --cone")
            }
        }
        if criticalPath {
            guard liberty != nil, sdc != nil else { throw ValidationError("--critical-path needs --liberty LIB and --sdc SDC") }
            guard colorBy == nil, cone.isEmpty, !undirected else {
                throw ValidationError("--critical-path draws the worst path's cone coloured by arrival; leave out --color-by, --cone and --undirected")
            }
            guard parasitics == nil, net == nil else { throw ValidationError("--critical-path and --parasitics draw different things; pick one") }
        } else if parasitics != nil || net != nil {
            guard parasitics != nil, net != nil, liberty != nil else { throw ValidationError("--parasitics needs --net NAME and --liberty LIB") }
            guard colorBy == nil, cone.isEmpty, !undirected, sdc == nil, spef == nil else {
                throw ValidationError("--parasitics draws a net coloured by predicted capacitance; leave out --color-by, --cone, --undirected, --sdc and --spef")
            }
        } else if liberty != nil || sdc != nil || spef != nil || top != nil {
            throw ValidationError("--liberty, --sdc, --spef and --top time a netlist for --critical-path; add --critical-path")
        }
    }

    func run() throws {
        if criticalPath { return try renderCriticalPath() }
        if let parasitics, let net { return try renderParasitics(model: parasitics, net: net) }
        if let bins { return try renderContigGraph(bins: bins) }
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

extension RenderCommand {
    /// Times the netlist and draws its worst setup path in the path's fan-in cone.
    func renderCriticalPath() throws {
        let drawing: CriticalPathDrawing
        do {
            let sta = try TimedDesign.analyse(design: file, liberty: liberty!, sdc: sdc!, spef: spef, top: top, threads: Parallel.coreCount, reporting: reporting, command: "render")
            guard let found = try CriticalPathDrawing(sta, maxNodes: maxNodes) else {
                StandardError.line("graphtool render: no endpoint of \(file) is constrained (no clock or output delay reaches one), so there is no critical path")
                throw ExitCode.failure
            }
            drawing = found
            let ps = sta.timeUnit / 1e-12
            reporting.note(String(format: "graphtool render: worst setup path to %@, slack %.3f ps, %d pins", sta.name(of: drawing.path.endpoint), drawing.path.slack * ps, drawing.path.points.count))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.line("graphtool render: \(error)")
            throw ExitCode.failure
        }
        switch drawing.extent {
        case .cone: reporting.note("graphtool render: drawing the fan-in cone of the endpoint: \(drawing.coneSize) nodes")
        case .sideInputs, .path:
            let what = drawing.extent == .path ? "the path alone" : "the path and its side inputs"
            reporting.note("graphtool render: the fan-in cone has \(drawing.coneSize) nodes, more than --max-nodes \(maxNodes): drawing \(what) (\(drawing.nodes.count) nodes); pass --max-nodes \(drawing.coneSize) for the whole cone")
        }
        let plan = try drawing.plan()
        try plan.render(to: output, engine: engine, name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        reporting.note("graphtool render: wrote \(output) (\(plan.graph.nodeCount) nodes, \(plan.graph.edgeCount) edges)")
    }
}
