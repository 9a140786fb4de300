/// A named register of a circuit: `qreg name[size];` or `creg name[size];`. Its bits are the
/// circuit's bits `offset ..< offset + size`, registers numbered in declaration order (as Qiskit
/// numbers them).
public struct QuantumRegister: Equatable, Hashable, Sendable {
    /// The name in the source.
    public var name: String
    /// Number of bits.
    public var size: Int
    /// The circuit-wide index of its first bit.
    public var offset: Int

    /// A register. - Complexity: O(1)
    public init(name: String, size: Int, offset: Int) {
        self.name = name
        self.size = size
        self.offset = offset
    }

    /// The circuit-wide bit indices. - Complexity: O(1)
    public var bits: Range<Int> { offset ..< offset + size }
}
