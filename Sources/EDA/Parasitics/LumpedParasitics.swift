/// Wires as one lumped capacitance per net: a ground capacitance and coupling capacitors to
/// other nets, no resistance — what an estimate before layout gives. `SPEFWriter` writes it
/// with each net's capacitors on one node (its driver pin, or its first pin or port).
public struct LumpedParasitics: Sendable {
    /// A coupling capacitor between two netlist nets.
    public struct Coupling: Sendable, Equatable {
        public var first: Int32, second: Int32
        /// Its capacitance (fF).
        public var capacitance: Double

        /// A capacitor between nets `first` and `second`. - Complexity: O(1)
        public init(first: Int32, second: Int32, capacitance: Double) {
            self.first = first
            self.second = second
            self.capacitance = capacitance
        }
    }

    /// Per netlist net: its ground capacitance (fF), or `nil` for a net without parasitics.
    public var ground: [Double?]
    /// Coupling capacitors between nets that have parasitics.
    public var couplings: [Coupling]

    /// Nets with `ground` values and `couplings` among them. - Complexity: O(1)
    public init(ground: [Double?], couplings: [Coupling]) {
        self.ground = ground
        self.couplings = couplings
    }
}
