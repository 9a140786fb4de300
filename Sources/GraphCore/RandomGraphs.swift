/// Seeded random graph generators, for tests, benchmarks and synthetic data.
public enum RandomGraphs {
    /// A directed graph where each node has `degree` out-edges to uniform random targets
    /// (duplicates kept, as in a sampled adjacency). - Complexity: O(V × degree)
    public static func uniformOutDegree(nodes: Int, degree: Int, using rng: inout SeededGenerator) throws -> Graph {
        let sources = (0 ..< nodes * degree).map { Int32($0 / max(degree, 1)) }
        let targets = (0 ..< nodes * degree).map { _ in Int32(rng.nextIndex(below: nodes)) }
        return try GraphBuilder.build(nodeCount: nodes, sources: sources, targets: targets,
                                      options: .init(directed: true, dropDuplicates: false))
    }

    /// An undirected graph with `edges` distinct uniform random edges and no self-loops
    /// (Erdős–Rényi G(n, m)). - Complexity: O(V + m) expected, for m well below n²/2.
    public static func erdosRenyi(nodes: Int, edges: Int, using rng: inout SeededGenerator) throws -> Graph {
        let possible = nodes * (nodes - 1) / 2
        guard edges <= possible else {
            throw GraphError.invalidArgument("\(edges) edges do not fit in a simple graph of \(nodes) nodes (at most \(possible))")
        }
        var seen = Set<UInt64>(minimumCapacity: edges)
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
        while sources.count < edges {
            let u = rng.nextIndex(below: nodes), v = rng.nextIndex(below: nodes)
            guard u != v else { continue }
            let key = UInt64(min(u, v)) << 32 | UInt64(max(u, v))
            guard seen.insert(key).inserted else { continue }
            sources.append(Int32(min(u, v)))
            targets.append(Int32(max(u, v)))
        }
        return try GraphBuilder.build(nodeCount: nodes, sources: sources, targets: targets,
                                      options: .init(directed: false))
    }
}
