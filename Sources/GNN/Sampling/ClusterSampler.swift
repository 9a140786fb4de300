import GraphCore

/// Cluster-GCN's mini-batches (Chiang et al., "Cluster-GCN: An Efficient Algorithm for Training
/// Deep and Large Graph Convolutional Networks", KDD 2019, arXiv:1905.07953), as PyG's
/// `ClusterLoader`: the nodes are split into clusters once (METIS parts from `GraphPartition`,
/// or any assignment), each epoch shuffles the clusters and takes `clustersPerBatch` at a time,
/// and a batch is the subgraph induced by their nodes, the edges between the chosen clusters
/// included. Every node of a batch is one of its seeds, and each node is in exactly one batch of
/// an epoch.
public struct ClusterSampler: Sendable {
    /// The message graph's edges (`j → i` sends `j`'s features to `i`).
    public let graph: Graph
    /// The nodes of each cluster, in increasing id; empty clusters are left out.
    public let clusters: [[Int32]]
    /// Clusters merged into one batch (Cluster-GCN's `q`).
    public let clustersPerBatch: Int

    /// A sampler over `assignment[i]`, the cluster of node `i`.
    /// - Precondition: one non-negative cluster per node; `clustersPerBatch ≥ 1`.
    /// - Complexity: O(V + number of clusters)
    public init(_ graph: MessageGraph, assignment: [Int32], clustersPerBatch: Int = 1) {
        precondition(assignment.count == graph.nodeCount, "\(assignment.count) cluster ids for \(graph.nodeCount) nodes")
        precondition(clustersPerBatch >= 1, "clustersPerBatch must be positive, got \(clustersPerBatch)")
        precondition(assignment.allSatisfy { $0 >= 0 }, "cluster ids must be non-negative")
        var members = [[Int32]](repeating: [], count: Int(assignment.max() ?? -1) + 1)
        for (node, cluster) in assignment.enumerated() { members[Int(cluster)].append(Int32(node)) }
        self.graph = graph.graph
        clusters = members.filter { !$0.isEmpty }
        self.clustersPerBatch = clustersPerBatch
    }

    /// One epoch of batches, the clusters shuffled by the generator stream `seed`.
    /// - Complexity: O(V + E) over the epoch, plus O(V) per batch for the renumbering.
    public func epoch(seed: UInt64) -> [SampledSubgraph] {
        var generator = SeededGenerator(seed: seed)
        let order = clusters.indices.shuffled(using: &generator)
        return stride(from: 0, to: order.count, by: clustersPerBatch).map { start in
            let nodes = order[start ..< min(start + clustersPerBatch, order.count)].flatMap { clusters[$0] }
            // The nodes are distinct ids of the graph (each in one cluster): the subgraph cannot fail.
            let induced = try! graph.subgraph(nodes: nodes)
            return SampledSubgraph(nodes: nodes, seedCount: nodes.count, graph: induced)
        }
    }
}
