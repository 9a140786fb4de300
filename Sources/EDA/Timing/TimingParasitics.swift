/// A load of a net: a cell input pin (a netlist pin index) or a top output port (a port index).
public enum TimingLoad: Equatable, Sendable {
    case pin(Int)
    case port(Int)
}

/// What a net's wires add to timing, for the delay calculator: the wire capacitance its driver
/// sees beyond the pins, and the delay along the wire from the driver to each load. A model
/// from estimates (`WireLoadParasitics`), none (`IdealWires`), or extracted wires
/// (`SPEFTimingParasitics`) plugs in here. Nets are the netlist's; values in library units.
public protocol TimingParasitics: Sendable {
    /// The capacitance of the wires of `net`, which has `fanout` loads.
    func wireCapacitance(net: Int, fanout: Int) -> Double
    /// The delays of the wire of `net` from its driver to each of its `loads` (all the net's
    /// cell inputs and output ports), whose pin capacitances are `loadCapacitances`.
    func wireDelays(net: Int, loads: [TimingLoad], loadCapacitances: [Double]) -> [Double]
    /// Whether `net`'s wires were extracted rather than estimated (`set_load` on a port of
    /// the net then leaves estimated wires out, and extracted ones in).
    func isExtracted(net: Int) -> Bool
}

extension TimingParasitics {
    /// Estimated (or no) wires. - Complexity: O(1)
    public func isExtracted(net: Int) -> Bool { false }
}

/// No wires: the load is the pins (and `set_load`), and wires have no delay.
public struct IdealWires: TimingParasitics {
    /// Creates the model. - Complexity: O(1)
    public init() {}
    public func wireCapacitance(net: Int, fanout: Int) -> Double { 0 }
    public func wireDelays(net: Int, loads: [TimingLoad], loadCapacitances: [Double]) -> [Double] { loadCapacitances.map { _ in 0 } }
}

/// Wires estimated from a Liberty wire-load model by fanout, as OpenSTA does without
/// extracted parasitics when the library names a `default_wire_load`: the length from the
/// fanout, its capacitance added to the driver's load and, in a balanced tree, each load
/// reached through 1/fanout of the wire's resistance and capacitance, with the Elmore delay
/// `R/fanout × (C/fanout + load pin capacitance)`. (OpenSTA computes the driver's delay on a
/// reduced π model with an effective capacitance; here the driver sees the whole capacitance.)
public struct WireLoadParasitics: TimingParasitics {
    /// The model.
    public var model: LibertyWireLoad
    /// The tree the operating conditions name.
    public var tree: LibertyWireLoad.Tree
    /// Resistance × capacitance in library units, as a multiple of the library time unit.
    public var timePerResistanceCapacitance: Double

    /// The library's default wire-load model, or `nil` when it names none.
    /// - Complexity: O(1)
    public init?(library: LibertyLibrary) {
        guard let model = library.defaultWireLoadModel else { return nil }
        self.model = model
        tree = library.wireLoadTree
        timePerResistanceCapacitance = library.units.resistance * library.units.capacitance / library.units.time
    }

    public func wireCapacitance(net: Int, fanout: Int) -> Double {
        model.wire(fanout: Double(fanout)).capacitance
    }

    public func wireDelays(net: Int, loads: [TimingLoad], loadCapacitances: [Double]) -> [Double] {
        let (capacitance, resistance) = model.wire(fanout: Double(loads.count))
        switch tree {
        case .bestCase, .worstCase:
            return loadCapacitances.map { _ in 0 }  // the driver sees the whole wire; no delay to the loads is modelled
        case .balanced:
            let n = Double(loads.count)
            return loadCapacitances.map { resistance / n * (capacitance / n + $0) * timePerResistanceCapacitance }
        }
    }
}
