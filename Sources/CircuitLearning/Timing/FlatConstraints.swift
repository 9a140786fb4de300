import EDA

/// The single-clock SDC the TT06 label pipeline times every design with
/// (`../shared/tools/opensta/flat_sdc.py`, OpenLane's `base.sdc` in effect): one clock on the
/// clock port, input and output delays of 0.2 × period on every data port, the library's
/// `inv_1`-style driving cell on data inputs, clock transition 0.15 and uncertainty 0.25 (library
/// time unit, ns for sky130), derates 0.95/1.05 and a propagated clock. Ports on supply nets are
/// left out.
public enum FlatConstraints {
    /// The driving cell and its output pin of the TT06 pipeline.
    public static let drivingCell = "sky130_fd_sc_hd__inv_1", drivingPin = "Y"

    /// The SDC text for `netlist` at `period` (library time unit). - Complexity: O(ports)
    public static func sdc(netlist: CellNetlist, period: Double, clock: String = "clk", drivingCell: String? = FlatConstraints.drivingCell) -> String {
        let signal = netlist.ports.filter { !netlist.netKinds[Int($0.net)].isSupply }
        let inputs = signal.filter { $0.direction != .output && $0.name != clock }.map(\.name)
        let outputs = signal.filter { $0.direction != .input }.map(\.name)
        let hasClock = signal.contains { $0.name == clock }
        func ports(_ names: [String]) -> String { "[get_ports {" + names.joined(separator: " ") + "}]" }
        let io = 0.2 * period
        var lines: [String] = []
        if hasClock {
            lines += ["create_clock -name \(clock) -period \(period) [get_ports \(clock)]",
                      "set_clock_transition 0.15 [get_clocks \(clock)]"]
        } else {
            lines.append("create_clock -name \(clock) -period \(period)")
        }
        lines.append("set_clock_uncertainty 0.25 [get_clocks \(clock)]")
        if !inputs.isEmpty {
            lines.append("set_input_delay \(io) -clock [get_clocks \(clock)] \(ports(inputs))")
            if let drivingCell { lines.append("set_driving_cell -lib_cell \(drivingCell) -pin \(drivingPin) \(ports(inputs))") }
        }
        if !outputs.isEmpty { lines.append("set_output_delay \(io) -clock [get_clocks \(clock)] \(ports(outputs))") }
        lines += ["set_timing_derate -early 0.95", "set_timing_derate -late 1.05"]
        if hasClock { lines.append("set_propagated_clock [all_clocks]") }
        return lines.joined(separator: "\n") + "\n"
    }
}
