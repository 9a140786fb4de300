import EDA
import GraphCore
import FuzzSupport

/// The library the accepted netlists are timed against: INV, NAND2 and DFF, scalar tables.
private let library: LibertyLibrary = {
    let text = """
        library (fuzz) {
          time_unit : "1ns"; capacitive_load_unit (1, pf);
          cell (INV) {
            pin (A) { direction : input; capacitance : 0.002; }
            pin (Y) { direction : output; function : "!A";
              timing () { related_pin : "A"; timing_sense : negative_unate;
                cell_rise (scalar) { values ("0.05"); } cell_fall (scalar) { values ("0.04"); } } }
          }
          cell (NAND2) {
            pin (A) { direction : input; capacitance : 0.002; }
            pin (B) { direction : input; capacitance : 0.002; }
            pin (Y) { direction : output; function : "!(A&B)";
              timing () { related_pin : "A"; timing_sense : negative_unate; cell_rise (scalar) { values ("0.07"); } }
              timing () { related_pin : "B"; timing_sense : negative_unate; cell_fall (scalar) { values ("0.06"); } } }
          }
          cell (DFF) {
            ff (IQ, IQN) { clocked_on : "CK"; next_state : "D"; }
            pin (CK) { direction : input; clock : true; capacitance : 0.001; }
            pin (D) { direction : input; capacitance : 0.001;
              timing () { related_pin : "CK"; timing_type : setup_rising; rise_constraint (scalar) { values ("0.1"); } } }
            pin (Q) { direction : output; function : "IQ";
              timing () { related_pin : "CK"; timing_type : rising_edge; cell_rise (scalar) { values ("0.3"); } } }
          }
        }
        """
    return try! LibertyReader.read(bytes: Array(text.utf8), fileName: "fuzz.lib")
}()

/// Gate-level Verilog of cells: `CellNetlistReader.read(bytes:)` (its structural invariants
/// checked inside, the fuzz build defines EDA_INTERNAL_CHECKS). Every net name of an accepted
/// netlist must find its net; dropping the cells the library lacks keeps the invariants and
/// the instances it knows; the timing graph of what is left must order every node, each edge
/// going up at least one level; rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCellVerilog(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    var netlist: CellNetlist
    do {
        netlist = try CellNetlistReader.read(bytes: Fuzz.bytes(data, size), fileName: "fuzz.v")
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
        return 0
    }
    for (n, name) in netlist.netNames.enumerated() {
        Fuzz.require(netlist.net(named: name) == n, "net name \(name) finds net \(String(describing: netlist.net(named: name))), not \(n)")
    }
    let known = Set(library.cells.map(\.name))
    let kept = (0 ..< netlist.instanceCount).filter { known.contains(netlist.cellType(of: $0)) }.map { netlist.instanceNames[$0] }
    netlist.removeInstances(ofCellsNotIn: known)
    Fuzz.require(netlist.instanceNames == kept, "dropping unknown cells kept \(netlist.instanceCount) of \(kept.count) instances")
    let graph = TimingGraph(netlist: netlist, library: library)
    Fuzz.require(graph.nodeCount == netlist.ports.count + netlist.pinCount, "\(graph.nodeCount) nodes")
    Fuzz.require(Set(graph.order).count == graph.nodeCount && graph.order.count == graph.nodeCount, "the order is not a permutation of the nodes")
    for u in 0 ..< graph.nodeCount {
        for v in graph.graph.neighbors(of: u) {
            Fuzz.require(graph.levels[Int(v)] >= graph.levels[u] + 10, "edge \(u) → \(v) from level \(graph.levels[u]) to \(graph.levels[Int(v)])")
        }
    }
    return 0
}
