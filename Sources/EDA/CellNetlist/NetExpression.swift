/// What a cell pin, module port or `assign` connects to, as written: a concatenation of parts,
/// the leftmost (most significant) first. A plain net reference is a one-part concatenation;
/// replications `{3{a}}` arrive expanded.
public struct NetExpression: Equatable, Sendable {
    /// One bit of a constant.
    public enum ConstantBit: UInt8, Equatable, Sendable {
        case zero, one, unknown, highImpedance
    }

    /// One part of a concatenation.
    public enum Part: Equatable, Sendable {
        /// A net or vector by name: whole (`select == nil`), one bit (`a[3]` is `[3:3]`) or a
        /// part-select (`a[5:2]`).
        case net(String, select: BitRange?, at: NetlistLocation)
        /// Constant bits, most significant first; `sized` is false for numbers written without
        /// a width (`5`, `'h1f`), which Verilog makes at least 32 bits wide.
        case constant([ConstantBit], sized: Bool)
    }

    /// The parts, most significant first.
    public var parts: [Part]

    /// Creates an expression from its parts. - Complexity: O(1)
    public init(_ parts: [Part]) { self.parts = parts }

    /// Whether the expression is one unsized number (`0`, `'b1`): connected to a cell pin it
    /// counts as one bit. - Complexity: O(1)
    public var isUnsizedConstant: Bool {
        if parts.count == 1, case .constant(_, sized: false) = parts[0] { return true }
        return false
    }
}
