import GraphCore

/// A mini-batch drawn from a large graph: the nodes a sampler reached (the batch's seed nodes
/// first) and the sampled message edges between them, renumbered `0 ..< nodes.count`.
///
/// `graph` stores each sampled message `j → i` as an edge from `j`'s local index to `i`'s, so
/// `MessageGraph(subgraph.graph)` feeds the layers directly; the layers' outputs for the seeds are
/// the first ``seedCount`` rows.
public struct SampledSubgraph: Sendable, Equatable {
    /// Global id of each local node; `nodes[..<seedCount]` are the seeds, in the order given.
    public let nodes: [Int32]
    /// Number of seed nodes.
    public let seedCount: Int
    /// The sampled edges over local indices (directed, sender → receiver).
    public let graph: Graph

    /// The seeds' local indices, `0 ..< seedCount`. - Complexity: O(1)
    public var seeds: Range<Int> { 0 ..< seedCount }
}
