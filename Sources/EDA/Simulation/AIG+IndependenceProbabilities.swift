extension AIG {
    /// The signal probability of every variable under the independence assumption: inputs and
    /// latches are fair coins and each AND's fanins are treated as independent, so
    /// `p(a ∧ b) = p(a) · p(b)` with `p(¬a) = 1 − p(a)`. Exact on trees, wrong where fanin cones
    /// reconverge (``cutSignalProbabilities(cutSize:)`` is exact over reconvergent cuts).
    ///
    /// One probability per variable (0 for the constant and unused variables).
    /// - Complexity: O(M), one pass in variable (topological) order.
    public func independenceSignalProbabilities() -> [Float] {
        var p = [Float](repeating: 0, count: variableCount)
        func literal(_ l: UInt32) -> Float {
            let q = p[Int(l >> 1)]
            return l & 1 == 1 ? 1 - q : q
        }
        for v in 0 ..< variableCount {
            switch kinds[v] {
            case .input, .latch: p[v] = 0.5
            case .and: p[v] = literal(fanin0[v]) * literal(fanin1[v])
            case .constant, .unused: p[v] = 0
            }
        }
        return p
    }
}
