import EDA
import GraphCore

/// One design for parasitic estimation: its graph, and the SPEF targets when it was extracted.
public struct ParasiticDesign: Sendable {
    /// The netlist-only graph.
    public let graph: ParasiticGraph
    /// The targets from the SPEF, or `nil` before layout.
    public let targets: ParasiticTargets?

    /// A design from its graph and targets. - Complexity: O(1)
    public init(graph: ParasiticGraph, targets: ParasiticTargets?) {
        self.graph = graph
        self.targets = targets
    }

    /// Reads the netlist (Verilog of library cells, `.gz` too) and, when given, its SPEF.
    /// - Throws: the readers' errors, naming the file and line.
    /// - Complexity: O(file sizes)
    public static func load(netlist path: String, spef: String?, library: LibertyLibrary) throws -> ParasiticDesign {
        var options = CellNetlistReader.Options()
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        let graph = ParasiticGraph(netlist: try CellNetlistReader.read(contentsOf: path, options: options), library: library)
        return ParasiticDesign(graph: graph, targets: try spef.map { ParasiticTargets(try SPEFReader.read(contentsOf: $0), graph: graph) })
    }
}
