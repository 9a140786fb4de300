/// One SDC constraint command with its options read and its Tcl evaluated (variables, `expr`,
/// lists), its objects still unresolved: what `SDCParser` hands an `SDCVisitor`. Times are in
/// the library's time unit and capacitances in its capacitance unit, as SDC writes them.
public enum SDCCommand: Equatable, Sendable {
    /// `create_clock [-name N] -period P [-waveform {rise fall …}] [-add] [sources]`; no sources
    /// makes a virtual clock.
    case createClock(name: String?, period: Double, waveform: [Double]?, sources: SDCObjects, add: Bool)
    /// `set_input_delay` (`input: true`) or `set_output_delay`: `delay` at `ports` relative to
    /// `clock` (its falling edge with `-clock_fall`), for the selected transitions and corners.
    case portDelay(input: Bool, delay: Double, clock: SDCObjects?, clockFall: Bool, selection: RiseFallMinMaxSelection, addDelay: Bool, ports: SDCObjects)
    /// `set_driving_cell -lib_cell C [-pin P] [-from_pin F] [-input_transition_rise R]
    /// [-input_transition_fall F] ports`.
    case drivingCell(TimingConstraints.DrivingCell, selection: RiseFallMinMaxSelection, ports: SDCObjects)
    /// `set_input_transition T ports`.
    case inputTransition(Double, selection: RiseFallMinMaxSelection, ports: SDCObjects)
    /// `set_load [-pin_load | -wire_load] C objects` (pin load when neither is given).
    case load(Double, wire: Bool, selection: RiseFallMinMaxSelection, ports: SDCObjects)
    /// `set_clock_uncertainty [-setup] [-hold] U clocks` (both when neither is given).
    case clockUncertainty(Double, setup: Bool, hold: Bool, clocks: SDCObjects)
    /// `set_clock_transition T clocks`.
    case clockTransition(Double, selection: RiseFallMinMaxSelection, clocks: SDCObjects)
    /// `set_propagated_clock objects` (clocks, or ports whose clocks are propagated).
    case propagatedClock(SDCObjects)
    /// `set_timing_derate [-early|-late] [-rise|-fall] [-clock|-data]
    /// [-cell_delay|-cell_check|-net_delay] F`.
    case timingDerate(Double, kinds: [TimingDerates.Kind], paths: [TimingDerates.Path], selection: RiseFallMinMaxSelection)
}
