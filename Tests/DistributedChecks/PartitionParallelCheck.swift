import Distributed
import GNN
import GraphCore
import GraphPartition

/// A two-layer GCN and a SAGE layer on a METIS partition (one part per rank), forward and
/// backward, against the same layers on the whole graph in one process (computed on every rank):
/// owned output rows and the summed parameter gradients must agree within 1e-5.
enum PartitionParallelCheck {
    static let nodes = 90, tolerance: Float = 1e-5

    static func run(_ world: Communicator) throws -> String {
        var generator = SeededGenerator(seed: 5)
        let graph = try RandomGraphs.erdosRenyi(nodes: nodes, edges: 400, using: &generator)
        let features = try Matrix(rows: nodes, columns: 6, values: (0 ..< nodes * 6).map { _ in generator.nextGaussian() })
        let readout = try Matrix(rows: nodes, columns: 3, values: (0 ..< nodes * 3).map { _ in generator.nextGaussian() })
        var layers = SeededGenerator(seed: 9)
        let first = GCNConv(inputSize: 6, outputSize: 8, generator: &layers)
        let second = GCNConv(inputSize: 8, outputSize: 4, generator: &layers)
        let sage = SAGEConv(inputSize: 4, outputSize: 3, generator: &layers)
        let parameters = first.namedParameters.prefixed("first") + second.namedParameters.prefixed("second")
            + sage.namedParameters.prefixed("sage")

        // The whole graph in one process.
        let whole = MessageGraph(graph, threads: 1)
        let full = sage(second(first(Tensor(features), whole).relu(), whole).relu(), whole)
        try ((full * Tensor(readout)).sum() * (1 / Float(nodes))).backward()
        let fullGradients = parameters.map { $0.tensor.gradient! }
        parameters.clearGradients()

        // The same on this rank's part; the loss is this rank's share of the global mean.
        let membership = try METIS.partition(graph, parts: world.size, seed: 1).membership
        let part = try LocalPartition.split(graph, membership: membership, parts: world.size)[world.rank]
        let local = try PartitionedGraph(part, communicator: world, threads: 1)
        let owned = Array(part.nodes[0 ..< part.ownedCount])
        let x = Tensor(features.gatherRows(owned))
        let out = sage(second(first(x, local).relu(), local).relu(), local)
        try ((out * Tensor(readout.gatherRows(owned))).sum() * (1 / Float(nodes))).backward()
        try world.sumGradients(parameters)

        var difference: Float = 0
        for (a, b) in zip(out.value.values, full.value.gatherRows(owned).values) { difference = max(difference, abs(a - b)) }
        for (p, g) in zip(parameters, fullGradients) {
            for (a, b) in zip(p.tensor.gradient!.values, g.values) { difference = max(difference, abs(a - b)) }
        }
        let largest = Float(try world.allReduceMax(Double(difference)))
        let halo = try world.allReduceSum(Double(part.haloCount))
        guard largest <= tolerance else {
            throw CheckFailure(description: "partition-parallel outputs or gradients differ from the whole graph's by \(largest) (> \(tolerance))")
        }
        guard world.size == 1 || halo > 0 else { throw CheckFailure(description: "the partition has no halo, so nothing was exchanged") }
        return "halo-nodes \(Int(halo)) max-difference \(largest)"
    }
}
