import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Neighbour sampling")
struct NeighborSamplerTests {
    /// Node 0 receives from 1, 2, 3, 4; node 1 receives from 5 and 6 (directed edges j → i).
    static let star: MessageGraph = {
        var builder = GraphBuilder(nodeCount: 7, options: .init(directed: true))
        for j in 1 ... 4 { builder.addEdge(j, 0) }
        builder.addEdge(5, 1)
        builder.addEdge(6, 1)
        return MessageGraph(try! builder.build(), threads: 1)
    }()

    /// The sampled edges as global (sender, receiver) pairs.
    static func globalEdges(_ batch: SampledSubgraph) -> [(Int32, Int32)] {
        (0 ..< batch.graph.nodeCount).flatMap { u in
            batch.graph.neighbors(of: u).map { (batch.nodes[u], batch.nodes[Int($0)]) }
        }
    }

    @Test func oneHopDrawsTheFanOutOfDistinctSenders() {
        let sampler = NeighborSampler(Self.star, fanouts: [2], threads: 1)
        for seed in 0 ..< 10 as Range<UInt64> {
            let batch = sampler.sample(seeds: [0], seed: seed)
            let edges = Self.globalEdges(batch)
            #expect(batch.nodes.first == 0 && batch.seedCount == 1 && batch.nodes.count == 3)
            #expect(edges.count == 2 && edges.allSatisfy { $0.1 == 0 && (1 ... 4).contains($0.0) })
            #expect(Set(edges.map(\.0)).count == 2)
        }
    }

    @Test func twoHopsReachTheSendersOfTheSenders() {
        // Fan-outs above every degree take every in-neighbour: 0 ← 1…4, then 1 ← 5, 6.
        let batch = NeighborSampler(Self.star, fanouts: [10, 10], threads: 1).sample(seeds: [0], seed: 3)
        #expect(Set(batch.nodes) == Set(0 ... 6 as ClosedRange<Int32>))
        let edges = Set(Self.globalEdges(batch).map { "\($0.0)->\($0.1)" })
        #expect(edges == ["1->0", "2->0", "3->0", "4->0", "5->1", "6->1"])
    }

    @Test func everyDrawIsAnEdgeAndNoReceiverExceedsItsFanOut() {
        let graph = MessageGraph(Inputs.graph(nodes: 200, degree: 8, seed: 4), threads: 2)
        let seeds: [Int32] = [3, 50, 77, 120, 199]
        let one = NeighborSampler(graph, fanouts: [4, 3], threads: 1).sample(seeds: seeds, seed: 11)
        let four = NeighborSampler(graph, fanouts: [4, 3], threads: 4).sample(seeds: seeds, seed: 11)
        #expect(one == four, "the batch must not depend on the thread count")
        #expect(Array(one.nodes.prefix(5)) == seeds && Set(one.nodes).count == one.nodes.count)
        var received = [Int32: Int]()
        for (sender, receiver) in Self.globalEdges(one) {
            #expect(graph.incoming.neighbors(of: Int(receiver)).contains(sender), "\(sender) → \(receiver) is not an edge")
            received[receiver, default: 0] += 1
        }
        for (receiver, count) in received {
            let fanout = seeds.contains(receiver) ? 4 : 3
            #expect(count <= min(fanout, graph.incoming.degree(of: Int(receiver))))
        }
        #expect(one != NeighborSampler(graph, fanouts: [4, 3], threads: 1).sample(seeds: seeds, seed: 12))
    }

    @Test func samplerOverIncomingEdgesDrawsAsTheMessageGraphOne() {
        let graph = MessageGraph(Inputs.graph(nodes: 120, degree: 6, seed: 9), threads: 1)
        let seeds: [Int32] = [7, 31, 64, 100]
        let direct = NeighborSampler(incoming: graph.incoming, fanouts: [3, 2], threads: 2).sample(seeds: seeds, seed: 5)
        #expect(direct == NeighborSampler(graph, fanouts: [3, 2], threads: 1).sample(seeds: seeds, seed: 5))
    }

    /// The public epoch loop steps once per batch of the shuffled training nodes and learns.
    @Test func sampledEpochsLowerTheLoss() throws {
        let data = NodeClassificationTests.communities()
        let model = NodeClassificationTests.communityModel(.sage)
        let sampler = NeighborSampler(data.graph, fanouts: [8, 8], threads: 1)
        let options = NodeClassificationTrainer.Options(learningRate: 0.05, weightDecay: 0)
        var optimizer = Adam(learningRate: options.learningRate), generator = SeededGenerator(seed: 2)
        let losses = try (1 ... 30).map { epoch in
            try NodeClassificationTrainer.sampledEpoch(
                model, features: data.features, labels: data.labels, trainNodes: data.split.train, sampler: sampler,
                batchSize: 3, options: options, epoch: epoch, optimizer: &optimizer, generator: &generator)
        }
        #expect(losses.allSatisfy(\.isFinite) && losses.last! < 0.5 * losses.first!, "\(losses)")
    }

    @Test(arguments: [NodeClassifier.Architecture.gcn, .sage, .gat])
    func miniBatchTrainingSeparatesTwoCommunities(_ architecture: NodeClassifier.Architecture) throws {
        let data = NodeClassificationTests.communities()
        let model = NodeClassificationTests.communityModel(architecture)
        var options = NodeClassificationTrainer.Options(epochs: 60, learningRate: 0.05, seed: 3)
        // Fan-outs near the communities' degrees (about 5.5) keep most neighbours of a batch.
        options.sampling = .init(fanouts: [8, 8], batchSize: 4)
        let result = try NodeClassificationTrainer.train(model, data: data, options: options)
        #expect(result.testAccuracy >= 0.9, "\(architecture): test accuracy \(result.testAccuracy)")
    }

    @Test func gatheredFeatureRowsMatchTheDenseRows() {
        let picks: [Int32] = [4, 0, 4, 2]
        let dense = NodeClassificationTests.dense
        for features in [NodeFeatures.dense(dense), NodeClassificationTests.sparse] {
            #expect(features.gatheringRows(picks).denseMatrix == dense.gatherRows(picks))
        }
        var identityRows = Matrix(rows: 4, columns: 6)
        for (k, p) in picks.enumerated() { identityRows[k, Int(p)] = 1 }
        #expect(NodeFeatures.identity(nodeCount: 6).gatheringRows(picks).denseMatrix == identityRows)
    }
}
