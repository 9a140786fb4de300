import GNN
import GraphCore

/// Data-parallel training in the manner of PyTorch's DistributedDataParallel (Li et al., "PyTorch
/// Distributed: Experiences on Accelerating Data Parallel Training", VLDB 2020): every rank holds
/// the whole model, trains on its shard of the items, and averages gradients before each step, so
/// every rank takes the same optimizer step as one process on the global batch.
///
/// Use: ``synchronize(_:)`` once after building the model; each step, compute the loss on the
/// items of ``shard(_:)`` (averaged over them), `backward`, then ``averageGradients(_:weight:)``
/// before `optimizer.step`. Draw randomness from ``seed(_:)``.
public struct DataParallel: GradientSynchronizer {
    /// The ranks that train together.
    public let communicator: Communicator

    /// Data parallelism over `communicator`'s ranks. - Complexity: O(1)
    public init(_ communicator: Communicator) {
        self.communicator = communicator
    }

    /// The items `0 ..< count` this rank trains on: one contiguous block, the first `count % size`
    /// ranks taking one more, so blocks differ by at most one item and cover every item once.
    /// - Complexity: O(1)
    public func shard(_ count: Int) -> Range<Int> {
        Self.shard(count, rank: communicator.rank, of: communicator.size)
    }

    /// Rank `rank`'s block of `count` items split over `size` ranks. - Complexity: O(1)
    public static func shard(_ count: Int, rank: Int, of size: Int) -> Range<Int> {
        let base = count / size, extra = count % size
        let start = rank * base + min(rank, extra)
        return start ..< start + base + (rank < extra ? 1 : 0)
    }

    /// This rank's seed derived from the run's `seed`: rank 0 keeps it (so a one-rank run repeats
    /// the single-process run) and rank `r` takes a SplitMix64 mix of `seed` and `r`, so ranks
    /// draw independent streams and a run is reproducible for a given seed and rank count.
    /// - Complexity: O(1)
    public func seed(_ seed: UInt64) -> UInt64 {
        Self.seed(seed, rank: communicator.rank)
    }

    /// Rank `rank`'s seed (see ``seed(_:)``). - Complexity: O(1)
    public static func seed(_ seed: UInt64, rank: Int) -> UInt64 {
        guard rank > 0 else { return seed }
        var z = seed &+ UInt64(rank) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Copies rank 0's parameters to every rank. - Complexity: O(parameter count) traffic.
    public func synchronize(_ parameters: [NamedParameter]) throws {
        try communicator.broadcastParameters(parameters)
    }

    /// Averages the gradients over the ranks, weighting each by `weight`, its shard size (see
    /// ``Communicator/averageGradients(_:weight:)``). - Complexity: O(parameter count) traffic.
    public func averageGradients(_ parameters: [NamedParameter], weight: Double) throws {
        try communicator.averageGradients(parameters, weight: weight)
    }

    /// Whether `flag` holds on any rank (one all-reduce). - Complexity: O(log size) messages.
    public func anyProcess(_ flag: Bool) throws -> Bool {
        try communicator.allReduceMax(flag ? 1 : 0) > 0
    }

    /// This rank. - Complexity: O(1)
    public var rank: Int { communicator.rank }
    /// Number of ranks. - Complexity: O(1)
    public var size: Int { communicator.size }
}
