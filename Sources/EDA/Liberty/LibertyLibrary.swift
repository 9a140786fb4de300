/// A Liberty library as timing needs it: units, cells with their pins, timing arcs and NLDM
/// tables, flip-flops and latches, and wire-load models. `LibertyReader` makes one.
///
/// Times, capacitances and resistances are in the library's own units (`units` says which, in
/// SI): sky130 uses ns and pF, Nangate45 ns and fF.
///
/// ```swift
/// let library = try LibertyReader.read(contentsOf: "sky130hd_tt.lib")
/// let nand = library.cell(named: "sky130_fd_sc_hd__nand2_1")!
/// ```
public struct LibertyLibrary: Sendable {
    /// The library's name.
    public var name: String
    /// Its units.
    public var units = LibertyUnits()
    /// Its cells, in file order.
    public var cells: [LibertyCell] = []
    /// Its wire-load models by name.
    public var wireLoads: [String: LibertyWireLoad] = [:]
    /// `default_wire_load`: the model used for nets when no other is chosen.
    public var defaultWireLoad: String?
    /// The interconnect tree the default operating conditions assume (`tree_type`).
    public var wireLoadTree: LibertyWireLoad.Tree = .balanced
    /// `default_input_pin_cap`.
    public var defaultInputPinCapacitance = 0.0
    /// `default_output_pin_cap`.
    public var defaultOutputPinCapacitance = 0.0
    /// `default_inout_pin_cap`.
    public var defaultInoutPinCapacitance = 0.0
    /// The delay and slew thresholds of its tables.
    public var thresholds = LibertyThresholds()

    var cellIndex: [String: Int] = [:]

    /// An empty library named `name`. - Complexity: O(1)
    public init(name: String) { self.name = name }

    /// The cell named `name`, or `nil`. - Complexity: O(name)
    public func cell(named name: String) -> LibertyCell? { cellIndex[name].map { cells[$0] } }

    /// The index in `cells` of the cell named `name`, or `nil`. - Complexity: O(name)
    public func cellIndex(named name: String) -> Int? { cellIndex[name] }

    /// The names of all cells. - Complexity: O(cells)
    public var cellNames: Set<String> { Set(cellIndex.keys) }

    /// The wire-load model `default_wire_load` names, if it exists. - Complexity: O(name)
    public var defaultWireLoadModel: LibertyWireLoad? { defaultWireLoad.flatMap { wireLoads[$0] } }
}
