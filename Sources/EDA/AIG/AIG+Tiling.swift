extension AIG {
    /// `copies` disjoint copies of this AIG side by side in one AIG, as ABC's `double` repeated:
    /// copy `c` has its own inputs, latches, ANDs, outputs and properties, and no node is shared
    /// between copies. The result is canonical (inputs of every copy, then latches, then the ANDs
    /// copy after copy, each copy's ANDs in this AIG's order); symbols and the comment are dropped.
    /// Used to make large benchmark inputs (e.g. 64 copies of EPFL `hyp.aig`, 13.7M ANDs).
    ///
    /// - Throws: `AIGError.tooLarge` when the copies need 2³¹ variables or more.
    /// - Complexity: O(copies × M)
    public func tiled(copies: Int) throws -> AIG {
        guard copies >= 1 else { throw AIGError.invalidCopyCount(copies) }
        let perCopy = inputs.count + latches.count + andCount
        let (total, overflow) = perCopy.multipliedReportingOverflow(by: copies)
        guard !overflow, total < Int(UInt32(1) << 31) - 1 else {
            throw AIGError.tooLarge(variables: overflow ? Int.max : total + 1, limit: Int(UInt32(1) << 31) - 1)
        }
        // Copy 0's number of every variable; copy c adds c × (count of its kind) to it.
        var local = [UInt32](repeating: 0, count: kinds.count)
        var stride = [UInt32](repeating: 0, count: kinds.count)
        let inputBase = 1, latchBase = 1 + copies * inputs.count, andBase = latchBase + copies * latches.count
        for (i, v) in inputs.enumerated() {
            (local[Int(v)], stride[Int(v)]) = (UInt32(inputBase + i), UInt32(inputs.count))
        }
        for (i, v) in latches.enumerated() {
            (local[Int(v)], stride[Int(v)]) = (UInt32(latchBase + i), UInt32(latches.count))
        }
        var rank = 0
        for v in 0 ..< kinds.count where kinds[v] == .and {
            (local[v], stride[v]) = (UInt32(andBase + rank), UInt32(andCount))
            rank += 1
        }
        var result = AIG(variableCount: total + 1)
        result.andCount = copies * andCount
        for c in 0 ..< copies {
            // Copy c's numbers: inputs, latches and ANDs each follow those of copy c - 1.
            let map = local.indices.map { local[$0] + UInt32(c) * stride[$0] }
            func remap(_ literal: UInt32) -> UInt32 { map[Int(literal >> 1)] << 1 | literal & 1 }
            for v in 1 ..< kinds.count where kinds[v] != .unused {
                let n = Int(map[v])
                result.kinds[n] = kinds[v]
                if kinds[v] == .and { (result.fanin0[n], result.fanin1[n]) = (remap(fanin0[v]), remap(fanin1[v])) }
            }
            result.inputs += inputs.map { map[Int($0)] }
            result.latches += latches.map { map[Int($0)] }
            result.latchNext += latchNext.map(remap)
            result.latchReset += latchReset
            result.outputs += outputs.map(remap)
            result.bad += bad.map(remap)
            result.constraints += constraints.map(remap)
            result.justice += justice.map { $0.map(remap) }
            result.fairness += fairness.map(remap)
        }
        return result
    }
}
