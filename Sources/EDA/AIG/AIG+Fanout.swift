extension AIG {
    /// How many times each variable is referenced: by AND fanins and, when
    /// `countingOutputs`, by combinational outputs (outputs, latch next states, properties).
    /// An AND with both fanins on one variable counts twice. - Complexity: O(M)
    public func fanoutCounts(countingOutputs: Bool = true) -> [UInt32] {
        var count = [UInt32](repeating: 0, count: kinds.count)
        count.withUnsafeMutableBufferPointer { count in
            for v in 0 ..< kinds.count where kinds[v] == .and {
                count[Int(fanin0[v] >> 1)] += 1
                count[Int(fanin1[v] >> 1)] += 1
            }
            if countingOutputs {
                for literal in combinationalOutputs { count[Int(literal >> 1)] += 1 }
            }
        }
        return count
    }
}
