extension Graph {
    /// The quotient graph by a partition: one node per group, an edge `a → b` where some edge
    /// runs from group `a` to group `b` (`a ≠ b`), weighted by how many do. Node types of the
    /// result count the members of each group. Used to summarise graphs too large to draw.
    ///
    /// - Parameter group: the group of each node, in `0 ..< groupCount`.
    /// - Throws: `GraphError.shapeMismatch` when `group` does not have one entry per node,
    ///   `GraphError.invalidArgument` for a group outside `0 ..< groupCount`.
    /// - Complexity: O(V + E log d)
    public func quotient(by group: [Int32], groupCount: Int) throws -> Graph {
        guard group.count == nodeCount else {
            throw GraphError.shapeMismatch("\(group.count) group ids for \(nodeCount) nodes")
        }
        if let bad = group.first(where: { $0 < 0 || Int($0) >= groupCount }) {
            throw GraphError.invalidArgument("group \(bad) is outside 0..<\(groupCount)")
        }
        var counts: [UInt64: Float] = [:]
        for u in 0 ..< nodeCount {
            for v in neighbors(of: u) where group[u] != group[Int(v)] {
                let a = Int(group[u]), b = Int(group[Int(v)])
                let key = isDirected ? NegativeSampling.pairKey(a, b) : NegativeSampling.pairKey(min(a, b), max(a, b))
                counts[key, default: 0] += isDirected ? 1 : 0.5
            }
        }
        let keys = counts.keys.sorted()
        var result = try GraphBuilder.build(
            nodeCount: groupCount,
            sources: keys.map { Int32($0 >> 32) }, targets: keys.map { Int32($0 & 0xFFFF_FFFF) },
            weights: keys.map { counts[$0]! }, options: .init(directed: isDirected))
        var members = PackedIntegers(repeating: 0, count: groupCount, width: PackedIntegers.width(toHold: nodeCount))
        for g in group { members[Int(g)] += 1 }
        result.nodeTypes = members
        return result
    }

    /// The nodes from which some node of `roots` can be reached, the roots included, sorted:
    /// the transitive fan-in cone of outputs in a circuit graph. - Complexity: O(V + E)
    public func fanInCone(of roots: [Int32]) -> [Int32] {
        let distance = transposed().bfsDistances(from: roots)
        return distance.indices.filter { distance[$0] >= 0 }.map { Int32($0) }
    }
}
