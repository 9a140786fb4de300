import EDA

/// A gate-level design read and timed as `graphtool sta` and `graphtool render --critical-path`
/// do it: the library, the netlist with the cells the library lacks dropped, the SDC (its
/// warnings on stderr) and, when given, the SPEF (its mismatches with the netlist on stderr).
enum TimedDesign {
    /// Reads and times the design. - Throws: the readers' errors, naming file and line.
    static func analyse(design: String, liberty: String, sdc: String, spef: String?, top: String?, reporting: QuietOption, command: String) throws -> TimingAnalysis {
        let library = try LibertyReader.read(contentsOf: liberty)
        var options = CellNetlistReader.Options(top: top)
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        var netlist = try CellNetlistReader.read(contentsOf: design, options: options)
        let dropped = netlist.removeInstances(ofCellsNotIn: library.cellNames)
        if dropped > 0 { reporting.note("graphtool \(command): dropped \(dropped) instances of cells not in \(liberty) (physical-only cells)") }
        let constraints = try SDCReader.read(contentsOf: sdc, netlist: netlist)
        for warning in constraints.warnings { reporting.warn("graphtool \(command): warning: \(warning)") }
        let wires = try spef.map { try SPEFTimingParasitics(SPEFReader.read(contentsOf: $0), netlist: netlist, library: library) }
        if let wires, let spef { noteMappingProblems(wires.mapping, spef: spef, reporting: reporting, command: command) }
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: constraints, parasitics: wires)
        if sta.graph.loopBreaks > 0 { reporting.warn("graphtool \(command): warning: \(sta.graph.loopBreaks) edges left out to break combinational loops") }
        return sta
    }

    /// Warns about SPEF nets and pins the netlist lacks, and netlist nets the SPEF lacks.
    private static func noteMappingProblems(_ mapping: ParasiticsMapping, spef: String, reporting: QuietOption, command: String) {
        let problems = [(mapping.unmappedNets.count, "SPEF nets not in the netlist"), (mapping.unmappedPins.count, "SPEF pins not in the netlist"),
                        (mapping.misplacedPins.count, "SPEF pins on another net in the netlist"),
                        (mapping.unlistedPins.count, "netlist pins their SPEF net lacks (no wire delay)"),
                        (mapping.netsWithoutParasitics.count, "netlist nets without SPEF (wire-load model)")]
        for (count, what) in problems where count > 0 { reporting.warn("graphtool \(command): warning: \(spef): \(count) \(what)") }
    }
}
