import GraphCore

extension NodeClassificationTrainer {
    /// One epoch of GraphSAGE-style mini-batch steps, as a loop over PyG's `NeighborLoader`:
    /// `trainNodes` shuffled by `generator` into batches of `batchSize` seeds, one Adam step per
    /// batch on the cross-entropy of the seeds' outputs over the subgraph `sampler` draws around
    /// them (plus `options`' weight decay; its DropEdge applies to that subgraph). Returns the
    /// mean batch loss.
    /// - Precondition: `batchSize > 0`; every training node has a label in `0 ..< classes`.
    /// - Complexity: Σ over batches of sampling + a step on the sampled subgraph; independent of
    ///   the whole graph's size.
    public static func sampledEpoch(_ model: NodeClassifier, features: NodeFeatures, labels: [Int32], trainNodes: [Int32],
                                    sampler: NeighborSampler, batchSize: Int, options: Options, epoch: Int,
                                    optimizer: inout Adam, generator: inout SeededGenerator) throws -> Float {
        precondition(batchSize > 0, "batch size must be positive")
        var order = trainNodes
        order.shuffle(using: &generator)
        var total: Float = 0, batches = 0
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let seeds = Array(order[start ..< min(start + batchSize, order.count)])
            let batch = sampler.sample(seeds: seeds, seed: generator.next())
            let graph = MessageGraph(batch.graph, threads: sampler.threads)
                .droppingEdges(probability: options.edgeDropout, using: &generator)
            let logits = model(features.gatheringRows(batch.nodes), graph, training: true, generator: &generator)
            total += try step(model, logits: logits, rows: batch.seeds.map(Int32.init),
                              labels: seeds.map { Int(labels[Int($0)]) }, options: options, epoch: epoch,
                              optimizer: &optimizer)
            batches += 1
        }
        return total / Float(max(batches, 1))
    }
}
