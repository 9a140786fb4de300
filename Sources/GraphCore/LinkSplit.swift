/// A random split of a graph's edges for link prediction, as in the GAE/VGAE experiments
/// (Kipf & Welling 2016): validation and test positives are held out of the training graph,
/// each with as many negatives (non-edges of the whole graph, all distinct, disjoint between
/// the two sets).
public struct LinkSplit: Sendable {
    /// The graph message passing may use: the training positives only (both ways if undirected).
    public let trainGraph: Graph
    /// Training positives, each undirected edge once (`u < v`).
    public let trainPositives: EdgeList
    /// Validation positives and negatives.
    public let validationPositives: EdgeList, validationNegatives: EdgeList
    /// Test positives and negatives.
    public let testPositives: EdgeList, testNegatives: EdgeList

    /// Splits `graph`'s edges: `validationFraction` and `testFraction` of them (rounded down)
    /// are held out; self-loops are ignored. Undirected edges are split as units, so a held-out
    /// edge is absent from the training graph in both directions.
    ///
    /// - Throws: `GraphError.invalidArgument` for fractions outside [0, 1) that sum to 1 or more,
    ///   or when the graph has too few non-edges for the negatives.
    /// - Complexity: O(V + E log d)
    public init(graph: Graph, validationFraction: Double = 0.05, testFraction: Double = 0.10,
                using rng: inout SeededGenerator) throws {
        guard validationFraction >= 0, testFraction >= 0, validationFraction + testFraction < 1 else {
            throw GraphError.invalidArgument(
                "validation (\(validationFraction)) and test (\(testFraction)) fractions must be non-negative and sum to less than 1")
        }
        var edges = graph.edgeList()
        let keep = edges.sources.indices.filter { edges.sources[$0] != edges.targets[$0] }
        edges = EdgeList(sources: keep.map { edges.sources[$0] }, targets: keep.map { edges.targets[$0] })
        var order = Array(0 ..< edges.count)
        order.shuffle(using: &rng)
        let testCount = Int(Double(edges.count) * testFraction)
        let validationCount = Int(Double(edges.count) * validationFraction)
        func pick(_ range: Range<Int>) -> EdgeList {
            let chosen = order[range].sorted()
            return EdgeList(sources: chosen.map { edges.sources[$0] }, targets: chosen.map { edges.targets[$0] })
        }
        testPositives = pick(0 ..< testCount)
        validationPositives = pick(testCount ..< testCount + validationCount)
        trainPositives = pick(testCount + validationCount ..< edges.count)
        trainGraph = try GraphBuilder.build(
            nodeCount: graph.nodeCount, sources: trainPositives.sources, targets: trainPositives.targets,
            options: .init(directed: graph.isDirected))

        let negatives = try NegativeSampling.sample(
            count: testCount + validationCount, avoiding: graph, distinct: true, using: &rng)
        testNegatives = EdgeList(sources: Array(negatives.sources[..<testCount]),
                                 targets: Array(negatives.targets[..<testCount]))
        validationNegatives = EdgeList(sources: Array(negatives.sources[testCount...]),
                                       targets: Array(negatives.targets[testCount...]))
    }
}
