import Distributed
import GNN
import GraphCore

/// Two Adam steps of a GCN + linear regressor, data-parallel over node shards, against the same
/// two steps taken by one process on the global batch (computed on every rank): parameters must
/// agree within 1e-5. Ranks other than 0 initialise with another seed, so the start-up broadcast
/// is checked too; 37 items make the shards unequal, so the weighting is checked.
enum DataParallelCheck {
    static let items = 37, tolerance: Float = 1e-5

    struct Model {
        let conv: GCNConv
        let head: Linear
        var parameters: [NamedParameter] { conv.namedParameters.prefixed("conv") + head.namedParameters.prefixed("head") }

        init(seed: UInt64) {
            var generator = SeededGenerator(seed: seed)
            conv = GCNConv(inputSize: 6, outputSize: 8, generator: &generator)
            head = Linear(inputSize: 8, outputSize: 1, generator: &generator)
        }

        /// Mean squared error over the nodes `batch`.
        func loss(_ x: Tensor, _ graph: MessageGraph, _ targets: Matrix, _ batch: [Int32]) -> Tensor {
            let predictions = head(conv(x, graph).relu()).gatherRows(batch)
            return Losses.meanSquaredError(predictions, targets: targets.gatherRows(batch))
        }
    }

    static func run(_ world: Communicator) throws -> String {
        var generator = SeededGenerator(seed: 11)
        let graph = MessageGraph(try RandomGraphs.erdosRenyi(nodes: items, edges: 120, using: &generator), threads: 1)
        let x = Tensor(try Matrix(rows: items, columns: 6, values: (0 ..< items * 6).map { _ in generator.nextGaussian() }))
        let targets = try Matrix(rows: items, columns: 1, values: (0 ..< items).map { _ in generator.nextGaussian() })
        let everything = (0 ..< Int32(items)).map { $0 }

        let single = Model(seed: 7)
        var singleOptimizer = Adam(learningRate: 0.05)
        let parallel = DataParallel(world)
        let replica = Model(seed: world.isRoot ? 7 : 100 + UInt64(world.rank))
        try parallel.synchronize(replica.parameters)
        var replicaOptimizer = Adam(learningRate: 0.05)
        let shard = parallel.shard(items)
        let mine = everything[shard].map { $0 }
        for _ in 0 ..< 2 {
            try single.loss(x, graph, targets, everything).backward()
            singleOptimizer.step(single.parameters)
            try replica.loss(x, graph, targets, mine).backward()
            try parallel.averageGradients(replica.parameters, weight: Double(mine.count))
            replicaOptimizer.step(replica.parameters)
        }
        var difference: Float = 0
        for (a, b) in zip(single.parameters, replica.parameters) {
            for (u, v) in zip(a.tensor.value.values, b.tensor.value.values) { difference = max(difference, abs(u - v)) }
        }
        let largest = Float(try world.allReduceMax(Double(difference)))
        guard largest <= tolerance else {
            throw CheckFailure(description: "data-parallel parameters differ from the single-process step by \(largest) (> \(tolerance))")
        }
        return "max-parameter-difference \(largest)"
    }
}
