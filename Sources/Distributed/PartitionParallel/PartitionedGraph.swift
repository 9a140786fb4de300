import GNN
import GraphPartition
import GraphCore

/// A rank's partition prepared for partition-parallel full-graph message passing (DistDGL; Zheng
/// et al., "DistDGL: Distributed Graph Neural Network Training for Billion-Scale Graphs", IA3 2020):
/// the halo exchange and the rank's rows of the whole graph's GCN and mean operators, over local
/// indices. ``GCNConv`` and ``SAGEConv`` applied to it (`PartitionedGraph+Layers.swift`) give
/// exactly the owned rows of the single-process layer, up to float summation order.
public struct PartitionedGraph {
    /// The rank's share of the graph.
    public let partition: LocalPartition
    /// The exchange of halo rows with the other ranks.
    public let exchange: HaloExchange
    /// The owned rows of `D^-1/2 (A + I) D^-1/2` with the whole graph's degrees; halo rows empty.
    public let gcnOperator: SparseOperator
    /// The owned rows of the mean aggregation `D⁻¹ A`; halo rows empty.
    public let meanOperator: SparseOperator
    /// `0 ..< ownedCount`, to keep the owned rows of a local product.
    let ownedRows: [Int32]

    /// Prepares `partition` for this rank of `communicator`.
    /// - Throws: what ``HaloExchange/init(_:communicator:)`` throws.
    /// - Complexity: O(local + edges) once.
    public init(_ partition: LocalPartition, communicator: Communicator, threads: Int = Parallel.coreCount) throws {
        self.partition = partition
        exchange = try HaloExchange(partition, communicator: communicator)
        ownedRows = (0 ..< Int32(partition.ownedCount)).map { $0 }
        let p = partition
        var receivers: [Int32] = [], senders: [Int32] = [], gcn: [Float] = [], mean: [Float] = []
        var loopReceivers: [Int32] = [], loopSenders: [Int32] = []
        let scale = p.gcnDegrees.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
        for i in 0 ..< p.ownedCount {
            let row = p.incomingOffsets[i] ..< p.incomingOffsets[i + 1]
            let total = row.reduce(Float(0)) { $0 + (p.incomingWeights?[$1] ?? 1) }
            var hasLoop = false
            for e in row {
                let j = Int(p.incomingSenders[e]), w = p.incomingWeights?[e] ?? 1
                hasLoop = hasLoop || j == i
                receivers.append(Int32(i))
                senders.append(Int32(j))
                gcn.append(w * scale[i] * scale[j])
                mean.append(total != 0 ? w / total : 0)
            }
            if !hasLoop {
                loopReceivers.append(Int32(i))
                loopSenders.append(Int32(i))
            }
        }
        let options = GraphBuilder.Options(directed: true, dropDuplicates: false)
        let meanGraph = try GraphBuilder.build(nodeCount: p.localCount, sources: receivers, targets: senders,
                                               weights: mean, options: options)
        let gcnGraph = try GraphBuilder.build(
            nodeCount: p.localCount, sources: receivers + loopReceivers, targets: senders + loopSenders,
            weights: gcn + loopReceivers.map { scale[Int($0)] * scale[Int($0)] }, options: options)
        gcnOperator = SparseOperator(gcnGraph, threads: threads)
        meanOperator = SparseOperator(meanGraph, threads: threads)
    }
}
