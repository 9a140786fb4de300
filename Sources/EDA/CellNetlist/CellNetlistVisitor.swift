/// Receives a gate-level Verilog netlist of cell instances from `CellVerilogParser`, module
/// by module in file order. Names are as written (escaped identifiers without their `\` and
/// closing blank); declarations may follow their use. `CellNetlistReader` builds a flat
/// `CellNetlist` from these events. Every method may throw to stop the parse.
public protocol CellNetlistVisitor {
    /// A module starts.
    mutating func module(_ name: String, at: NetlistLocation) throws
    /// A port of the module header, in header order (ANSI headers also declare it).
    mutating func port(_ name: String, at: NetlistLocation) throws
    /// A declaration of `name`, a vector when `range` is given.
    mutating func declaration(_ kind: NetDeclarationKind, _ name: String, range: BitRange?, at: NetlistLocation) throws
    /// A continuous assignment `assign target = value` (also `wire target = value`).
    mutating func assign(_ target: NetExpression, _ value: NetExpression, at: NetlistLocation) throws
    /// An instance `name` of `cell` (a library cell or a module of the file).
    mutating func instance(cell: String, name: String, connections: [CellConnection], at: NetlistLocation) throws
    /// The module ends (`endmodule`).
    mutating func endModule(at: NetlistLocation) throws
}
