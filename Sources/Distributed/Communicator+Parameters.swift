import GNN
import GraphCore

/// Collectives over a model's parameter set, packed into one buffer so that a model costs one
/// MPI call, not one per tensor.
extension Communicator {
    /// Overwrites every rank's parameter values with rank `root`'s (PyTorch DDP's start-up
    /// broadcast), so that all ranks start from one model whatever their initialisation seed.
    /// - Throws: ``DistributedError/mismatch(reason:)`` when the ranks' parameter sets differ in size.
    /// - Complexity: O(total parameter count) traffic.
    public func broadcastParameters(_ parameters: [NamedParameter], from root: Int = 0) throws {
        try requireSameLayout(parameters, "broadcastParameters")
        var packed = parameters.flatMap(\.tensor.value.values)
        try broadcast(&packed, from: root)
        var offset = 0
        for parameter in parameters {
            let value = parameter.tensor.value
            let count = value.rows * value.columns
            parameter.tensor.value = try Matrix(rows: value.rows, columns: value.columns,
                                                values: Array(packed[offset ..< offset + count]))
            offset += count
        }
    }

    /// Replaces every parameter's gradient by the weighted mean of the ranks' gradients,
    /// `Σ_r w_r g_r / Σ_r w_r` (one all-reduce). With `weight` the number of training items of
    /// this rank's shard, and each rank's loss the mean over its shard, the result is the
    /// gradient of the mean loss over the global batch — the single-process gradient.
    /// A parameter without a gradient counts as zero; it keeps no gradient only when no rank
    /// has one. - Complexity: O(total parameter count) plus the all-reduce.
    public func averageGradients(_ parameters: [NamedParameter], weight: Double) throws {
        try requireSameLayout(parameters, "averageGradients")
        let total = try allReduceSum(weight)
        guard total > 0 else {
            throw DistributedError.mismatch(reason: "averageGradients: the ranks' weights sum to \(total); give each rank the number of items in its shard")
        }
        try reduceGradients(parameters, scale: Float(weight / total))
    }

    /// Replaces every parameter's gradient by the sum of the ranks' gradients (one all-reduce):
    /// the gradient of a loss that is a sum over ranks, as in partition-parallel training where
    /// each rank's loss is its nodes' share of the global loss. - Complexity: as the all-reduce.
    public func sumGradients(_ parameters: [NamedParameter]) throws {
        try requireSameLayout(parameters, "sumGradients")
        try reduceGradients(parameters, scale: 1)
    }

    /// Sums `scale × gradient` over the ranks in one buffer; a missing gradient counts as zero and
    /// stays missing only when every rank lacks it.
    private func reduceGradients(_ parameters: [NamedParameter], scale: Float) throws {
        var packed: [Float] = []
        packed.reserveCapacity(parameters.reduce(0) { $0 + $1.tensor.rows * $1.tensor.columns } + parameters.count)
        for parameter in parameters {
            let count = parameter.tensor.rows * parameter.tensor.columns
            if let gradient = parameter.tensor.gradient {
                packed.append(1)
                packed.append(contentsOf: gradient.values.lazy.map { $0 * scale })
            } else {
                packed.append(0)
                packed.append(contentsOf: repeatElement(0, count: count))
            }
        }
        try allReduceSum(&packed)
        var offset = 0
        for parameter in parameters {
            let (rows, columns) = (parameter.tensor.rows, parameter.tensor.columns)
            let hasGradient = packed[offset] > 0
            offset += 1
            parameter.tensor.gradient = hasGradient
                ? try Matrix(rows: rows, columns: columns, values: Array(packed[offset ..< offset + rows * columns]))
                : nil
            offset += rows * columns
        }
    }

    /// Throws unless every rank holds the same number of parameters with the same total size.
    private func requireSameLayout(_ parameters: [NamedParameter], _ call: String) throws {
        let size = parameters.reduce(0) { $0 + $1.tensor.rows * $1.tensor.columns }
        let here = Double(parameters.count) * 1e12 + Double(size)
        let largest = try allReduceMax(here), smallest = -(try allReduceMax(-here))
        guard largest == smallest else {
            throw DistributedError.mismatch(reason: "\(call): rank \(rank) holds \(parameters.count) parameters of \(size) values but another rank's model differs; build the same model (same sizes) on every rank")
        }
    }
}
