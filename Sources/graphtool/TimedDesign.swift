import Dispatch
import EDA

/// A gate-level design read and timed as `graphtool sta` and `graphtool render --critical-path`
/// do it: the library, the netlist with the cells the library lacks dropped, the SDC (its
/// warnings on stderr) and, when given, the SPEF (its mismatches with the netlist on stderr).
enum TimedDesign {
    /// Reads and times the design. - Throws: the readers' errors, naming file and line.
    /// With two threads or more, the library is read while the netlist is parsed and the SPEF read.
    static func analyse(design: String, liberty: String, sdc: String, spef: String?, top: String?, threads: Int,
                        reporting: QuietOption, command: String) throws -> TimingAnalysis {
        let library = Pending<LibertyLibrary>(), parsed = Pending<CellNetlistReader.Parsed>(), parasitics = Pending<Parasitics?>()
        let readLibrary = { library.run { try LibertyReader.read(contentsOf: liberty) } }
        let readDesign = {
            parsed.run { try CellNetlistReader.parse(contentsOf: design) }
            parasitics.run { try spef.map { try SPEFReader.read(contentsOf: $0) } }
        }
        if threads >= 2 {
            DispatchQueue.concurrentPerform(iterations: 2) { $0 == 0 ? readLibrary() : readDesign() }
        } else {
            readLibrary()
            readDesign()
        }
        let lib = try library.value()
        var options = CellNetlistReader.Options(top: top)
        for cell in lib.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        var netlist = try parsed.value().flatten(options: options)
        let dropped = netlist.removeInstances(ofCellsNotIn: lib.cellNames)
        if dropped > 0 { reporting.note("graphtool \(command): dropped \(dropped) instances of cells not in \(liberty) (physical-only cells)") }
        let constraints = try SDCReader.read(contentsOf: sdc, netlist: netlist)
        for warning in constraints.warnings { reporting.warn("graphtool \(command): warning: \(warning)") }
        let wires = try parasitics.value().map { SPEFTimingParasitics($0, netlist: netlist, library: lib) }
        if let wires, let spef { noteMappingProblems(wires.mapping, spef: spef, reporting: reporting, command: command) }
        let sta = TimingAnalysis(netlist: netlist, library: lib, constraints: constraints, parasitics: wires)
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

/// The outcome of a read that may run on another thread: set once by `run`, read after the
/// threads have joined.
private final class Pending<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?

    func run(_ body: () throws -> Value) { result = Result(catching: body) }

    func value() throws -> Value { try result!.get() }
}
