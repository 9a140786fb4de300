/// The columns of `ParasiticGraph.features`: what the netlist and the Liberty library say about
/// each node, nothing from extraction. Counts and capacitances enter as `log(1 + x)`; a column
/// that does not apply to a node's kind is 0.
public enum ParasiticFeature: Int, CaseIterable, Sendable {
    /// One-hot node kind.
    case isDevice, isPin, isNet
    /// Pin direction from the Liberty cell (an `inout` pin sets both).
    case pinIsInput, pinIsOutput
    /// The pin's Liberty capacitance, `log(1 + fF)`.
    case pinCapacitance
    /// The device's cell area, `log(1 + µm²)`, its signal pins, `log(1 + n)`, and whether it is sequential.
    case deviceArea, deviceSignalPins, deviceIsSequential
    /// The net's fanout (input pins and output ports), its degree (pins and ports), its top
    /// ports, and the sum of its input pins' capacitance, each `log(1 + x)`.
    case netFanout, netDegree, netPorts, netLoadCapacitance
    /// The design's size, shared by all its nodes: `log(1 + devices)` and `log(1 + nets)`.
    case designDevices, designNets

    /// The number of columns. - Complexity: O(1)
    public static var count: Int { allCases.count }

    /// The column's name, as written in dataset reports. - Complexity: O(1)
    public var name: String { String(describing: self) }
}
