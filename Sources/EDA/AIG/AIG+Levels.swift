extension AIG {
    /// The level of every variable: 0 for the constant, inputs, latches and unused variables,
    /// `1 + max(level of fanins)` for an AND. One forward sweep (fanins precede their AND), no
    /// recursion, so depth is unlimited. - Complexity: O(M)
    public func levels() -> [Int32] {
        var level = [Int32](repeating: 0, count: kinds.count)
        kinds.withUnsafeBufferPointer { kind in
            fanin0.withUnsafeBufferPointer { f0 in
                fanin1.withUnsafeBufferPointer { f1 in
                    level.withUnsafeMutableBufferPointer { level in
                        for v in 0 ..< kind.count where kind[v] == .and {
                            level[v] = 1 + max(level[Int(f0[v] >> 1)], level[Int(f1[v] >> 1)])
                        }
                    }
                }
            }
        }
        return level
    }

    /// The depth: the largest level of a combinational output's driver (outputs, latch next
    /// states and property literals), as ABC's `print_stats` reports it (`lev`).
    /// - Complexity: O(M)
    public func depth() -> Int {
        let level = levels()
        var deepest: Int32 = 0
        for literal in combinationalOutputs { deepest = max(deepest, level[Int(literal >> 1)]) }
        return Int(deepest)
    }
}
