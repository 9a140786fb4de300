extension Graph {
    /// A topological order of a directed acyclic graph (Kahn 1962): every edge `u → v` has `u`
    /// before `v`. Ties go to the smaller node index, so the order is deterministic.
    ///
    /// - Throws: `GraphError.cycle` naming a node on a cycle.
    /// - Complexity: O(V + E), iterative (no recursion, so depth is unlimited).
    public func topologicalOrder() throws -> [Int32] {
        var remaining = inDegrees()
        var order = [Int32]()
        order.reserveCapacity(nodeCount)
        for v in 0 ..< nodeCount where remaining[v] == 0 { order.append(Int32(v)) }
        var head = 0
        while head < order.count {
            let u = Int(order[head])
            head += 1
            for v in neighbors(of: u) {
                remaining[Int(v)] -= 1
                if remaining[Int(v)] == 0 { order.append(v) }
            }
        }
        guard order.count == nodeCount else { throw GraphError.cycle(node: try nodeOnCycle(remaining)) }
        return order
    }

    /// Topological levels: sources are at level 0 and every other node one above its highest
    /// predecessor, so a level's nodes depend only on lower levels.
    ///
    /// - Throws: `GraphError.cycle` naming a node on a cycle.
    /// - Complexity: O(V + E)
    public func topologicalLevels() throws -> [Int32] {
        var level = [Int32](repeating: 0, count: nodeCount)
        for u in try topologicalOrder() {
            for v in neighbors(of: Int(u)) { level[Int(v)] = max(level[Int(v)], level[Int(u)] + 1) }
        }
        return level
    }

    /// Reverse levels: sinks are at level 0 and every other node one above its highest successor
    /// (the distance to the farthest sink).
    ///
    /// - Throws: `GraphError.cycle` naming a node on a cycle.
    /// - Complexity: O(V + E)
    public func reverseTopologicalLevels() throws -> [Int32] {
        var level = [Int32](repeating: 0, count: nodeCount)
        for u in try topologicalOrder().reversed() {
            for v in neighbors(of: Int(u)) { level[Int(u)] = max(level[Int(u)], level[Int(v)] + 1) }
        }
        return level
    }

    /// Groups nodes by level: element `k` lists the nodes at level `k`, in increasing order.
    /// - Complexity: O(V)
    public static func nodesByLevel(_ levels: [Int32]) -> [[Int32]] {
        var groups = [[Int32]](repeating: [], count: Int(levels.max() ?? -1) + 1)
        for (node, level) in levels.enumerated() { groups[Int(level)].append(Int32(node)) }
        return groups
    }

    /// A node on a cycle, found among the nodes Kahn's algorithm could not order: walking
    /// backwards from one of them along unordered predecessors must revisit a node.
    private func nodeOnCycle(_ remaining: [Int32]) throws -> Int {
        let reverse = transposed()
        guard var node = remaining.firstIndex(where: { $0 > 0 }) else {
            throw GraphError.invalidArgument("no cycle found")
        }
        var seen = Set<Int>()
        while seen.insert(node).inserted {
            guard let predecessor = reverse.neighbors(of: node).first(where: { remaining[Int($0)] > 0 }) else { break }
            node = Int(predecessor)
        }
        return node
    }
}
