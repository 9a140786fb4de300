extension AIG {
    /// Marks the transitive fanin cone of `roots`: every variable some root depends on through
    /// ANDs, the roots' own variables included. One backward sweep (fanins precede their AND),
    /// no recursion. Latches end the cone (their next states are not followed).
    ///
    /// - Throws: `AIGError.literalOutOfRange` for a root that is not a literal of this AIG.
    /// - Complexity: O(M + roots)
    public func coneMask(of roots: [UInt32]) throws -> [Bool] {
        var inCone = [Bool](repeating: false, count: kinds.count)
        for root in roots {
            try check(root)
            inCone[Int(root >> 1)] = true
        }
        for v in stride(from: kinds.count - 1, through: 1, by: -1) where inCone[v] && kinds[v] == .and {
            inCone[Int(fanin0[v] >> 1)] = true
            inCone[Int(fanin1[v] >> 1)] = true
        }
        return inCone
    }

    /// The variables in the transitive fanin cone of the given outputs (indices into
    /// `outputs`), in increasing (topological) order, constant excluded.
    ///
    /// - Throws: `AIGError.outputOutOfRange` for an index outside `outputs`.
    /// - Complexity: O(M)
    public func coneVariables(ofOutputs indices: [Int]) throws -> [UInt32] {
        var roots: [UInt32] = []
        for index in indices {
            guard outputs.indices.contains(index) else {
                throw AIGError.outputOutOfRange(index: index, outputCount: outputs.count)
            }
            roots.append(outputs[index])
        }
        let mask = try coneMask(of: roots)
        return (1 ..< kinds.count).lazy.filter { mask[$0] }.map { UInt32($0) }
    }
}
