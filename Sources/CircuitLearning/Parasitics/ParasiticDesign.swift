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

    /// Reads the netlist (Verilog of library cells, `.gz` too) and, when given, its parasitics:
    /// a SPEF, or an extracted SPICE netlist (a name ending in `.spice` or `.spice.gz`, see
    /// `ParasiticTargets(extraction:graph:)`).
    /// - Throws: the readers' errors, naming the file and line.
    /// - Complexity: O(file sizes)
    public static func load(netlist path: String, spef: String?, library: LibertyLibrary) throws -> ParasiticDesign {
        var options = CellNetlistReader.Options()
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        let graph = ParasiticGraph(netlist: try CellNetlistReader.read(contentsOf: path, options: options), library: library)
        return ParasiticDesign(graph: graph, targets: try spef.map { try targets(of: graph, from: $0) })
    }

    /// Reads a SPICE netlist, flattened with its includes (transistors once the cell library is
    /// included), and, when given, its parasitics (a SPEF or an extracted SPICE netlist).
    /// - Throws: the readers' errors, naming the file and line. - Complexity: O(file sizes)
    public static func load(spice path: String, parasitics: String?) throws -> ParasiticDesign {
        let graph = ParasiticGraph(spice: try SPICEReader.read(contentsOf: path))
        return ParasiticDesign(graph: graph, targets: try parasitics.map { try targets(of: graph, from: $0) })
    }

    /// The targets from `path`: an extracted SPICE netlist when its name ends in `.spice`
    /// (`.gz` too; undefined cells read as black boxes), a SPEF otherwise.
    static func targets(of graph: ParasiticGraph, from path: String) throws -> ParasiticTargets {
        guard path.hasSuffix(".spice") || path.hasSuffix(".spice.gz") else { return ParasiticTargets(try SPEFReader.read(contentsOf: path), graph: graph) }
        var options = SPICEReader.Options()
        options.undefinedSubcircuitsAreBlackBoxes = true
        return ParasiticTargets(extraction: try SPICEReader.read(contentsOf: path, options: options), graph: graph)
    }

    /// The design with technology-independent features (`ParasiticGraph.technologyIndependent`).
    /// - Complexity: O(nodes log nodes)
    public func technologyIndependent() -> ParasiticDesign {
        ParasiticDesign(graph: graph.technologyIndependent(), targets: targets)
    }
}
