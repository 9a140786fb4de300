extension Graph {
    /// Checks the CSR rules; compiles to nothing unless `GRAPHCORE_INTERNAL_CHECKS` is defined.
    @inline(__always)
    func _checkInvariants() {
        #if GRAPHCORE_INTERNAL_CHECKS
        do {
            try Graph.validate(nodeCount: nodeCount, offsets: offsets, targets: targets,
                               nodeTypes: nodeTypes, edgeTypes: edgeTypes, edgeWeights: edgeWeights)
        } catch {
            preconditionFailure("Graph invariant broken: \(error)")
        }
        #endif
    }

    /// Validates CSR arrays: offsets start at 0, never decrease and end at the edge count;
    /// every target is a node; optional arrays have matching lengths.
    static func validate(
        nodeCount: Int, offsets: PackedIntegers, targets: [Int32],
        nodeTypes: PackedIntegers?, edgeTypes: PackedIntegers?, edgeWeights: [Float]?
    ) throws {
        func fail(_ rule: String) -> GraphError { .invalidCSR(rule) }
        guard nodeCount >= 0, nodeCount <= Int(Int32.max) else {
            throw fail("node count \(nodeCount) must be in 0...\(Int32.max)")
        }
        guard offsets.count == nodeCount + 1 else {
            throw fail("offsets has \(offsets.count) entries; expected nodeCount + 1 = \(nodeCount + 1)")
        }
        guard offsets[0] == 0 else { throw fail("offsets[0] is \(offsets[0]); expected 0") }
        let decrease = offsets.withUnsafeBuffer { offsets in
            (0 ..< nodeCount).first { offsets[$0 + 1] < offsets[$0] }
        }
        if let i = decrease {
            throw fail("offsets decrease at node \(i) (\(offsets[i]) then \(offsets[i + 1]))")
        }
        guard offsets[nodeCount] == targets.count else {
            throw fail("offsets end at \(offsets[nodeCount]) but there are \(targets.count) targets")
        }
        if let bad = targets.firstIndex(where: { $0 < 0 || Int($0) >= nodeCount }) {
            throw fail("target \(targets[bad]) at edge \(bad) is not a node in 0..<\(nodeCount)")
        }
        if let types = nodeTypes, types.count != nodeCount {
            throw fail("nodeTypes has \(types.count) entries; expected \(nodeCount)")
        }
        if let types = edgeTypes, types.count != targets.count {
            throw fail("edgeTypes has \(types.count) entries; expected \(targets.count)")
        }
        if let weights = edgeWeights, weights.count != targets.count {
            throw fail("edgeWeights has \(weights.count) entries; expected \(targets.count)")
        }
    }
}
