import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Cluster-GCN sampling")
struct ClusterSamplerTests {
    /// 12 nodes, 5 clusters (cluster 3 empty), a directed random graph with repeated edges.
    static let graph = MessageGraph(Inputs.graph(nodes: 12, degree: 3, seed: 8, weighted: false), threads: 1)
    static let assignment: [Int32] = [0, 1, 2, 0, 4, 1, 2, 0, 4, 1, 2, 0]

    @Test(arguments: [1, 2, 3])
    func everyNodeOnceAndEveryInducedEdgeKept(clustersPerBatch: Int) {
        let sampler = ClusterSampler(Self.graph, assignment: Self.assignment, clustersPerBatch: clustersPerBatch)
        #expect(sampler.clusters.count == 4)
        let batches = sampler.epoch(seed: 3)
        #expect(batches.count == (4 + clustersPerBatch - 1) / clustersPerBatch)
        #expect(batches.flatMap(\.nodes).sorted() == (0 ..< 12).map(Int32.init))
        let source = Self.graph.graph
        for batch in batches {
            #expect(batch.seedCount == batch.nodes.count)
            let chosen = Set(batch.nodes)
            // Whole clusters only.
            #expect(Set(batch.nodes.map { Self.assignment[Int($0)] }).count <= clustersPerBatch)
            #expect(batch.nodes.allSatisfy { n in Self.assignment.indices.filter { Self.assignment[$0] == Self.assignment[Int(n)] }.allSatisfy { chosen.contains(Int32($0)) } })
            // The batch's edges are exactly the source edges between its nodes (with multiplicity).
            var expected: [String] = [], found: [String] = []
            for u in batch.nodes { for v in source.neighbors(of: Int(u)) where chosen.contains(v) { expected.append("\(u)>\(v)") } }
            for u in 0 ..< batch.graph.nodeCount {
                for v in batch.graph.neighbors(of: u) { found.append("\(batch.nodes[u])>\(batch.nodes[Int(v)])") }
            }
            #expect(expected.sorted() == found.sorted(), "clusters per batch \(clustersPerBatch)")
        }
    }

    @Test func epochsAreSeeded() {
        let sampler = ClusterSampler(Self.graph, assignment: Self.assignment, clustersPerBatch: 2)
        #expect(sampler.epoch(seed: 5) == sampler.epoch(seed: 5))
        let orders = Set((0 ..< 20 as Range<UInt64>).map { sampler.epoch(seed: $0).map(\.nodes) })
        #expect(orders.count > 1)
    }
}
