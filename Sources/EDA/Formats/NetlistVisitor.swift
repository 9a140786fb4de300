/// The logic function of one gate event of a netlist parser.
public enum NetlistFunction: Equatable, Sendable {
    /// n-ary AND, OR, XOR and their complements (XOR/XNOR: odd/even parity), n ≥ 1.
    case and, or, xor, nand, nor, xnor
    /// One fanin, passed through or complemented.
    case buffer, not
    /// No fanins.
    case constant(Bool)
    /// Three fanins `select, whenTrue, whenFalse`.
    case mux
    /// A sum-of-products cover over the fanins (BLIF `.names`).
    case cover(SOPCover)
}

/// A BLIF single-output cover: cubes over the fanins, each a string of `0` (complemented),
/// `1` (positive) and `-` (absent) per fanin; the function is the OR of the cubes (`onSet`)
/// or its complement (an OFF-set cover, output column `0`). No cubes means constant 0.
public struct SOPCover: Equatable, Sendable {
    /// One ASCII array (`0`, `1`, `-`) per cube, each as long as the fanin list.
    public var cubes: [[UInt8]]
    /// Whether the cubes list where the function is 1 (`true`) or 0 (`false`).
    public var onSet: Bool

    /// Creates a cover. - Complexity: O(1)
    public init(cubes: [[UInt8]], onSet: Bool) {
        self.cubes = cubes
        self.onSet = onSet
    }
}

/// Receives the contents of a BLIF, bench or structural Verilog netlist from its parser, in
/// file order; signals are named and may be used before they are driven. `NetlistBuilder`
/// turns the events into an `AIG`. Every method may throw to stop the parse.
public protocol NetlistVisitor {
    /// The model or module name.
    mutating func model(_ name: String, at: NetlistLocation) throws
    /// A primary input.
    mutating func input(_ name: String, at: NetlistLocation) throws
    /// A primary output (the signal of that name is its driver).
    mutating func output(_ name: String, at: NetlistLocation) throws
    /// A latch: `output` takes the value of `next` at each clock; starts at `reset`.
    mutating func latch(_ output: String, next: String, reset: AIG.LatchReset, at: NetlistLocation) throws
    /// A gate driving `output` with `function` of `fanins`.
    mutating func gate(_ output: String, _ function: NetlistFunction, fanins: [String], at: NetlistLocation) throws
}
