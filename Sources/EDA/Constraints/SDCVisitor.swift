/// Receives an SDC file from `SDCParser`: its constraint commands in file order, and a warning
/// for each command skipped (Tcl control flow, commands not modelled). `current_design` asks
/// for the design name. Every method but `warning` may throw to stop the parse.
public protocol SDCVisitor {
    /// A constraint command at `line`.
    mutating func command(_ command: SDCCommand, at line: Int) throws
    /// Something skipped at `line`, in one line of text.
    mutating func warning(_ message: String, at line: Int)
    /// The design the constraints are for (what `current_design` returns).
    var design: String { get }
}
