/// What a Verilog declaration makes of a name: a port direction, an ordinary net (`wire`,
/// `tri`, `wand`, `wor`, `uwire`), or a supply net (`supply0` is ground, `supply1` is power).
public enum NetDeclarationKind: UInt8, Equatable, Sendable {
    case input, output, `inout`, wire, supply0, supply1

    /// Whether the declaration gives a port its direction. - Complexity: O(1)
    public var isPort: Bool { self == .input || self == .output || self == .inout }
}
