extension AIG {
    /// Checks the structural rules; compiles to nothing unless `EDA_INTERNAL_CHECKS` is defined
    /// (`swift test -Xswiftc -DEDA_INTERNAL_CHECKS`).
    @inline(__always)
    func _checkInvariants() {
        #if EDA_INTERNAL_CHECKS
        if let broken = invariantViolation() { preconditionFailure("AIG invariant broken: \(broken)") }
        #endif
    }

    /// The first broken structural rule, or `nil`: variable 0 is the constant; the per-variable
    /// arrays have equal lengths; every AND's fanins name smaller variables; the input, latch
    /// and AND counts match the kinds; every output and property literal is in range.
    /// - Complexity: O(M)
    func invariantViolation() -> String? {
        guard !kinds.isEmpty, kinds[0] == .constant else { return "variable 0 is not the constant" }
        guard fanin0.count == kinds.count, fanin1.count == kinds.count else {
            return "fanin arrays have \(fanin0.count)/\(fanin1.count) entries for \(kinds.count) variables"
        }
        var counts = [Int](repeating: 0, count: 5)
        for v in 0 ..< kinds.count {
            counts[Int(kinds[v].rawValue)] += 1
            if kinds[v] == .and, fanin0[v] >> 1 >= v || fanin1[v] >> 1 >= v {
                return "AND \(v) has fanins \(fanin0[v]), \(fanin1[v]) that do not precede it"
            }
            if kinds[v] == .and, kinds[Int(fanin0[v] >> 1)] == .unused || kinds[Int(fanin1[v] >> 1)] == .unused {
                return "AND \(v) reads an unused variable"
            }
        }
        guard counts[1] == inputs.count, inputs.allSatisfy({ kinds[Int($0)] == .input }) else {
            return "inputs list disagrees with kinds"
        }
        guard counts[2] == latches.count, latches.allSatisfy({ kinds[Int($0)] == .latch }),
              latchNext.count == latches.count, latchReset.count == latches.count else {
            return "latch lists disagree with kinds or with each other"
        }
        guard counts[3] == andCount else { return "andCount \(andCount) but \(counts[3]) AND variables" }
        if let bad = combinationalOutputs.first(where: { !isValid($0) }) {
            return "output or property literal \(bad) is out of range"
        }
        return nil
    }
}
