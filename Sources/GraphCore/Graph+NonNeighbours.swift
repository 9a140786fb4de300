extension Graph {
    /// The number of nodes `v ≠ node` with no stored edge `node → v` (a repeated edge or a
    /// self-loop counts once). For an undirected graph, the pairs `{node, v}` that are not edges.
    /// - Complexity: O(d), d the degree of `node`.
    public func nonNeighbourCount(of node: Int) -> Int {
        var distinct = 0, previous = -1
        for target in neighbors(of: node) {
            let t = Int(target)
            if t != previous && t != node { distinct += 1 }
            previous = t
        }
        return nodeCount - 1 - distinct
    }

    /// The `rank`-th (from 0, in increasing order) node `v ≠ node` with no stored edge `node → v`.
    ///
    /// - Precondition: `0 ≤ rank < nonNeighbourCount(of: node)`.
    /// - Complexity: O(d), d the degree of `node`: one merge of the sorted row with `node`.
    public func nonNeighbour(_ rank: Int, of node: Int) -> Int {
        precondition(rank >= 0 && rank < nonNeighbourCount(of: node), "rank \(rank) is not a non-neighbour of \(node)")
        // Walk the excluded nodes (the row with `node` merged in) in increasing order; each one at
        // or below the candidate pushes it one further.
        let row = neighbors(of: node)
        var candidate = rank, index = row.startIndex, nodeTaken = false, previous = -1
        while true {
            let excluded: Int
            if index < row.endIndex && (nodeTaken || Int(row[index]) <= node) {
                excluded = Int(row[index])
                index += 1
                if excluded == node { nodeTaken = true }
            } else if !nodeTaken {
                excluded = node
                nodeTaken = true
            } else {
                break
            }
            if excluded == previous { continue }
            previous = excluded
            if excluded > candidate { break }
            candidate += 1
        }
        return candidate
    }
}
