import GNN
import GraphPartition
import GraphCore

/// GNN's ``RowExchange`` over MPI for one ``LocalPartition``: forward, each rank sends every other
/// rank the owned rows in its halo and appends the rows it receives; backward, each rank sends the
/// gradients of its halo rows back to their owners, which add them to their own. One
/// `MPI_Alltoallv` each way; the counts are known from the partition, so nothing else is sent.
///
/// An MPI failure inside an exchange (which runs on the tape and cannot throw) ends the whole job
/// with ``Communicator/abort(_:code:)``, naming this rank and the failed call.
public struct HaloExchange: RowExchange {
    /// The partition whose halo is exchanged.
    public let partition: LocalPartition
    /// The ranks, one per part.
    public let communicator: Communicator
    private let receiveCounts: [Int]

    /// The exchange of `partition` among `communicator`'s ranks.
    /// - Throws: ``DistributedError/mismatch(reason:)`` when the partition is not this rank's or
    ///   was made for another number of ranks.
    /// - Complexity: O(halo + parts)
    public init(_ partition: LocalPartition, communicator: Communicator) throws {
        guard partition.parts == communicator.size, partition.rank == communicator.rank else {
            throw DistributedError.mismatch(reason: "rank \(communicator.rank) of \(communicator.size) was given part \(partition.rank) of a \(partition.parts)-way partition; partition with --parts \(communicator.size) and give each rank its own part")
        }
        self.partition = partition
        self.communicator = communicator
        receiveCounts = partition.receiveCounts
    }

    public var ownedRowCount: Int { partition.ownedCount }
    public var localRowCount: Int { partition.localCount }

    /// Owned rows, then the halo rows from their owners. - Complexity: O(local × C) plus traffic.
    public func gather(_ owned: Matrix) -> Matrix {
        let width = owned.columns
        let outgoing = (0 ..< partition.parts).map { q -> [Float] in
            q == partition.rank ? [] : rows(of: owned, Array(partition.sendRows(to: q)))
        }
        let incoming = communicator.endingJobOnError {
            try communicator.allToAll(outgoing, incomingCounts: receiveCounts.map { $0 * width })
        }
        // Ranks' halo blocks arrive in rank order, which is the halo's order.
        return communicator.endingJobOnError {
            try Matrix(rows: partition.localCount, columns: width, values: owned.values + incoming.flatMap { $0 })
        }
    }

    /// The owned rows' gradient plus the halo gradients the other ranks send back.
    /// - Complexity: O(local × C) plus traffic.
    public func scatterBack(_ local: Matrix) -> Matrix {
        let width = local.columns, owned = partition.ownedCount
        var outgoing = [[Float]](repeating: [], count: partition.parts)
        var start = owned
        for (q, count) in receiveCounts.enumerated() where count > 0 {
            outgoing[q] = Array(local.values[start * width ..< (start + count) * width])
            start += count
        }
        let sendCounts = (0 ..< partition.parts).map { partition.sendRows(to: $0).count * width }
        let incoming = communicator.endingJobOnError { try communicator.allToAll(outgoing, incomingCounts: sendCounts) }
        var result = Array(local.values[0 ..< owned * width])
        for q in 0 ..< partition.parts where q != partition.rank {
            for (k, row) in partition.sendRows(to: q).enumerated() {
                for c in 0 ..< width { result[Int(row) * width + c] += incoming[q][k * width + c] }
            }
        }
        return communicator.endingJobOnError { try Matrix(rows: owned, columns: width, values: result) }
    }

    private func rows(of matrix: Matrix, _ indices: [Int32]) -> [Float] {
        matrix.gatherRows(indices).values
    }
}
