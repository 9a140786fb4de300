import GraphCore

extension Tensor {
    /// Inverted dropout (Srivastava et al. 2014): each entry is zeroed with probability `p` and
    /// the survivors scaled by `1/(1 − p)`, so the expectation is unchanged. Backward multiplies
    /// by the same mask. Returns `self` unchanged when `training` is false or `p == 0`.
    ///
    /// The mask is drawn from `generator`, so a seed fixes it.
    /// - Precondition: `0 ≤ p < 1`.
    /// - Complexity: O(size)
    public func dropout(_ p: Float, using generator: inout SeededGenerator, training: Bool = true) -> Tensor {
        precondition(p >= 0 && p < 1, "dropout probability \(p) must be in [0, 1)")
        guard training, p > 0 else { return self }
        let keep = 1 / (1 - p)
        let mask = Kernels.matrix(rows: rows, columns: columns) { m, n in
            for i in 0 ..< n { m[i] = generator.nextUnitFloat() < p ? 0 : keep }
        }
        return Tensor.record("dropout", value: Kernels.zip(value, mask, *), parents: [self]) { g, _ in
            [Kernels.zip(g, mask, *)]
        }
    }
}
