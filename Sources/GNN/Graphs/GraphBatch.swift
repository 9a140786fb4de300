import GraphCore

/// Many small graphs as one: the disjoint union of their CSR graphs and the rows of their
/// feature matrices stacked, with each graph's node range — the flat form of jraph's batched
/// `GraphsTuple` (absolute node indices, one graph id per node). A layer run on the batch gives
/// every graph the rows it would get alone, in one set of sparse products.
///
/// **Shapes:** `features` `(Σ Vᵢ) × F`; `graphOfNode` `Σ Vᵢ`; `nodeOffsets` `count + 1`.
public struct GraphBatch {
    /// The disjoint union: graph `i`'s node `v` is node `nodeOffsets[i] + v`.
    public let graph: Graph
    /// The member graphs' features, stacked in order.
    public let features: Matrix
    /// Where each graph's nodes start (`nodeOffsets[count]` is the total).
    public let nodeOffsets: [Int]
    /// The graph of every node (for segment sums and means: one row per graph).
    public let graphOfNode: [Int32]

    /// The batch of `members` (all directed or all undirected; features of equal width, one row
    /// per node).
    /// - Throws: `GraphError.shapeMismatch` when the members disagree in width or directedness.
    /// - Complexity: O(Σ (Vᵢ + Eᵢ) + Σ Vᵢ × F)
    public init(_ members: [(graph: Graph, features: Matrix)]) throws {
        let width = members.first?.features.columns ?? 0
        let directed = members.first?.graph.isDirected ?? true
        let weighted = members.contains { $0.graph.edgeWeights != nil }
        var offsets = [0], targets: [Int32] = [], weights: [Float] = [], values: [Float] = []
        var nodeOffsets = [0], graphOfNode: [Int32] = []
        for (index, member) in members.enumerated() {
            let (graph, features) = member
            guard features.columns == width, features.rows == graph.nodeCount else {
                throw GraphError.shapeMismatch("graph \(index) has \(graph.nodeCount) nodes and \(features.rows)×\(features.columns) features; the batch needs one row of \(width) per node")
            }
            guard graph.isDirected == directed else {
                throw GraphError.shapeMismatch("graph \(index) is \(graph.isDirected ? "" : "un")directed, graph 0 is not; batch graphs of one kind")
            }
            let base = nodeOffsets.last!, edgeBase = targets.count
            for node in 0 ..< graph.nodeCount { offsets.append(edgeBase + graph.edgeRange(of: node).upperBound) }
            targets += graph.targets.map { $0 + Int32(base) }
            if weighted { weights += graph.edgeWeights ?? [Float](repeating: 1, count: graph.edgeCount) }
            values += features.values
            nodeOffsets.append(base + graph.nodeCount)
            graphOfNode += [Int32](repeating: Int32(index), count: graph.nodeCount)
        }
        graph = try Graph(nodeCount: nodeOffsets.last!, offsets: offsets, targets: targets, isDirected: directed,
                          edgeWeights: weighted ? weights : nil)
        features = try Matrix(rows: nodeOffsets.last!, columns: width, values: values)
        self.nodeOffsets = nodeOffsets
        self.graphOfNode = graphOfNode
    }

    /// Number of graphs. - Complexity: O(1)
    public var count: Int { nodeOffsets.count - 1 }

    /// The batch-wide nodes of graph `index`. - Complexity: O(1)
    public func nodes(of index: Int) -> Range<Int> { nodeOffsets[index] ..< nodeOffsets[index + 1] }
}
