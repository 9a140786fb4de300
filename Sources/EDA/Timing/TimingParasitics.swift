/// A load of a net: a cell input pin (a netlist pin index) or a top output port (a port index).
public enum TimingLoad: Equatable, Sendable {
    case pin(Int)
    case port(Int)
}

/// What a net's wires add to timing, for the delay calculator: the wire capacitance its driver
/// sees beyond the pins, and the wires as its driver sees them (a π and the Elmore delay to each
/// load). A model from estimates (`WireLoadParasitics`), none (`IdealWires`), or extracted
/// wires (`SPEFTimingParasitics`) plugs in here. Nets are the netlist's; values in library
/// units (resistances as library time per library capacitance).
public protocol TimingParasitics: Sendable {
    /// The capacitance of the wires of `net`, which has `fanout` loads.
    func wireCapacitance(net: Int, fanout: Int) -> Double
    /// The wires of `net` for a `rf` transition from its driver, whose own pin capacitance is
    /// `driverCapacitance`, to its `loads` (all the net's cell inputs and output ports), whose
    /// pin capacitances are `loadCapacitances`; `nil` when it has none (the driver then sees
    /// the pins alone, and the loads get its slew without delay).
    func driverWires(net: Int, driverCapacitance: Double, loads: [TimingLoad], loadCapacitances: [Double]) -> DriverWires?
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
    public func driverWires(net: Int, driverCapacitance: Double, loads: [TimingLoad], loadCapacitances: [Double]) -> DriverWires? { nil }
}

/// Wires estimated from a Liberty wire-load model by fanout, as OpenSTA does without
/// extracted parasitics when the library names a `default_wire_load`: the length from the
/// fanout gives the wire's capacitance `C` and resistance `R`, arranged as the library's
/// `tree_type` says.
/// - balanced: each load behind its own `R/fanout` with `C/fanout` beside its pin, Elmore delay
///   `R/fanout × (C/fanout + pin)`; the π matches the moments of that star.
/// - worst case: all of `C` and the pins behind the whole of `R` (Elmore `R × (C + pins)`).
/// - best case: all capacitance at the driver, no delay.
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

    public func driverWires(net: Int, driverCapacitance: Double, loads: [TimingLoad], loadCapacitances: [Double]) -> DriverWires? {
        let (capacitance, libraryResistance) = model.wire(fanout: Double(loads.count))
        let resistance = libraryResistance * timePerResistanceCapacitance
        let pins = loadCapacitances.reduce(0, +)
        guard resistance > 0 else {
            return DriverWires(pi: PiModel(near: driverCapacitance + pins + capacitance, resistance: 0, far: 0),
                               elmore: loads.map { _ in 0 }, isExtracted: false)
        }
        switch tree {
        case .bestCase:
            return DriverWires(pi: PiModel(near: driverCapacitance + pins + capacitance, resistance: 0, far: 0),
                               elmore: loads.map { _ in 0 }, isExtracted: false)
        case .worstCase:
            let behind = pins + capacitance
            return DriverWires(pi: PiModel(near: driverCapacitance, resistance: resistance, far: behind),
                               elmore: loads.map { _ in resistance * behind }, isExtracted: false)
        case .balanced:
            let n = Double(loads.count)
            var y = (driverCapacitance, 0.0, 0.0)
            for pin in loadCapacitances {
                let branch = PiModel.moments((pin + capacitance / n, 0, 0), through: resistance / n)
                y = (y.0 + branch.0, y.1 + branch.1, y.2 + branch.2)
            }
            // No loads: OpenSTA leaves the π empty.
            let pi = y.2 == 0 ? PiModel(near: 0, resistance: 0, far: 0) : PiModel(moments: y.0, y.1, y.2)
            return DriverWires(pi: pi, elmore: loadCapacitances.map { resistance / n * (capacitance / n + $0) }, isExtracted: false)
        }
    }
}
