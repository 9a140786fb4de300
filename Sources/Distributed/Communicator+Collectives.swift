import CMPI
import GraphCore

/// Typed collectives over `Float` buffers and `Matrix` values. Every rank must call the same
/// collective with compatible sizes; sizes that differ between ranks throw (or, where MPI cannot
/// tell, are checked first with one extra small collective).
extension Communicator {
    /// Replaces `values` on every rank by their element-wise sum over all ranks (`MPI_Allreduce`).
    /// - Complexity: O(n) per rank plus MPI's O(n log size) traffic.
    public func allReduceSum(_ values: inout [Float]) throws {
        let count = try Communicator.count(values.count, "MPI_Allreduce")
        bytesSent += values.count * MemoryLayout<Float>.size
        try values.withUnsafeMutableBufferPointer { buffer in
            try call("MPI_Allreduce") { MPI_Allreduce(
                graphtool_mpi_in_place(), buffer.baseAddress, count, graphtool_mpi_float(), graphtool_mpi_sum(), handle) }
        }
    }

    /// The sum of one number over all ranks. - Complexity: O(log size) messages.
    public func allReduceSum(_ value: Double) throws -> Double {
        try reduce(value, graphtool_mpi_sum())
    }

    /// The largest of one number over all ranks. - Complexity: O(log size) messages.
    public func allReduceMax(_ value: Double) throws -> Double {
        try reduce(value, graphtool_mpi_max())
    }

    /// The element-wise sum of `matrix` over all ranks; every rank must pass the same shape.
    /// - Complexity: O(rows × columns) plus the all-reduce.
    public func allReduceSum(_ matrix: Matrix) throws -> Matrix {
        try requireSameShape(matrix, "allReduceSum")
        var values = matrix.values
        try allReduceSum(&values)
        return try Matrix(rows: matrix.rows, columns: matrix.columns, values: values)
    }

    /// Copies rank `root`'s `values` into every rank's `values` (`MPI_Bcast`); every rank must
    /// pass a buffer of the same length. - Complexity: O(n) traffic per rank.
    public func broadcast(_ values: inout [Float], from root: Int = 0) throws {
        let count = try Communicator.count(values.count, "MPI_Bcast")
        if rank == root { bytesSent += values.count * MemoryLayout<Float>.size * (size - 1) }
        try values.withUnsafeMutableBufferPointer { buffer in
            try call("MPI_Bcast") { MPI_Bcast(buffer.baseAddress, count, graphtool_mpi_float(), Int32(root), handle) }
        }
    }

    /// Rank `root`'s matrix, on every rank; the other ranks' shapes must match it.
    /// - Complexity: O(rows × columns) traffic per rank.
    public func broadcast(_ matrix: Matrix, from root: Int = 0) throws -> Matrix {
        try requireSameShape(matrix, "broadcast")
        var values = matrix.values
        try broadcast(&values, from: root)
        return try Matrix(rows: matrix.rows, columns: matrix.columns, values: values)
    }

    /// Every rank's `values`, indexed by rank (`MPI_Allgather` of the lengths, then
    /// `MPI_Allgatherv`); lengths may differ between ranks. - Complexity: O(total length).
    public func allGather(_ values: [Float]) throws -> [[Float]] {
        let counts = try allGatherCounts(values.count)
        let displacements = Communicator.displacements(counts)
        let total = try Communicator.count(counts.reduce(0) { $0 + Int($1) }, "MPI_Allgatherv")
        var gathered = [Float](repeating: 0, count: Int(total))
        bytesSent += values.count * MemoryLayout<Float>.size * (size - 1)
        try values.withUnsafeBufferPointer { send in
            try gathered.withUnsafeMutableBufferPointer { receive in
                try call("MPI_Allgatherv") { MPI_Allgatherv(
                    send.baseAddress, counts[rank], graphtool_mpi_float(),
                    receive.baseAddress, counts, displacements, graphtool_mpi_float(), handle) }
            }
        }
        return (0 ..< size).map { r in
            Array(gathered[Int(displacements[r]) ..< Int(displacements[r] + counts[r])])
        }
    }

    /// The rows of every rank's matrix stacked in rank order; column counts must agree.
    /// - Complexity: O(total rows × columns).
    public func allGatherRows(_ matrix: Matrix) throws -> Matrix {
        let widths = try allGather([Float(matrix.columns)])
        guard widths.allSatisfy({ $0 == [Float(matrix.columns)] }) else {
            throw DistributedError.mismatch(reason: "allGatherRows: ranks hold matrices of \(widths.map { Int($0[0]) }) columns; every rank must pass the same width")
        }
        let parts = try allGather(matrix.values)
        let values = parts.flatMap { $0 }
        return try Matrix(rows: values.count / max(matrix.columns, 1), columns: matrix.columns, values: values)
    }

    /// Personalised all-to-all (`MPI_Alltoallv`): `outgoing[r]` goes to rank `r`, and the result's
    /// entry `r` is what rank `r` sent here. `incomingCounts[r]` must equal the length rank `r`
    /// sends here (a halo plan knows it in advance); without it the lengths are exchanged first.
    /// - Complexity: O(total length) plus one all-to-all of the lengths when they are not given.
    public func allToAll(_ outgoing: [[Float]], incomingCounts: [Int]? = nil) throws -> [[Float]] {
        guard outgoing.count == size else {
            throw DistributedError.mismatch(reason: "allToAll: \(outgoing.count) outgoing buffers for \(size) ranks; pass one per rank")
        }
        let sendCounts = try outgoing.map { try Communicator.count($0.count, "MPI_Alltoallv") }
        var receiveCounts: [Int32]
        if let incomingCounts {
            receiveCounts = try incomingCounts.map { try Communicator.count($0, "MPI_Alltoallv") }
        } else {
            receiveCounts = [Int32](repeating: 0, count: size)
            bytesSent += (size - 1) * MemoryLayout<Int32>.size
            try call("MPI_Alltoall") { MPI_Alltoall(
                sendCounts, 1, graphtool_mpi_int32(), &receiveCounts, 1, graphtool_mpi_int32(), handle) }
        }
        let sendDisplacements = Communicator.displacements(sendCounts)
        let receiveDisplacements = Communicator.displacements(receiveCounts)
        let send = outgoing.flatMap { $0 }
        var receive = [Float](repeating: 0, count: receiveCounts.reduce(0) { $0 + Int($1) })
        bytesSent += outgoing.enumerated().reduce(0) { $0 + ($1.offset == rank ? 0 : $1.element.count) } * MemoryLayout<Float>.size
        try send.withUnsafeBufferPointer { s in
            try receive.withUnsafeMutableBufferPointer { r in
                try call("MPI_Alltoallv") { MPI_Alltoallv(
                    s.baseAddress, sendCounts, sendDisplacements, graphtool_mpi_float(),
                    r.baseAddress, receiveCounts, receiveDisplacements, graphtool_mpi_float(), handle) }
            }
        }
        return (0 ..< size).map { r in
            Array(receive[Int(receiveDisplacements[r]) ..< Int(receiveDisplacements[r] + receiveCounts[r])])
        }
    }

    /// Sends `values` to rank `destination` while receiving `count` floats from rank `source`
    /// (`MPI_Sendrecv`, so a ring of exchanges cannot deadlock). - Complexity: O(n) traffic.
    public func sendReceive(_ values: [Float], to destination: Int, receiving count: Int, from source: Int,
                            tag: Int = 0) throws -> [Float] {
        let sendCount = try Communicator.count(values.count, "MPI_Sendrecv")
        let receiveCount = try Communicator.count(count, "MPI_Sendrecv")
        var received = [Float](repeating: 0, count: count)
        bytesSent += values.count * MemoryLayout<Float>.size
        try values.withUnsafeBufferPointer { s in
            try received.withUnsafeMutableBufferPointer { r in
                try call("MPI_Sendrecv") { MPI_Sendrecv(
                    s.baseAddress, sendCount, graphtool_mpi_float(), Int32(destination), Int32(tag),
                    r.baseAddress, receiveCount, graphtool_mpi_float(), Int32(source), Int32(tag),
                    handle, graphtool_mpi_status_ignore()) }
            }
        }
        return received
    }

    // MARK: - Helpers

    private func reduce(_ value: Double, _ op: MPI_Op) throws -> Double {
        var result = value, input = value
        bytesSent += MemoryLayout<Double>.size
        try call("MPI_Allreduce") { MPI_Allreduce(&input, &result, 1, graphtool_mpi_double(), op, handle) }
        return result
    }

    private func allGatherCounts(_ count: Int) throws -> [Int32] {
        var mine = try Communicator.count(count, "MPI_Allgather")
        var counts = [Int32](repeating: 0, count: size)
        bytesSent += MemoryLayout<Int32>.size * (size - 1)
        try call("MPI_Allgather") { MPI_Allgather(&mine, 1, graphtool_mpi_int32(), &counts, 1, graphtool_mpi_int32(), handle) }
        return counts
    }

    /// Throws unless every rank passes a matrix of this shape (one small all-reduce of
    /// `(rows, columns)` against its maximum).
    func requireSameShape(_ matrix: Matrix, _ call: String) throws {
        let here = Double(matrix.rows) * 1e9 + Double(matrix.columns)
        let largest = try allReduceMax(here), smallest = -(try allReduceMax(-here))
        guard largest == smallest else {
            throw DistributedError.mismatch(reason: "\(call): rank \(rank) holds a \(matrix.rows) × \(matrix.columns) matrix but another rank's shape differs; every rank must pass the same shape")
        }
    }

    /// A length as MPI's `int` count, or an error naming the call for lengths beyond 2³¹ − 1.
    static func count(_ n: Int, _ call: String) throws -> Int32 {
        guard let count = Int32(exactly: n) else {
            throw DistributedError.mismatch(reason: "\(call): \(n) elements exceed MPI's count limit of \(Int32.max); split the buffer")
        }
        return count
    }

    static func displacements(_ counts: [Int32]) -> [Int32] {
        var running: Int32 = 0
        return counts.map { c in defer { running += c }; return running }
    }
}
