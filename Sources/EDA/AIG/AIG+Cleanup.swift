extension AIG {
    /// Removes dangling ANDs (those outside the fanin cone of every output, latch next state and
    /// property) and unused variables, renumbering canonically. Inputs and latches are kept even
    /// when nothing reads them: they are the interface. Returns the number of ANDs removed.
    /// - Complexity: O(M)
    @discardableResult
    public mutating func cleanup() -> Int {
        // Every combinational output is a valid literal by construction, so this cannot throw.
        guard let mask = try? coneMask(of: combinationalOutputs) else { return 0 }
        let before = andCount
        self = renumbered(keepingANDs: mask)
        return before - andCount
    }

    /// A copy with every AND rebuilt through `and(_:_:)`: duplicates merged, constants
    /// propagated, then dangling logic removed (`cleanup()`). Counts then match what ABC's
    /// `read` reports for the same file. - Complexity: O(M) expected
    public func strashed() -> AIG {
        var result = AIG()
        var map = [UInt32](repeating: 0, count: kinds.count)
        func remap(_ literal: UInt32) -> UInt32 { map[Int(literal >> 1)] ^ (literal & 1) }
        for v in inputs { map[Int(v)] = result.addInput() }
        for (i, v) in latches.enumerated() { map[Int(v)] = result.addLatch(reset: latchReset[i]) }
        for v in 0 ..< kinds.count where kinds[v] == .and {
            map[v] = result.and(remap(fanin0[v]), remap(fanin1[v]))
        }
        copyReferences(into: &result, remap)
        result.cleanup()
        return result
    }
}
