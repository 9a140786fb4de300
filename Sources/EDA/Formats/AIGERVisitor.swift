/// Receives the contents of an AIGER file from `AIGERParser`, in file order (lorina style).
///
/// The parser checks syntax, literal ranges and the binary ordering rules; a visitor checks the
/// rest (e.g. `AIGBuilder`: definitions, cycles). Every method may throw to stop the parse.
/// For binary files the parser reports the implicit input, latch and AND literals.
public protocol AIGERVisitor {
    /// The header, first.
    mutating func header(_ header: AIGERHeader, at: AIGERError.Location) throws
    /// An input literal (even).
    mutating func input(_ literal: UInt32, at: AIGERError.Location) throws
    /// A latch: its literal, next state and raw reset value (0, 1 or `literal`).
    mutating func latch(_ literal: UInt32, next: UInt32, reset: UInt32, at: AIGERError.Location) throws
    /// A primary output literal.
    mutating func output(_ literal: UInt32, at: AIGERError.Location) throws
    /// A bad-state property literal.
    mutating func bad(_ literal: UInt32, at: AIGERError.Location) throws
    /// An invariant-constraint literal.
    mutating func constraint(_ literal: UInt32, at: AIGERError.Location) throws
    /// A justice property with all its literals.
    mutating func justice(_ literals: [UInt32], at: AIGERError.Location) throws
    /// A fairness-constraint literal.
    mutating func fairness(_ literal: UInt32, at: AIGERError.Location) throws
    /// An AND gate `lhs = rhs0 & rhs1`.
    mutating func and(_ lhs: UInt32, _ rhs0: UInt32, _ rhs1: UInt32, at: AIGERError.Location) throws
    /// A symbol-table entry.
    mutating func symbol(_ symbol: AIGSymbol, at: AIGERError.Location) throws
    /// The comment section: the bytes after its `c`, to the end of the file.
    mutating func comment(_ bytes: [UInt8], at: AIGERError.Location) throws
}
