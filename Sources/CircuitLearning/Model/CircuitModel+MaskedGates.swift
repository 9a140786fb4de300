import GNN

extension CircuitModel {
    /// The masked-gate decoder's logits for the variables `masked` of `circuit`: the encoder
    /// runs on the circuit with those variables hidden (or, for the `.visible` control, on the
    /// unchanged circuit), then ``MaskedGateModel`` replaces their rows by its token and decodes.
    /// - Complexity: that of the encoder plus O(E × W + M × W × H).
    public func maskedGateLogits(_ circuit: PreparedCircuit, masked: [Int32],
                                 visibility: MaskedGateModel.Visibility = .hidden) -> (kind: Tensor, inversions: Tensor, fanout: Tensor) {
        let z = encoder(visibility == .hidden ? circuit.hiding(masked) : circuit)
        return self.masked((z, masked, circuit.graph))
    }
}
