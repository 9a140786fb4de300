/// The columns of a timing sample's node features, all from the netlist, the Liberty library
/// and the SDC (never from extracted parasitics). Capacitances in fF and times in ns, most
/// through `log1p` or a fixed scale so that columns are of order one.
public enum TimingFeature: Int, CaseIterable, Sendable {
    /// The node's kind, one-hot: input port, output port, cell input, cell output, other.
    case inputPort, outputPort, cellInput, cellOutput, otherKind
    /// A register's clock pin; a pin of a sequential cell.
    case registerClock, sequentialCell
    /// `log1p` of the pin's Liberty capacitance (fF; `set_load` for output ports).
    case pinCapacitance
    /// `log1p` of the loads on the node's net.
    case netFanout
    /// `log1p` of the pin capacitance the net's driver sees (fF).
    case netPinCapacitance
    /// `log1p` of the wire capacitance the library's default wire-load model gives the net (fF).
    case wireLoadCapacitance
    /// The node's level (OpenSTA's, 10 per edge) / 100.
    case level
    /// `log1p` of the design's node count / 10.
    case designSize
    /// For a cell output: the NLDM delay (`cell_rise`, `cell_fall`) at the four corners of the
    /// tables (least and greatest input slew × least and greatest load), mean over the arcs into
    /// the pin; ns.
    case riseDelaySmallSmall, riseDelaySmallLarge, riseDelayLargeSmall, riseDelayLargeLarge
    case fallDelaySmallSmall, fallDelaySmallLarge, fallDelayLargeSmall, fallDelayLargeLarge
    /// The same for the output transition tables.
    case riseSlewSmallSmall, riseSlewSmallLarge, riseSlewLargeSmall, riseSlewLargeLarge
    case fallSlewSmallSmall, fallSlewSmallLarge, fallSlewLargeSmall, fallSlewLargeLarge
    /// Timing with ideal wires (no wire load): the late arrival (ns / 10) and slew (ns), rise and fall.
    case idealArrivalRise, idealArrivalFall, idealSlewRise, idealSlewFall
    /// Timing with ideal wires: the arrival's increase from its critical fan-in (ns), rise and fall.
    case idealStepRise, idealStepFall
    /// Timing with the wire-load model less timing with ideal wires (ns): arrival, its step from
    /// the critical fan-in, and slew; rise and fall.
    case wireLoadArrivalRise, wireLoadArrivalFall, wireLoadStepRise, wireLoadStepFall, wireLoadSlewRise, wireLoadSlewFall

    /// The number of columns. - Complexity: O(1)
    public static var count: Int { allCases.count }
}
