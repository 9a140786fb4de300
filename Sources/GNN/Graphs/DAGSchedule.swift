import GraphCore

/// The order in which messages flow through a directed acyclic graph: its nodes grouped by
/// topological level (sources at level 0, every other node one above its highest fan-in), and
/// each node's fan-in edges. Level-ordered layers (``DAGAttention``, `propagated(along:weights:)`)
/// update a level's nodes only after every lower level, as static timing analysis propagates
/// arrival times.
///
/// Edges are numbered as the graph stores them (CSR order, by source): the `E` edge weights the
/// layers take follow that order.
public struct DAGSchedule: Sendable {
    public let nodeCount: Int
    /// Each edge's source and target, in the graph's edge order.
    public let sources: [Int32], targets: [Int32]
    /// The nodes by increasing level; level `k` is `order[levelOffsets[k] ..< levelOffsets[k + 1]]`.
    public let order: [Int32], levelOffsets: [Int]
    /// Node `v`'s fan-in edges are `fanInEdges[fanInOffsets[v] ..< fanInOffsets[v + 1]]`.
    public let fanInOffsets: [Int], fanInEdges: [Int32]

    /// The schedule of a directed graph.
    /// - Throws: `GraphError.cycle` naming a node on a cycle; `GraphError.invalidArgument` for an
    ///   undirected graph.
    /// - Complexity: O(V + E)
    public init(_ graph: Graph) throws {
        guard graph.isDirected else { throw GraphError.invalidArgument("a DAG schedule needs a directed graph") }
        let levels = try graph.topologicalLevels()
        nodeCount = graph.nodeCount
        var sources = [Int32](), fanInCounts = [Int](repeating: 0, count: nodeCount + 1)
        sources.reserveCapacity(graph.edgeCount)
        for u in 0 ..< nodeCount {
            for e in graph.edgeRange(of: u) {
                sources.append(Int32(u))
                fanInCounts[Int(graph.targets[e]) + 1] += 1
            }
        }
        self.sources = sources
        targets = Array(graph.targets)
        for v in 0 ..< nodeCount { fanInCounts[v + 1] += fanInCounts[v] }
        fanInOffsets = fanInCounts
        var next = fanInCounts, fanIn = [Int32](repeating: 0, count: graph.edgeCount)
        for (e, v) in targets.enumerated() {
            fanIn[next[Int(v)]] = Int32(e)
            next[Int(v)] += 1
        }
        fanInEdges = fanIn
        let groups = Graph.nodesByLevel(levels)
        order = groups.flatMap { $0 }
        levelOffsets = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }

    /// The number of edges. - Complexity: O(1)
    public var edgeCount: Int { sources.count }

    /// The number of levels (the longest path's node count; 0 without nodes). - Complexity: O(1)
    public var levelCount: Int { levelOffsets.count - 1 }
}
